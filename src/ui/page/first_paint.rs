use leptos::prelude::document;

/// Removes the first paint that `index.html` shows until the app runs (`export::first_paint`):
/// called right after mounting, so the figures the page was built with never sit beside the
/// app's, nor stay when a link asked for others.
pub fn remove_first_paint() {
    if let Ok(Some(boot)) = document().query_selector("[data-boot]") {
        boot.remove();
    }
}
