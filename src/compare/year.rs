//! A year of a habit set beside yearly things: a French home's or person's year, and the
//! everyday uses done once a day for a year. Used when the reader's counts are per a day,
//! week or month (`Scenario::per`).

use super::rows::{Row, RowKind};
use crate::data::{Dataset, Text};
use crate::model::{DAYS_A_YEAR, Evidence, Impact, Metric};

/// The collective scale's yearly references that one reader's year can be set beside: a
/// home's or a person's year (a town's or a country's would dwarf it).
pub const YEARLY: [&str; 4] = [
    "french-home-electricity-year",
    "french-person-electricity-year",
    "french-person-year-co2",
    "french-person-water-year",
];

/// Everyday uses whose daily year would repeat a yearly reference (a French person's day
/// of footprint, every day, is their year).
const NOT_HABITS: [&str; 1] = ["french-person-day-co2"];

/// The rows of one metric's chart for a year: the reader's year, the yearly references and
/// each everyday use done daily for a year, largest first.
/// `ours` is the evidence the reader's figures rest on.
pub fn year_rows(metric: Metric, year: Impact, ours: Option<Evidence>, data: &Dataset) -> Vec<Row> {
    let mut rows = vec![Row {
        id: Text::Borrowed("scenario"),
        kind: RowKind::Scenario,
        value: year.get(metric),
        evidence: ours,
    }];
    rows.extend(
        data.scale()
            .iter()
            .filter(|r| r.metric == metric && YEARLY.contains(&r.id.as_ref()))
            .map(Row::reference),
    );
    rows.extend(
        data.equivalents()
            .iter()
            .filter(|r| r.metric == metric && !NOT_HABITS.contains(&r.id.as_ref()))
            .map(|r| Row {
                kind: RowKind::Habit,
                value: r.amount.scale(DAYS_A_YEAR),
                ..Row::reference(r)
            }),
    );
    rows.sort_by(|a, b| b.value.central.total_cmp(&a.value.central));
    rows
}
