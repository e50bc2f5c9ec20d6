use leptos::prelude::*;

use super::choice_select::ChoiceSelect;
use super::claims_list::ClaimsList;
use super::collective::Collective;
use super::controls::Controls;
use super::headline::Headline;
use super::metric_panel::MetricPanel;
use super::sources_panel::SourcesPanel;
use super::summary::Summary;
use super::texts::Texts;
use crate::data::Dataset;
use crate::i18n::Lang;
use crate::model::{Metric, Scenario};

/// The whole widget. The reader's state (scenario, people, language) lives here; switching
/// language rebuilds the view below with the other strings, keeping that state.
#[component]
pub fn App() -> impl IntoView {
    let scenario = RwSignal::new(Scenario::default());
    let people = RwSignal::new(1u32);
    let lang = RwSignal::new(Lang::default());
    // Talks to the outside only: the page's language follows the widget's.
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().tag());
        }
    });
    move || {
        provide_context(Texts(lang.get().strings()));
        view! { <Widget scenario people lang /> }
    }
}

/// The widget in one language.
#[component]
fn Widget(
    scenario: RwSignal<Scenario>,
    people: RwSignal<u32>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let t = super::texts::use_texts();
    let footprint = Memo::new(move |_| scenario.with(|s| Dataset::embedded().compute(s)));
    let langs = Lang::ALL.iter().map(|l| l.tag().to_owned()).collect();
    view! {
        <main class="empreinte" lang=t.lang().tag()>
            <div class="empreinte-bar">
                <ChoiceSelect name="lang" ids=langs
                    value=Signal::derive(move || lang.get().tag().to_owned())
                    on_change=Callback::new(move |tag: String| {
                        if let Some(l) = Lang::from_tag(&tag) { lang.set(l) }
                    }) />
            </div>
            <h1 class="empreinte-title">{t.get("title")}</h1>
            <p class="empreinte-intro">{t.get("intro")}</p>
            <Controls scenario />
            <div class="empreinte-headlines">
                {Metric::ALL
                    .iter()
                    .map(|&metric| view! {
                        <Headline metric estimate=Signal::derive(move || footprint.with(|f| f.total().get(metric))) />
                    })
                    .collect_view()}
            </div>
            <Summary footprint=footprint.into() />
            {Metric::ALL
                .iter()
                .map(|&metric| view! {
                    <MetricPanel metric scenario=scenario.into() footprint=footprint.into() />
                })
                .collect_view()}
            <ClaimsList scenario=scenario.into() />
            <Collective scenario=scenario.into() footprint=footprint.into() people />
            <SourcesPanel />
        </main>
    }
}
