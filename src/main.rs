//! The browser entry point: mounts the widget on the page.

fn main() {
    // First, so a panic anywhere (even while mounting) shows a message rather than nothing.
    empreinte::ui::error_panel::install_panic_hook();
    leptos::mount::mount_to_body(empreinte::ui::App);
    // The first paint (the default figures and the loading message written into index.html)
    // goes in the same task as the app arrives, so no frame shows both.
    empreinte::ui::page::remove_first_paint();
}
