use leptos::prelude::*;

use super::headline::Headline;
use crate::compare::{headline_equivalence, shares};
use crate::data::Dataset;
use crate::format::decimal;
use crate::model::{Footprint, Metric, Scenario};
use crate::ui::texts::use_texts;

/// Significant digits of the counts in the card's sentences.
const SIGNIFICANT: u32 = 2;

/// The answer, first thing in the widget: what was counted, the three figures with their
/// ranges, one everyday equivalence each, and how much of it comes from images and from chat.
#[component]
pub fn ResultsCard(scenario: Signal<Scenario>, footprint: Signal<Footprint>) -> impl IntoView {
    let t = use_texts();
    let data = Dataset::embedded();
    let counted = move || {
        scenario.with(|s| {
            let (images, messages) = (f64::from(s.images), f64::from(s.messages));
            t.fill(
                "results-for",
                &[
                    ("images", &decimal(images, t.lang(), 9)),
                    ("images-unit", t.plural("count-images", images)),
                    ("messages", &decimal(messages, t.lang(), 9)),
                    ("messages-unit", t.plural("count-messages", messages)),
                ],
            )
        })
    };
    let figures = Metric::ALL
        .iter()
        .map(|&metric| {
            let estimate = Signal::derive(move || footprint.with(|f| f.total().get(metric)));
            let equivalence = move || {
                headline_equivalence(metric, estimate.get(), data).map(|e| {
                    t.fill(
                        "figure-equivalence",
                        &[
                            ("count", &decimal(e.count, t.lang(), SIGNIFICANT)),
                            (
                                "unit",
                                t.plural(&format!("ref-{}", e.reference.id), e.count),
                            ),
                        ],
                    )
                })
            };
            view! {
                <div class="empreinte-figure" data-figure=metric.id()>
                    <Headline metric estimate />
                    <p class="empreinte-equivalence">{equivalence}</p>
                </div>
            }
        })
        .collect_view();
    let split = move || {
        let parts = footprint.with(|f| shares(Metric::Energy, f));
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
    };
    view! {
        <section class="empreinte-results" aria-labelledby="empreinte-results-title">
            <h2 id="empreinte-results-title" class="empreinte-results-title">{t.get("results-title")}</h2>
            <p class="empreinte-results-for">{counted}</p>
            <div class="empreinte-figures">{figures}</div>
            <p class="empreinte-split" data-split="">{split}</p>
        </section>
    }
}
