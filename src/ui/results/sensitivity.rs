use leptos::prelude::*;

use super::chart_svg::ChartSvg;
use crate::chart::bar_chart_svg;
use crate::data::Dataset;
use crate::format::quantity;
use crate::model::{Assumption, Metric, Scenario, Swing, sensitivity};
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
    // Rows keyed by setting, each following its own swing: a move rewrites the cells that
    // changed, not the table.
    let order =
        Memo::new(move |_| swings.with(|s| s.iter().map(|w| w.assumption).collect::<Vec<_>>()));
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
                <tbody>
                    <For each=move || order.get() key=|a| *a let:assumption>
                        <SwingRow assumption swings />
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// One setting's row of the table, following its swing as the scenario changes.
#[component]
fn SwingRow(assumption: Assumption, swings: Memo<Vec<Swing>>) -> impl IntoView {
    let t = use_texts();
    let swing =
        Memo::new(move |_| swings.with(|s| s.iter().find(|w| w.assumption == assumption).copied()));
    let cells = Metric::ALL
        .iter()
        .map(|&m| {
            view! { <td>{move || swing.get().map(|w| swing_span(t, &w, m)).unwrap_or_default()}</td> }
        })
        .collect_view();
    view! {
        <tr data-id=assumption.id()
            data-value=move || swing.get().map_or(0.0, |w| w.width(Metric::Energy)).to_string()>
            <th scope="row">{assumption_label(t, assumption)}</th>
            {cells}
        </tr>
    }
}
