use std::time::Duration;

use leptos::prelude::*;

use crate::format::quantity;
use crate::model::{Footprint, Metric};
use crate::ui::texts::use_texts;

/// How long the reader must pause before the new figures are spoken: a slider dragged over 40
/// steps would otherwise queue 40 sentences that go on long after the reader lets go.
const PAUSE: Duration = Duration::from_millis(700);

/// One sentence with the three figures, announced politely by screen readers once the reader
/// pauses (visually hidden: the headline figures already show it). Empty until the first
/// change, so browse mode does not read the figures a second time right after the card.
#[component]
pub fn Summary(footprint: Signal<Footprint>) -> impl IntoView {
    let t = use_texts();
    let text = Memo::new(move |_| {
        let total = footprint.with(|f| f.total());
        let q = |m: Metric| quantity(m, total.get(m).central, t.lang(), 2);
        t.fill(
            "summary",
            &[
                ("energy", &q(Metric::Energy)),
                ("co2", &q(Metric::Co2)),
                ("water", &q(Metric::Water)),
            ],
        )
    });
    // What the live region says: the sentence as it was when the reader last paused.
    let spoken = RwSignal::new(String::new());
    let first = StoredValue::new(text.get_untracked());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Talks to the outside only (a timer); the timer's callback, like an input event, is what
    // writes the spoken sentence. Every change restarts the wait.
    Effect::new(move |_| {
        text.track();
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                // Still the figures of the start: the card shows them, nothing to say.
                let changed = spoken.try_with_untracked(|s| !s.is_empty()) == Some(true)
                    || text.try_with_untracked(|now| first.try_with_value(|f| now != f))
                        == Some(Some(true));
                if let Some(now) = text.try_get_untracked()
                    && changed
                    && spoken.try_with_untracked(|s| *s != now) == Some(true)
                {
                    spoken.set(now);
                }
            },
            PAUSE,
        )
        .ok();
        pending.try_set_value(handle);
    });
    view! {
        <p class="empreinte-visually-hidden" aria-live="polite" data-summary="">{move || spoken.get()}</p>
    }
}
