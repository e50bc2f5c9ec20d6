//! The page's query string: read once at start, rewritten (without a history entry) as the
//! reader changes anything, so the address bar is always a link to what they see.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::url::{Parsed, UrlState, parse, to_query};

/// How long the address may lag behind the state. `replaceState` costs Chromium from a
/// fraction of a millisecond to several (it tells the browser process), and it throttles
/// pages that call it very often; a slider sends dozens of changes a second.
const WRITE_DELAY: Duration = Duration::from_millis(100);

/// The state the page's address asks for, with notices for what it had to correct.
pub fn read() -> Parsed {
    let search = window().location().search().unwrap_or_default();
    parse(&search)
}

/// Keeps the address in step with `state`. Uses `replaceState`: moving a slider must not
/// flood the reader's back button. Writes at most once per [`WRITE_DELAY`], after the
/// change that started the wait, with the state as it is then: a burst of changes costs one
/// query and one write, off the path from a slider to the figures, and the last state is
/// always written.
pub fn write_on_change(state: Memo<UrlState>) {
    // Whether a write is scheduled. Disposed with the widget (as is `state`), so a write
    // scheduled just before it is unmounted does nothing.
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        state.track();
        if scheduled.try_get_value() == Some(false) {
            scheduled.set_value(true);
            set_timeout(
                move || {
                    if scheduled.try_set_value(false).is_none()
                        && let Some(query) = state.try_with_untracked(to_query)
                    {
                        replace_query(&query);
                    }
                },
                WRITE_DELAY,
            );
        }
    });
}

/// Rewrites the query, keeping the path and the fragment (a host may link to a place on the
/// page, `#…`).
fn replace_query(query: &str) {
    let window = window();
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let fragment = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let address = format!("{path}?{query}{fragment}");
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}
