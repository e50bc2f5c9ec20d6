//! What a comparison chart says: its rows' names, its one-line takeaway and its bars, from
//! the rows of `compare::chart_rows`. Shared by the app's charts and tables and the first
//! paint's energy chart, so the two draw the same thing.

use crate::chart::{Bar, BarChart, BarStyle, Scale};
use crate::compare::{Row, RowKind, multiple, neighbours};
use crate::data::{ClaimPer, Dataset};
use crate::format::{decimal, quantity, times};
use crate::i18n::Strings;
use crate::model::{Estimate, Evidence, Metric, Period, Scenario};

/// Significant digits of the figures shown beside bars and in tables.
pub const FIGURE_DIGITS: u32 = 2;

/// A row's name: the reader's scenario, an everyday use, or a claim for the reader's count
/// ("« One image = one phone charge » (2023), for 4 images").
pub fn row_label(t: &Strings, row: &Row, scenario: &Scenario, data: &Dataset) -> String {
    match row.kind {
        RowKind::Scenario if scenario.per != Period::Once => t.get("row-scenario-year").to_owned(),
        RowKind::Scenario => t.get("row-scenario").to_owned(),
        RowKind::Reference => t.get(&format!("ref-{}", row.id)).to_owned(),
        RowKind::Video => t.fill(
            "row-video-clip",
            &[
                (
                    "seconds",
                    &decimal(f64::from(scenario.video_seconds), t.lang(), 9),
                ),
                (
                    "model",
                    t.get(&format!("opt-video_model-{}", scenario.video_model.id())),
                ),
            ],
        ),
        RowKind::Habit => t.fill("ref-habit", &[("label", t.get(&format!("ref-{}", row.id)))]),
        RowKind::Claim => {
            let claim = data.claims().iter().find(|c| c.id == row.id);
            let count = f64::from(claim.map_or(0, |c| c.count_in(scenario)));
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

/// The chart in one line: where the reader's value falls among the other rows
/// ("Your use (14 Wh): between … and …").
pub fn takeaway(
    t: &Strings,
    metric: Metric,
    rows: &[Row],
    scenario: &Scenario,
    data: &Dataset,
) -> String {
    let Some(ours) = rows.iter().find(|r| r.kind == RowKind::Scenario) else {
        return t.get("compare-caption").to_owned();
    };
    let mut value = quantity(metric, ours.value.central, t.lang(), FIGURE_DIGITS);
    if scenario.per != Period::Once {
        value = t.fill("per-year-value", &[("value", &value)]);
    }
    let name = |r: &Row| row_label(t, r, scenario, data);
    let (above, below) = neighbours(rows);
    let (key, above, below) = match (above, below) {
        (Some(a), Some(b)) => ("takeaway-between", name(a), name(b)),
        (None, Some(b)) => ("takeaway-above-all", String::new(), name(b)),
        (Some(a), None) => ("takeaway-below-all", name(a), String::new()),
        (None, None) => return t.get("compare-caption").to_owned(),
    };
    t.fill(
        key,
        &[("value", &value), ("above", &above), ("below", &below)],
    )
}

/// The bars of `rows`. On a log axis, where a 640-fold gap looks like a few steps, each bar
/// but the reader's also says how many times the reader's value it is ("× 640", "÷ 12").
pub fn bar_chart(
    t: &Strings,
    metric: Metric,
    rows: &[Row],
    scenario: &Scenario,
    data: &Dataset,
) -> BarChart {
    let mut chart = BarChart {
        bars: rows
            .iter()
            .map(|row| Bar {
                label: row_label(t, row, scenario, data),
                value: row.value.central,
                low: row.value.low,
                high: row.value.high,
                value_label: format!(
                    "{}{}",
                    quantity(metric, row.value.central, t.lang(), FIGURE_DIGITS),
                    evidence_mark(row.evidence)
                ),
                note: None,
                style: match row.kind {
                    RowKind::Scenario => BarStyle::Highlight,
                    RowKind::Reference | RowKind::Habit | RowKind::Video => BarStyle::Reference,
                    RowKind::Claim => BarStyle::Claim,
                },
            })
            .collect(),
    };
    let ours = rows
        .iter()
        .find(|r| r.kind == RowKind::Scenario)
        .map(|r| r.value.central);
    if let (Scale::Log { .. }, Some(ours)) = (chart.scale(), ours) {
        for (bar, row) in chart.bars.iter_mut().zip(rows) {
            if row.kind != RowKind::Scenario {
                bar.note = multiple(row.value.central, ours).map(|m| times(m, t.lang()));
            }
        }
    }
    chart
}

/// The mark after a bar's value that says how solid it is, explained in the legend: none
/// for a measurement or a provider's disclosure, "*" for a third party's estimate, "**" for
/// the project's own.
pub fn evidence_mark(evidence: Option<Evidence>) -> &'static str {
    match evidence {
        Some(Evidence::Estimated) => " *",
        Some(Evidence::Ours) => " **",
        _ => "",
    }
}

/// A row's figures for the table mirror: the central value and the range ("3 Wh",
/// "1.4 Wh – 6.1 Wh").
pub fn row_figures(t: &Strings, metric: Metric, value: Estimate) -> (String, String) {
    let q = |v: f64| quantity(metric, v, t.lang(), FIGURE_DIGITS);
    (
        q(value.central),
        format!("{} – {}", q(value.low), q(value.high)),
    )
}
