use leptos::prelude::*;

use super::chart_svg::ChartSvg;
use super::download::{download, download_png};
use super::texts::use_texts;
use crate::chart::{Bar, BarChart, BarStyle, Scale, bar_chart_svg};
use crate::compare::{Row, RowKind, chart_rows, headline_equivalence, reverse_equivalence};
use crate::data::Dataset;
use crate::format::{decimal, quantity};
use crate::i18n::Strings;
use crate::model::{Footprint, Metric, Scenario};

/// Significant digits of the figures shown beside bars and in tables.
const SIGNIFICANT: u32 = 2;
/// The width charts are drawn for, in CSS px, until the panel measures its column.
const CHART_WIDTH: u32 = 640;

/// One metric's comparison: two sentences, the bar chart and its table mirror, all derived
/// from the same rows so they always agree.
#[component]
pub fn MetricPanel(
    metric: Metric,
    scenario: Signal<Scenario>,
    footprint: Signal<Footprint>,
) -> impl IntoView {
    let t = use_texts();
    let data = Dataset::embedded();
    let rows =
        Memo::new(move |_| footprint.with(|f| scenario.with(|s| chart_rows(metric, f, s, data))));
    // The rows with their first values, changing only when a row comes, goes or moves.
    let order = Memo::new_with_compare(
        move |_| rows.get(),
        |old, new| match (old, new) {
            (Some(old), Some(new)) => !same_order(old, new),
            _ => true,
        },
    );
    let id = metric.id();
    let caption = t.get(&format!("chart-{id}")).to_owned();

    let chart = Memo::new(move |_| {
        rows.with(|rows| BarChart {
            bars: rows.iter().map(|r| bar(t, metric, r, scenario)).collect(),
        })
    });
    let svg = Memo::new(move |_| {
        let tick = |v: f64| quantity(metric, v, t.lang(), 1);
        chart.with(|chart| bar_chart_svg(chart, CHART_WIDTH, &tick).unwrap_or_default())
    });
    // Built without `view!`, whose `inner_html=` only takes strings: this value updates the
    // chart element by element.
    let drawing = leptos::html::div()
        .class("empreinte-chart-svg")
        .attr("aria-hidden", "true")
        .inner_html(move || ChartSvg(svg.get()));
    let save_svg = move |_| download(&format!("empreinte-{id}.svg"), "image/svg+xml", &svg.get());
    let save_png = move |_| download_png(&format!("empreinte-{id}.png"), &svg.get());
    let log_scale = move || chart.with(|chart| matches!(chart.scale(), Scale::Log { .. }));
    let sentences = move || {
        let total = footprint.with(|f| f.total().get(metric));
        let headline = headline_equivalence(metric, total, data).map(|e| {
            t.fill(
                "sentence-headline",
                &[
                    ("count", &decimal(e.count, t.lang(), SIGNIFICANT)),
                    (
                        "unit",
                        t.plural(&format!("ref-{}", e.reference.id), e.count),
                    ),
                ],
            )
        });
        let reverse = reverse_equivalence(metric, total, data).map(|e| {
            t.fill(
                "sentence-reverse",
                &[
                    ("reference", t.get(&format!("ref-{}", e.reference.id))),
                    ("count", &decimal(e.count, t.lang(), SIGNIFICANT)),
                    ("packs", t.plural("pack", e.count)),
                ],
            )
        });
        [headline, reverse]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    };

    view! {
        <section class="empreinte-metric" data-panel=id>
            <p class="empreinte-sentence" data-sentence=id>{sentences}</p>
            <figure class="empreinte-chart" data-chart=id>
                <figcaption>{caption.clone()}</figcaption>
                {drawing}
                <p class="empreinte-chart-note">
                    {t.get("whiskers")}
                    <Show when=log_scale>" "{t.get("log-scale")}</Show>
                    " "<button type="button" class="empreinte-link-button" data-action="svg" on:click=save_svg>
                        {t.get("download-svg")}
                    </button>
                    " "<button type="button" class="empreinte-link-button" data-action="png" on:click=save_png>
                        {t.get("download-png")}
                    </button>
                </p>
            </figure>
            <table class="empreinte-table" data-table=id>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.get("col-use")}</th>
                        <th scope="col">{t.get("col-central")}</th>
                        <th scope="col">{t.get("col-range")}</th>
                    </tr>
                </thead>
                <tbody>
                    // Keyed by id only, each row reading its current values: re-keying rows on
                    // every change made Leptos keep memory for every row ever drawn. Only the
                    // order drives the list, so a move that keeps it does not diff the rows.
                    <For each=move || order.get() key=|r| r.id.clone() let:row>
                        <TableRow metric row rows scenario />
                    </For>
                </tbody>
            </table>
        </section>
    }
}

/// Whether two lists of rows hold the same rows in the same order, whatever their values.
fn same_order(a: &[Row], b: &[Row]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.id == b.id)
}

/// One row of the table mirror, following its values in `rows` as they change.
#[component]
fn TableRow(
    metric: Metric,
    row: Row,
    rows: Memo<Vec<Row>>,
    scenario: Signal<Scenario>,
) -> impl IntoView {
    let t = use_texts();
    let id = row.id.clone();
    let first = row.value;
    let current = Memo::new(move |_| {
        rows.with(|rows| rows.iter().find(|r| r.id == id).map_or(first, |r| r.value))
    });
    let q = move |v: f64| quantity(metric, v, t.lang(), SIGNIFICANT);
    let scenario_row = row.kind == RowKind::Scenario;
    let row_id = row.id.clone();
    view! {
        <tr data-id=row_id data-value=move || current.get().central.to_string()
            class:empreinte-row-scenario=scenario_row>
            <th scope="row">{move || label(t, &row, scenario)}</th>
            <td>{move || q(current.get().central)}</td>
            <td>{move || format!("{} – {}", q(current.get().low), q(current.get().high))}</td>
        </tr>
    }
}

/// A row's label: the reader's scenario, an everyday use, or a claim times the reader's count.
fn label(t: &Strings, row: &Row, scenario: Signal<Scenario>) -> String {
    match row.kind {
        RowKind::Scenario => t.get("row-scenario").to_owned(),
        RowKind::Reference => t.get(&format!("ref-{}", row.id)).to_owned(),
        RowKind::Claim => {
            let data = Dataset::embedded();
            let count = data
                .claims()
                .iter()
                .find(|c| c.id == row.id)
                .map(|c| scenario.with(|s| c.count_in(s)))
                .unwrap_or_default();
            t.fill(
                "claim-scaled",
                &[
                    ("label", t.get(&format!("ref-{}", row.id))),
                    ("count", &decimal(f64::from(count), t.lang(), 6)),
                ],
            )
        }
    }
}

fn bar(t: &Strings, metric: Metric, row: &Row, scenario: Signal<Scenario>) -> Bar {
    Bar {
        label: label(t, row, scenario),
        value: row.value.central,
        low: row.value.low,
        high: row.value.high,
        value_label: quantity(metric, row.value.central, t.lang(), SIGNIFICANT),
        note: None,
        style: match row.kind {
            RowKind::Scenario => BarStyle::Highlight,
            RowKind::Reference => BarStyle::Reference,
            RowKind::Claim => BarStyle::Claim,
        },
    }
}
