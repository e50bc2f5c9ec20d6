use leptos::prelude::*;

use crate::format::range_parts;
use crate::model::{Estimate, Metric};
use crate::ui::texts::use_texts;

/// A headline figure, "≈ 4 Wh (2–9)", the range smaller than the value, exposing its plain values for machines as
/// `data-metric`, `data-central`, `data-low`, `data-high` (in Wh, g CO2e and L).
#[component]
pub fn Headline(metric: Metric, estimate: Signal<Estimate>) -> impl IntoView {
    let t = use_texts();
    let parts = Memo::new(move |_| {
        let e = estimate.get();
        range_parts(metric, e.low, e.central, e.high, t.lang())
    });
    // A heading each, so screen-reader users can jump from figure to figure.
    view! {
        <h3 class="empreinte-headline-label">{t.get(metric.id()).to_owned()}</h3>
        <p class="empreinte-headline" data-metric=metric.id()
            data-central=move || estimate.get().central.to_string()
            data-low=move || estimate.get().low.to_string()
            data-high=move || estimate.get().high.to_string()>
            <strong class="empreinte-headline-value">{move || parts.get().0}</strong>" "
            <span class="empreinte-headline-range">{move || parts.get().1}</span>
        </p>
    }
}
