use leptos::prelude::*;

use super::chart_svg::ChartSvg;
use super::comparisons::{panel_id, tab_id};
use super::legend::Legend;
use super::table_mirror::TableMirror;
use crate::chart::{Scale, bar_chart_svg};
use crate::compare::{RowKind, chart_rows};
use crate::data::Dataset;
use crate::format::quantity;
use crate::model::{Footprint, Metric, Scenario};
use crate::sentences::{bar_chart, takeaway};
use crate::ui::page::download::{download, download_png};
use crate::ui::texts::use_texts;

/// One metric's comparison, a tab panel: the bar chart with its one-line takeaway and legend,
/// and its table mirror, all derived from the same rows so they always agree.
#[component]
pub fn MetricPanel(
    metric: Metric,
    scenario: Signal<Scenario>,
    footprint: Signal<Footprint>,
    /// The width to draw the chart at, in CSS px.
    width: ReadSignal<u32>,
    /// Whether this metric's tab is the selected one.
    shown: Signal<bool>,
) -> impl IntoView {
    let t = use_texts();
    let data = Dataset::embedded();
    let rows =
        Memo::new(move |_| footprint.with(|f| scenario.with(|s| chart_rows(metric, f, s, data))));
    let id = metric.id();
    let caption = t.get(&format!("chart-{id}")).to_owned();
    let table_id = format!("empreinte-table-{id}");

    let chart = Memo::new(move |_| {
        rows.with(|rows| scenario.with(|s| bar_chart(t, metric, rows, s, data)))
    });
    // Drawn only while its tab is shown: a hidden chart keeps its last drawing, and is drawn
    // afresh when its tab is chosen, so a slider move redraws one chart, not three.
    let svg = Memo::new(move |previous: Option<&String>| {
        if let (false, Some(previous)) = (shown.get(), previous) {
            return previous.clone();
        }
        let tick = |v: f64| quantity(metric, v, t.lang(), 1);
        let width = width.get();
        chart.with(|chart| bar_chart_svg(chart, width, &tick).unwrap_or_default())
    });
    // Built without `view!`, whose `inner_html=` only takes strings: this value updates the
    // chart element by element.
    let drawing = leptos::html::div()
        .class("empreinte-chart-svg")
        .attr("aria-hidden", "true")
        .inner_html(move || ChartSvg(svg.get()));
    let save_svg = move |_| download(&format!("empreinte-{id}.svg"), "image/svg+xml", &svg.get());
    let save_png = move |_| download_png(&format!("empreinte-{id}.png"), &svg.get());
    let log_scale =
        Signal::derive(move || chart.with(|chart| matches!(chart.scale(), Scale::Log { .. })));
    let has_claims =
        Signal::derive(move || rows.with(|rows| rows.iter().any(|r| r.kind == RowKind::Claim)));
    // The chart in one line, for every reader and for those who do not see it.
    let takeaway = move || rows.with(|rows| scenario.with(|s| takeaway(t, metric, rows, s, data)));
    let table_open = RwSignal::new(false);
    let named = |format: &str| {
        t.fill(
            "download-named",
            &[("chart", t.get(metric.id())), ("format", format)],
        )
    };

    view! {
        <section class="empreinte-metric" role="tabpanel" id=panel_id(metric)
            aria-labelledby=tab_id(metric) data-panel=id hidden=move || !shown.get()>
            <figure class="empreinte-chart" data-chart=id>
                <figcaption>{takeaway}</figcaption>
                <Legend claims=has_claims />
                <Show when=move || log_scale.get()>
                    <p class="empreinte-chart-note">{t.get("log-scale")}</p>
                </Show>
                {drawing}
                <div class="empreinte-chart-actions">
                    <button type="button" class="empreinte-link-button" data-action="table"
                        aria-expanded=move || table_open.get().to_string() aria-controls=table_id.clone()
                        on:click=move |_| table_open.update(|open| *open = !*open)>
                        {move || t.get(if table_open.get() { "table-hide" } else { "table-show" })}
                    </button>
                    <span class="empreinte-downloads">
                        {t.get("download")}
                        <button type="button" class="empreinte-link-button" data-action="svg"
                            aria-label=named("SVG") on:click=save_svg>"SVG"</button>
                        <button type="button" class="empreinte-link-button" data-action="png"
                            aria-label=named("PNG") on:click=save_png>"PNG"</button>
                    </span>
                </div>
            </figure>
            <TableMirror metric rows scenario caption id=table_id open=table_open.into() />
        </section>
    }
}
