//! The widget's sentences about a result, in the reader's language: pure functions shared by
//! the UI and the first paint written into `index.html` at build time (`export::first_paint`),
//! so the two cannot say different things.

mod chart;
mod sensitivity;

pub use chart::{FIGURE_DIGITS, bar_chart, row_figures, row_label, takeaway};
pub use sensitivity::{assumption_label, sensitivity_chart, sensitivity_most, swing_span};

use crate::compare::{headline_equivalence, shares};
use crate::data::Dataset;
use crate::format::{decimal, month_year};
use crate::i18n::Strings;
use crate::model::{Estimate, Footprint, Metric, Scenario};

/// Significant digits of the counts in the results card's sentences.
const SIGNIFICANT: u32 = 2;

/// "For 4 images and 10 chat messages".
pub fn results_for(t: &Strings, scenario: &Scenario) -> String {
    let (images, messages) = (f64::from(scenario.images), f64::from(scenario.messages));
    t.fill(
        "results-for",
        &[
            ("images", &decimal(images, t.lang(), 9)),
            ("images-unit", t.plural("count-images", images)),
            ("messages", &decimal(messages, t.lang(), 9)),
            ("messages-unit", t.plural("count-messages", messages)),
        ],
    )
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

/// "Figures as of December 2026; in brackets: the plausible range (5 to 95 %)."
pub fn results_note(t: &Strings, data: &Dataset) -> String {
    let (year, month) = data.as_of();
    t.fill(
        "results-note",
        &[("date", &month_year(year, month, t.lang()))],
    )
}
