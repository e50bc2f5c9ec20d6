use leptos::prelude::*;

use crate::ui::texts::use_texts;

/// What the chart's marks mean: the reader's bar, everyday uses, (when the chart has them)
/// the outlined claims of others, and the whiskers.
/// Swatches are drawn by the stylesheet in the chart's own colours.
#[component]
pub fn Legend(
    /// The chart has press claims.
    claims: Signal<bool>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <ul class="empreinte-legend">
            <li><span class="empreinte-swatch empreinte-swatch-scenario"></span>{t.get("legend-scenario")}</li>
            <li><span class="empreinte-swatch empreinte-swatch-reference"></span>{t.get("legend-reference")}</li>
            <Show when=move || claims.get()>
                <li><span class="empreinte-swatch empreinte-swatch-claim"></span>{t.get("legend-claim")}</li>
            </Show>
            <li><span class="empreinte-swatch empreinte-swatch-range"></span>{t.get("legend-range")}</li>
            <li data-legend="evidence">{t.get("legend-evidence")}</li>
        </ul>
    }
}
