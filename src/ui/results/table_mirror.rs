use leptos::prelude::*;

use crate::compare::{Row, RowKind};
use crate::data::Dataset;
use crate::model::{Metric, Scenario};
use crate::sentences::{row_figures, row_label};
use crate::ui::texts::use_texts;

/// The chart's figures as a table: the accessible alternative to the drawing (which is
/// hidden from assistive technologies), always in the accessibility tree, shown to sighted
/// readers when they ask ("see the figures").
#[component]
pub fn TableMirror(
    metric: Metric,
    rows: Memo<Vec<Row>>,
    scenario: Signal<Scenario>,
    caption: String,
    /// The element id, which the "see the figures" button controls.
    id: String,
    /// Shown on screen (otherwise visually hidden, still read by screen readers).
    open: Signal<bool>,
) -> impl IntoView {
    let t = use_texts();
    // The rows with their first values, changing only when a row comes, goes or moves.
    let order = Memo::new_with_compare(
        move |_| rows.get(),
        |old, new| match (old, new) {
            (Some(old), Some(new)) => !same_order(old, new),
            _ => true,
        },
    );
    view! {
        <div class="empreinte-table-wrap" id=id class:empreinte-visually-hidden=move || !open.get()>
            <table class="empreinte-table" data-table=metric.id()>
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
        </div>
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
    let data = Dataset::embedded();
    let id = row.id.clone();
    let first = row.value;
    let current = Memo::new(move |_| {
        rows.with(|rows| rows.iter().find(|r| r.id == id).map_or(first, |r| r.value))
    });
    let figures = Memo::new(move |_| row_figures(t, metric, current.get()));
    let row_evidence = {
        let id = row.id.clone();
        let first = row.evidence;
        Memo::new(move |_| {
            rows.with(|rows| {
                rows.iter()
                    .find(|r| r.id == id)
                    .map_or(first, |r| r.evidence)
            })
        })
    };
    let evidence = row_evidence;
    let scenario_row = row.kind == RowKind::Scenario;
    let row_id = row.id.clone();
    view! {
        <tr data-id=row_id data-value=move || current.get().central.to_string()
            data-evidence=move || evidence.get().map_or("", |e| e.id())
            class:empreinte-row-scenario=scenario_row>
            <th scope="row">{move || scenario.with(|s| row_label(t, &row, s, data))}</th>
            <td>{move || figures.get().0}</td>
            <td>{move || figures.get().1}</td>
        </tr>
    }
}
