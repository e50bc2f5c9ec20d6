use leptos::prelude::{document, window};

/// Removes the first paint that `index.html` shows until the app runs (`export::first_paint`):
/// called right after mounting, so the figures the page was built with never sit beside the
/// app's, nor stay when a link asked for others.
pub fn remove_first_paint() {
    if let Ok(Some(boot)) = document().query_selector("[data-boot]") {
        boot.remove();
    }
}

/// The content width of the first paint's column, in CSS px, while it is in the page: laid
/// out by the same stylesheet as the app's, it is the width the app's charts will have, so
/// the first drawing is the right one (no second drawing once the app is measured).
pub fn content_width() -> Option<f64> {
    let main = document().query_selector("[data-boot] main").ok()??;
    let style = window().get_computed_style(&main).ok()??;
    let padding = |side: &str| {
        style
            .get_property_value(side)
            .ok()
            .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let width = f64::from(main.client_width()) - padding("padding-left") - padding("padding-right");
    (width > 0.0).then_some(width)
}
