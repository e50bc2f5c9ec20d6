use super::year::year_rows;
use crate::data::{Dataset, Reference, Text};
use crate::model::{Estimate, Evidence, Footprint, Metric, Period, Scenario, evidence};

/// What a chart row stands for; the chart draws each kind in its own style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// The reader's own scenario.
    Scenario,
    /// An everyday use from the equivalents data.
    Reference,
    /// A figure published by others, scaled to the reader's scenario.
    Claim,
    /// An everyday use done once a day for a year (the charts of a habit's year).
    Habit,
    /// One AI video clip of the reader's video model and length, where the reader's
    /// computations run: the scale a log axis is needed for.
    Video,
}

/// One bar of a metric's chart, in the metric's unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// `scenario`, an equivalent's id or a claim's id (also the translation key of its label).
    pub id: Text,
    pub kind: RowKind,
    pub value: Estimate,
    /// The weakest evidence the value rests on.
    pub evidence: Option<Evidence>,
}

impl Row {
    /// An everyday use or a yearly thing as it stands in the data.
    pub(super) fn reference(r: &Reference) -> Row {
        Row {
            id: r.id.clone(),
            kind: RowKind::Reference,
            value: r.amount,
            evidence: Some(r.evidence),
        }
    }
}

/// The rows of one metric's chart: the reader's scenario among everyday uses, with the
/// featured press claims scaled to the reader's counts (a claim per image times the images
/// made), largest first. A claim whose count is zero is left out rather than drawn as zero.
/// Counts per a day, week or month give the year's rows instead ([`year_rows`]).
pub fn chart_rows(
    metric: Metric,
    footprint: &Footprint,
    scenario: &Scenario,
    data: &Dataset,
) -> Vec<Row> {
    let ours = evidence(scenario, data.parameters()).total();
    if let Some(year) = footprint.year(scenario.per) {
        return year_rows(metric, year, ours, data);
    }
    let mut rows = vec![Row {
        id: Text::Borrowed("scenario"),
        kind: RowKind::Scenario,
        value: footprint.total().get(metric),
        evidence: ours,
    }];
    rows.extend(
        data.equivalents()
            .iter()
            .filter(|r| r.metric == metric)
            .map(Row::reference),
    );
    rows.extend(video_row(metric, scenario, data));
    rows.extend(
        data.claims()
            .iter()
            .filter(|c| c.featured && c.metric == metric)
            .filter_map(|c| {
                let count = c.count_in(scenario);
                (count > 0).then(|| Row {
                    id: c.id.clone(),
                    kind: RowKind::Claim,
                    value: c.amount.scale(f64::from(count)),
                    evidence: Some(c.evidence),
                })
            }),
    );
    rows.sort_by(|a, b| b.value.central.total_cmp(&a.value.central));
    rows
}

/// One clip of the reader's video model and length, with the reader's site settings; `None`
/// when the reader's scenario is that very clip (its own row already shows it).
fn video_row(metric: Metric, scenario: &Scenario, data: &Dataset) -> Option<Row> {
    let scenario = scenario.clamped();
    let clip = Scenario {
        images: 0,
        messages: 0,
        photos: 0,
        videos: 1,
        per: Period::Once,
        ..scenario.clone()
    };
    (clip != scenario).then(|| Row {
        id: Text::Borrowed("video-clip"),
        kind: RowKind::Video,
        value: data.compute(&clip).total().get(metric),
        evidence: evidence(&clip, data.parameters()).total(),
    })
}

/// The everyday uses just above and just below the reader's row in `rows` (sorted largest
/// first, as [`chart_rows`] gives them), for the chart's one-line takeaway. Claims are
/// skipped: the sentence places the reader among things they know.
pub fn neighbours(rows: &[Row]) -> (Option<&Row>, Option<&Row>) {
    let Some(at) = rows.iter().position(|r| r.kind == RowKind::Scenario) else {
        return (None, None);
    };
    let reference = |r: &&Row| matches!(r.kind, RowKind::Reference | RowKind::Habit);
    let above = rows[..at].iter().rev().find(reference);
    let below = rows[at + 1..].iter().find(reference);
    (above, below)
}
