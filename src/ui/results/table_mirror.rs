use leptos::prelude::*;

use super::metric_panel::SIGNIFICANT;
use crate::compare::{Row, RowKind};
use crate::data::{ClaimPer, Dataset};
use crate::format::{decimal, quantity};
use crate::i18n::Strings;
use crate::model::{Metric, Scenario};
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

/// A row's label: the reader's scenario, an everyday use, or a claim for the reader's count.
pub fn label(t: &Strings, row: &Row, scenario: Signal<Scenario>) -> String {
    match row.kind {
        RowKind::Scenario => t.get("row-scenario").to_owned(),
        RowKind::Reference => t.get(&format!("ref-{}", row.id)).to_owned(),
        RowKind::Claim => {
            let data = Dataset::embedded();
            let claim = data.claims().iter().find(|c| c.id == row.id);
            let count = claim.map_or(0, |c| scenario.with(|s| c.count_in(s)));
            let count = f64::from(count);
            let unit = match claim.map(|c| c.per) {
                Some(ClaimPer::Reply) => "count-messages",
                _ => "count-images",
            };
            t.fill(
                "claim-scaled",
                &[
                    ("label", t.get(&format!("ref-{}", row.id))),
                    ("count", &decimal(count, t.lang(), 6)),
                    ("unit", t.plural(unit, count)),
                ],
            )
        }
    }
}
