use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::headline::Headline;
use crate::compare::{headline_equivalence, shares};
use crate::data::Dataset;
use crate::format::{decimal, month_year};
use crate::model::{Footprint, Metric, Scenario};
use crate::ui::texts::use_texts;

/// Significant digits of the counts in the card's sentences.
const SIGNIFICANT: u32 = 2;

/// The answer, first thing in the widget: what was counted, the three figures with their
/// ranges, one everyday equivalence each, and how much of it comes from images and from chat.
#[component]
pub fn ResultsCard(
    scenario: Signal<Scenario>,
    footprint: Signal<Footprint>,
    /// The sources panel is on the page (the `hide` parameter), so the card links to it.
    sources: bool,
) -> impl IntoView {
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
    let (year, month) = data.as_of();
    let note = t.fill(
        "results-note",
        &[("date", &month_year(year, month, t.lang()))],
    );
    view! {
        <section class="empreinte-results" aria-labelledby="empreinte-results-title">
            <h2 id="empreinte-results-title" class="empreinte-results-title">{t.get("results-title")}</h2>
            <p class="empreinte-results-for">{counted}</p>
            <div class="empreinte-figures">{figures}</div>
            <p class="empreinte-split" data-split="">{split}</p>
            <p class="empreinte-results-note">
                {note}
                {sources.then(|| view! {
                    " "<button type="button" class="empreinte-link-button" data-action="sources"
                        on:click=|_| open_sources()>{t.get("results-sources")}</button>
                })}
            </p>
        </section>
    }
}

/// Opens the sources panel, brings it into view and moves focus to it.
fn open_sources() {
    let Ok(Some(panel)) = document().query_selector("details.empreinte-sources") else {
        return;
    };
    let _ = panel.set_attribute("open", "");
    panel.scroll_into_view();
    if let Ok(Some(summary)) = panel.query_selector("summary") {
        let _ = summary.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
