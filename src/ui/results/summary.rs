use leptos::prelude::*;

use crate::format::quantity;
use crate::model::{Footprint, Metric};
use crate::ui::texts::use_texts;

/// One sentence with the three figures, announced politely by screen readers as they change
/// (visually hidden: the headline figures already show it).
#[component]
pub fn Summary(footprint: Signal<Footprint>) -> impl IntoView {
    let t = use_texts();
    let text = move || {
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
    };
    view! {
        <p class="empreinte-visually-hidden" aria-live="polite" data-summary="">{text}</p>
    }
}
