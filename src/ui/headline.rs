use leptos::prelude::*;

use super::texts::use_texts;
use crate::format::decimal;
use crate::model::Estimate;

/// Significant digits of headline figures: estimates this uncertain deserve no more.
const SIGNIFICANT: u32 = 2;

/// A headline figure, "≈ 4 Wh (2–9)", exposing its plain values for machines as
/// `data-metric`, `data-central`, `data-low`, `data-high`.
#[component]
pub fn Headline(
    /// `energy`, `co2` or `water`.
    metric: &'static str,
    #[prop(into)] label: String,
    /// The unit the estimate is in, as shown.
    unit: &'static str,
    estimate: Signal<Estimate>,
) -> impl IntoView {
    let lang = use_texts().lang();
    let text = move || {
        let e = estimate.get();
        format!(
            "≈ {} {unit} ({}–{})",
            decimal(e.central, lang, SIGNIFICANT),
            decimal(e.low, lang, SIGNIFICANT),
            decimal(e.high, lang, SIGNIFICANT)
        )
    };
    view! {
        <p class="empreinte-headline" data-metric=metric
            data-central=move || estimate.get().central.to_string()
            data-low=move || estimate.get().low.to_string()
            data-high=move || estimate.get().high.to_string()>
            <span class="empreinte-headline-label">{label}</span>" "
            <strong class="empreinte-headline-value">{text}</strong>
        </p>
    }
}
