//! The browser entry point: mounts the widget on the page.

fn main() {
    leptos::mount::mount_to_body(empreinte::ui::App);
}
