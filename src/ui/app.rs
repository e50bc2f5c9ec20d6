use leptos::prelude::*;

use super::choice_select::ChoiceSelect;
use super::claims_list::ClaimsList;
use super::collective::{Collective, MAX_PEOPLE};
use super::controls::Controls;
use super::headline::Headline;
use super::host_resize;
use super::metric_panel::MetricPanel;
use super::notices::Notices;
use super::presets::Presets;
use super::share_panel::SharePanel;
use super::sources_panel::SourcesPanel;
use super::summary::Summary;
use super::texts::Texts;
use super::url_sync;
use crate::data::Dataset;
use crate::i18n::Lang;
use crate::model::{Metric, Scenario};
use crate::url::{Notice, Parsed, Theme, UrlState};

/// The whole widget. The reader's state (scenario, people, language) lives here; switching
/// language rebuilds the view below with the other strings, keeping that state.
#[component]
pub fn App() -> impl IntoView {
    let Parsed {
        state: initial,
        notices,
    } = url_sync::read();
    let scenario = RwSignal::new(initial.scenario.clone());
    let people = RwSignal::new(u32::try_from(initial.people).unwrap_or(MAX_PEOPLE));
    let lang = RwSignal::new(initial.lang);
    let (theme, embed) = (initial.theme, initial.embed);
    let state = Memo::new(move |_| UrlState {
        lang: lang.get(),
        theme,
        embed,
        preset: None,
        scenario: scenario.get(),
        people: u64::from(people.get()),
    });
    url_sync::write_on_change(state);
    // Talks to the outside only: the page's language follows the widget's.
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().tag());
        }
    });
    let frame = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(frame) = frame.get() {
            host_resize::report_height(&frame);
        }
    });
    view! {
        <div class="empreinte-frame" node_ref=frame>
            {move || {
                provide_context(Texts(lang.get().strings()));
                view! { <Widget scenario people lang theme embed state notices=notices.clone() /> }
            }}
        </div>
    }
}

/// The widget in one language.
#[component]
fn Widget(
    scenario: RwSignal<Scenario>,
    people: RwSignal<u32>,
    lang: RwSignal<Lang>,
    theme: Theme,
    embed: bool,
    state: Memo<UrlState>,
    notices: Vec<Notice>,
) -> impl IntoView {
    let t = super::texts::use_texts();
    let footprint = Memo::new(move |_| scenario.with(|s| Dataset::embedded().compute(s)));
    let langs = Lang::ALL.iter().map(|l| l.tag().to_owned()).collect();
    view! {
        <main class="empreinte" class:empreinte-embed=embed lang=t.lang().tag() data-theme=theme.id()>
            <Notices notices />
            <div class="empreinte-bar">
                <ChoiceSelect name="lang" ids=langs
                    value=Signal::derive(move || lang.get().tag().to_owned())
                    on_change=Callback::new(move |tag: String| {
                        if let Some(l) = Lang::from_tag(&tag) { lang.set(l) }
                    }) />
            </div>
            <h1 class="empreinte-title">{t.get("title")}</h1>
            <p class="empreinte-intro">{t.get("intro")}</p>
            <Presets scenario />
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
            <SharePanel state footprint=footprint.into() />
            <SourcesPanel />
        </main>
    }
}
