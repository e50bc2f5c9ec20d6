//! Reading decimal text as an `f64`, correctly rounded.
//!
//! Rust's reader (`f64::from_str`) carries a table of powers of five and its algorithms: 13 KB
//! of the widget's download after brotli, measured (issue 8), for two optional fields. The
//! browser already holds a correctly rounded reader, JavaScript's `Number`, so the widget
//! (wasm32) hands the text to it; native builds (the tests) use Rust's. The browser test
//! `decimal_text_reads_as_rust_reads_it` checks that both agree on thousands of spellings.
//!
//! Only for text made of digits, `.`, `+`, `-`, `e` and `E` (the caller checks): the two
//! grammars then differ only on the empty text, which JavaScript reads as 0 and this refuses.

/// The number `text` spells, or `None` if it does not spell one.
pub fn read_f64(text: &str) -> Option<f64> {
    if text.is_empty() {
        return None;
    }
    read(text)
}

#[cfg(target_arch = "wasm32")]
fn read(text: &str) -> Option<f64> {
    // Unary `+` on a string is JavaScript's `Number(text)`; it throws only for symbols and
    // BigInts, never for a string.
    let value = wasm_bindgen::JsValue::from_str(text).unchecked_into_f64();
    (!value.is_nan()).then_some(value)
}

#[cfg(not(target_arch = "wasm32"))]
fn read(text: &str) -> Option<f64> {
    text.parse().ok()
}
