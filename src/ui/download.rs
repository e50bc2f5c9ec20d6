//! Saving text the widget made (CSV, JSON, SVG) as a file, entirely in the browser.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `filename`. Does nothing if the browser refuses.
pub fn download(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Ok(anchor) = document.create_element("a") {
        let anchor: HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
    }
    let _ = Url::revoke_object_url(&url);
}

/// Copies `text` to the clipboard; the browser may refuse (permissions), silently.
pub fn copy(text: &str) {
    let _ = leptos::prelude::window()
        .navigator()
        .clipboard()
        .write_text(text);
}
