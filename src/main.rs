//! The browser entry point: mounts the widget on the page.

fn main() {
    // First, so a panic anywhere (even while mounting) shows a message rather than nothing.
    empreinte::ui::error_panel::install_panic_hook();
    // Built a part per task behind the first paint, which goes when the app is shown
    // (`ui::page::later`).
    leptos::mount::mount_to_body(empreinte::ui::App);
}
