use leptos::prelude::*;

use super::chart_svg::ChartSvg;
use crate::chart::bar_chart_svg;
use crate::data::Dataset;
use crate::format::quantity;
use crate::model::{Metric, Scenario, sensitivity};
use crate::sentences::{assumption_label, sensitivity_chart, sensitivity_most, swing_span};
use crate::ui::texts::use_texts;

/// What moves the result: a closed section that, once open, sweeps each setting of the
/// reader's scenario and shows the spans it gives. Computed only while open, so a slider
/// move with the section closed costs nothing more.
#[component]
pub fn Sensitivity(
    scenario: Signal<Scenario>,
    /// The width to draw the chart at, in CSS px.
    width: ReadSignal<u32>,
) -> impl IntoView {
    let t = use_texts();
    let open = RwSignal::new(false);
    view! {
        <details class="empreinte-sensitivity" data-section="sensitivity"
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary><h2>{t.get("sensitivity-title")}</h2></summary>
            {move || open.get().then(|| view! { <SensitivityBody scenario width /> })}
        </details>
    }
}

/// The sentence naming the setting that matters most, the chart of spans and its table.
#[component]
fn SensitivityBody(scenario: Signal<Scenario>, width: ReadSignal<u32>) -> impl IntoView {
    let t = use_texts();
    let data = Dataset::embedded();
    let swings = Memo::new(move |_| scenario.with(|s| sensitivity(s, data.parameters())));
    let svg = Memo::new(move |_| {
        let tick = |v: f64| quantity(Metric::Energy, v, t.lang(), 1);
        let chart = swings.with(|s| sensitivity_chart(t, s));
        bar_chart_svg(&chart, width.get(), &tick).unwrap_or_default()
    });
    let drawing = leptos::html::div()
        .class("empreinte-chart-svg")
        .attr("aria-hidden", "true")
        .inner_html(move || ChartSvg(svg.get()));
    let table_open = RwSignal::new(false);
    let rows = move || {
        swings.with(|swings| {
            swings
                .iter()
                .map(|swing| {
                    let cells = Metric::ALL
                        .iter()
                        .map(|&m| view! { <td>{swing_span(t, swing, m)}</td> })
                        .collect_view();
                    view! {
                        <tr data-id=swing.assumption.id()
                            data-value=swing.width(Metric::Energy).to_string()>
                            <th scope="row">{assumption_label(t, swing.assumption)}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let heads = Metric::ALL
        .iter()
        .map(|&m| view! { <th scope="col">{t.get(m.id())}</th> })
        .collect_view();
    view! {
        <figure class="empreinte-chart" data-chart="sensitivity">
            <figcaption data-sensitivity="most">{move || swings.with(|s| sensitivity_most(t, s))}</figcaption>
            <p class="empreinte-chart-note">{t.get("sensitivity-intro")}</p>
            <ul class="empreinte-legend">
                <li><span class="empreinte-swatch empreinte-swatch-reference"></span>{t.get("sensitivity-legend-span")}</li>
                <li><span class="empreinte-swatch empreinte-swatch-mark"></span>{t.get("sensitivity-legend-mark")}</li>
            </ul>
            {drawing}
            <div class="empreinte-chart-actions">
                <button type="button" class="empreinte-link-button" data-action="table"
                    aria-expanded=move || table_open.get().to_string()
                    aria-controls="empreinte-table-sensitivity"
                    on:click=move |_| table_open.update(|open| *open = !*open)>
                    {move || t.get(if table_open.get() { "table-hide" } else { "table-show" })}
                </button>
            </div>
        </figure>
        <div class="empreinte-table-wrap" id="empreinte-table-sensitivity"
            class:empreinte-visually-hidden=move || !table_open.get()>
            <table class="empreinte-table" data-table="sensitivity">
                <caption>{t.get("sensitivity-chart")}</caption>
                <thead><tr><th scope="col">{t.get("col-assumption")}</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
