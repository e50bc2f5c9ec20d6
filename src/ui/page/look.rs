//! The document's own look: theme, background and accent, set once on `<html>` from the link.
//!
//! They belong to the document rather than the widget's `<main>`, because in an iframe the
//! document's canvas is what shows around and below the widget: an embedded widget paints
//! its own background unless the host opted into `transparent`, and declares its colour
//! scheme so that form controls and scrollbars follow it.

use wasm_bindgen::JsCast;

use crate::url::{DARK_BACKGROUND, LIGHT_BACKGROUND, Rgb, Theme};

/// Marks `<html>` with the theme (`data-theme`), `data-transparent` when asked, and the
/// accent colour as `--empreinte-accent-light` / `--empreinte-accent-dark`, each set only if
/// the colour is readable on that theme's background (the stylesheet falls back to its own).
pub fn dress(theme: Theme, transparent: bool, accent: Option<Rgb>) {
    let Some(root) = leptos::prelude::document().document_element() else {
        return;
    };
    let _ = root.class_list().add_1("empreinte-page");
    let _ = root.set_attribute("data-theme", theme.id());
    if transparent {
        let _ = root.set_attribute("data-transparent", "");
    }
    let (Some(accent), Ok(root)) = (accent, root.dyn_into::<web_sys::HtmlElement>()) else {
        return;
    };
    for (background, property) in [
        (LIGHT_BACKGROUND, "--empreinte-accent-light"),
        (DARK_BACKGROUND, "--empreinte-accent-dark"),
    ] {
        if accent.readable_on(background) {
            // Through the CSSOM, which the page's CSP (no inline styles) allows.
            let _ = root.style().set_property(property, &accent.to_css());
        }
    }
}
