//! The page's query string: read once at start, rewritten (without a history entry) as the
//! reader changes anything, so the address bar is always a link to what they see.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::url::{Parsed, UrlState, parse, to_query};

/// The state the page's address asks for, with notices for what it had to correct.
pub fn read() -> Parsed {
    let search = window().location().search().unwrap_or_default();
    parse(&search)
}

/// Keeps the address in step with `state`. Uses `replaceState`: moving a slider must not
/// flood the reader's back button.
pub fn write_on_change(state: Memo<UrlState>) {
    Effect::new(move |_| {
        let query = state.with(to_query);
        let window = window();
        let path = window.location().pathname().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(
                &JsValue::NULL,
                "",
                Some(&format!("{path}?{query}")),
            );
        }
    });
}
