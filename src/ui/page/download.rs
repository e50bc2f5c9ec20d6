//! Saving what the widget made (CSV, JSON, SVG, PNG) as a file, entirely in the browser.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};

/// PNG exports are drawn at twice the chart's size, for sharp text on dense screens.
const PNG_SCALE: f64 = 2.0;

/// Offers `text` as a download named `filename`. Does nothing if the browser refuses.
pub fn download(filename: &str, mime: &str, text: &str) {
    if let Some(blob) = text_blob(text, mime) {
        save_blob(filename, &blob);
    }
}

/// Offers an SVG drawing as a PNG image: the browser draws it on a white canvas.
pub fn download_png(filename: &str, svg: &str) {
    let Some(blob) = text_blob(svg, "image/svg+xml") else {
        return;
    };
    let Ok(source) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let filename = filename.to_owned();
    let loaded = image.clone();
    let revoke = source.clone();
    let onload = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&revoke);
        let Some(canvas) = canvas(&loaded) else {
            return;
        };
        let save = Closure::once_into_js(move |png: Option<Blob>| {
            if let Some(png) = png {
                save_blob(&filename, &png);
            }
        });
        let _ = canvas.to_blob(save.unchecked_ref());
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&source);
}

/// A white canvas with `image` drawn on it at [`PNG_SCALE`].
fn canvas(image: &HtmlImageElement) -> Option<HtmlCanvasElement> {
    let document = leptos::prelude::document();
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.unchecked_into();
    let width = f64::from(image.natural_width()) * PNG_SCALE;
    let height = f64::from(image.natural_height()) * PNG_SCALE;
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.unchecked_into();
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, width, height);
    context
        .draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, width, height)
        .ok()?;
    Some(canvas)
}

fn text_blob(text: &str, mime: &str) -> Option<Blob> {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

fn save_blob(filename: &str, blob: &Blob) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(anchor) = leptos::prelude::document().create_element("a") {
        let anchor: HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
    }
    let _ = Url::revoke_object_url(&url);
}

/// Copies `text` to the clipboard and tells `done` whether it worked. Never throws: where
/// the page may not write to the clipboard (no Clipboard API on plain http at a non-loopback
/// name; an iframe without `allow="clipboard-write"`), `done` gets `false`.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let navigator = leptos::prelude::window().navigator();
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !present {
        done(false);
        return;
    }
    let written = navigator.clipboard().write_text(text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
    });
}
