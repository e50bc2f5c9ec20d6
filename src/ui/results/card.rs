use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::headline::Headline;
use crate::data::Dataset;
use crate::model::{Footprint, Metric, Scenario};
use crate::sentences::{
    energy_split, equivalence, results_evidence, results_for, results_note, results_year,
};
use crate::ui::texts::use_texts;

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
    let counted = move || scenario.with(|s| results_for(t, s));
    let figures = Metric::ALL
        .iter()
        .map(|&metric| {
            let estimate = Signal::derive(move || footprint.with(|f| f.total().get(metric)));
            let equivalence = move || equivalence(t, metric, estimate.get(), data);
            view! {
                <div class="empreinte-figure" data-figure=metric.id()>
                    <Headline metric estimate />
                    <p class="empreinte-equivalence">{equivalence}</p>
                </div>
            }
        })
        .collect_view();
    let split = move || footprint.with(|f| energy_split(t, f));
    let year = move || footprint.with(|f| scenario.with(|s| results_year(t, f, s.per)));
    let weakest = move || footprint.with(|f| scenario.with(|s| results_evidence(t, s, f, data)));
    let note = results_note(t, data);
    view! {
        <section class="empreinte-results" aria-labelledby="empreinte-results-title">
            <h2 id="empreinte-results-title" class="empreinte-results-title">{t.get("results-title")}</h2>
            <p class="empreinte-results-for">{counted}</p>
            <div class="empreinte-figures">{figures}</div>
            {move || year().map(|year| view! { <p class="empreinte-year" data-year="">{year}</p> })}
            <p class="empreinte-split" data-split="">
                {split}" "<span data-evidence-sentence="">{weakest}</span>
            </p>
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
