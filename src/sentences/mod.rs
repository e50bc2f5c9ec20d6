//! The widget's sentences about a result, in the reader's language: pure functions shared by
//! the UI and the first paint written into `index.html` at build time (`export::first_paint`),
//! so the two cannot say different things.

mod chart;
mod sensitivity;

pub use chart::{FIGURE_DIGITS, bar_chart, evidence_mark, row_figures, row_label, takeaway};
pub use sensitivity::{assumption_label, sensitivity_chart, sensitivity_most, swing_span};

use crate::compare::{headline_equivalence, shares};
use crate::data::Dataset;
use crate::format::{decimal, month_year, range_parts};
use crate::i18n::Strings;
use crate::model::{Estimate, Footprint, Metric, Period, Scenario, evidence};

/// Significant digits of the counts in the results card's sentences.
const SIGNIFICANT: u32 = 2;

/// "For 4 images and 10 chat messages" (with "1 AI video of 8 s" when there are clips), and
/// "a day" (week, month) for a habit.
pub fn results_for(t: &Strings, scenario: &Scenario) -> String {
    let (images, messages) = (f64::from(scenario.images), f64::from(scenario.messages));
    let videos = f64::from(scenario.videos);
    let seconds = f64::from(scenario.video_seconds);
    let key = if scenario.videos > 0 {
        "results-for-videos"
    } else {
        "results-for"
    };
    let counted = t.fill(
        key,
        &[
            ("images", &decimal(images, t.lang(), 9)),
            ("images-unit", t.plural("count-images", images)),
            ("videos", &decimal(videos, t.lang(), 9)),
            ("videos-unit", t.plural("count-videos", videos)),
            ("seconds", &decimal(seconds, t.lang(), 9)),
            ("messages", &decimal(messages, t.lang(), 9)),
            ("messages-unit", t.plural("count-messages", messages)),
        ],
    );
    match scenario.per {
        Period::Once => counted,
        per => format!("{counted} {}", t.get(&format!("per-{}", per.id()))),
    }
}

/// "In a year: ≈ 5.1 kWh (2.4–13), ≈ 2.4 kg CO₂e (1.1–6), ≈ 23 L (10–58)." for a habit;
/// `None` for counts made once.
pub fn results_year(t: &Strings, footprint: &Footprint, per: Period) -> Option<String> {
    let year = footprint.year(per)?;
    let figure = |metric: Metric| {
        let e = year.get(metric);
        let (value, range) = range_parts(metric, e.low, e.central, e.high, t.lang());
        // Each figure stays on one line with its range: a narrow column breaks between them.
        if range.is_empty() {
            value
        } else {
            format!("{value}\u{a0}{range}")
        }
    };
    Some(t.fill(
        "results-year",
        &[
            ("energy", &figure(Metric::Energy)),
            ("co2", &figure(Metric::Co2)),
            ("water", &figure(Metric::Water)),
        ],
    ))
}

/// "≈ 1.4 hours of an LED bulb", or turned round when the count would be below 1
/// ("1 glass of water ≈ 3.9 times your use"); `None` when no reference fits.
pub fn equivalence(
    t: &Strings,
    metric: Metric,
    estimate: Estimate,
    data: &Dataset,
) -> Option<String> {
    headline_equivalence(metric, estimate, data).map(|e| {
        let key = format!("ref-{}", e.reference.id);
        let count = decimal(e.count, t.lang(), SIGNIFICANT);
        if e.turned {
            t.fill(
                "figure-equivalence-turned",
                &[("count", &count), ("unit", t.plural(&key, 1.0))],
            )
        } else {
            t.fill(
                "figure-equivalence",
                &[("count", &count), ("unit", t.plural(&key, e.count))],
            )
        }
    })
}

/// "Energy: images 83 %, chat 17 %."; `None` when there is nothing to split.
pub fn energy_split(t: &Strings, footprint: &Footprint) -> Option<String> {
    let parts = shares(Metric::Energy, footprint);
    (!parts.is_empty()).then(|| {
        let parts = parts
            .iter()
            .map(|s| {
                let percent = decimal(s.fraction * 100.0, t.lang(), SIGNIFICANT);
                t.fill(
                    "share",
                    &[
                        ("activity", t.get(&format!("activity-{}", s.activity.id()))),
                        ("percent", &percent),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(t.get("list-separator"));
        t.fill("results-split", &[("parts", &parts)])
    })
}

/// "The weakest link in your result: the images, which rest on our own estimate" (of the
/// parts sharing the weakest evidence, the one using most energy). `None` when the scenario
/// counts nothing.
pub fn results_evidence(
    t: &Strings,
    scenario: &Scenario,
    footprint: &Footprint,
    data: &Dataset,
) -> Option<String> {
    let energy = |a| footprint.by_activity.get(a).energy_wh.central;
    let (activity, level) = evidence(scenario, data.parameters()).weakest_part(energy)?;
    Some(t.fill(
        "results-evidence",
        &[
            ("part", t.get(&format!("activity-{}", activity.id()))),
            ("level", t.get(&format!("evidence-{}", level.id()))),
        ],
    ))
}

/// "Figures as of December 2026; in brackets: the plausible range (5 to 95 %)."
pub fn results_note(t: &Strings, data: &Dataset) -> String {
    let (year, month) = data.as_of();
    t.fill(
        "results-note",
        &[("date", &month_year(year, month, t.lang()))],
    )
}
