use leptos::prelude::*;

use super::controls::{ChoiceSelect, QuickControls, Refine};
use super::page::notices::Notices;
use super::page::{host_resize, later, look, url_sync, width};
use super::panels::{PrivacyPanel, SharePanel, SourcesPanel};
use super::results::{
    ClaimsList, Collective, Comparisons, MAX_PEOPLE, ResultsCard, Sensitivity, Summary,
};
use super::texts::{Texts, use_texts};
use crate::data::Dataset;
use crate::i18n::Lang;
use crate::model::{Footprint, Scenario};
use crate::url::{Hidden, Notice, Parsed, Section, Theme, UrlState};

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
    let look = Look {
        theme: initial.theme,
        embed: initial.embed,
        hide: initial.hide,
    };
    let UrlState {
        transparent,
        accent,
        ..
    } = initial;
    look::dress(look.theme, transparent, accent);
    let state = Memo::new(move |_| UrlState {
        lang: lang.get(),
        theme: look.theme,
        embed: look.embed,
        transparent,
        hide: look.hide,
        accent,
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
    Effect::new(move |_| host_resize::report_height());
    later::start();
    view! {
        <div class="empreinte-frame">
            {move || {
                provide_context(Texts(lang.get().strings()));
                view! { <Widget scenario people lang look state notices=notices.clone() /> }
            }}
        </div>
    }
}

/// How the host asked the widget to look, fixed for the page's life.
#[derive(Clone, Copy, Debug)]
struct Look {
    theme: Theme,
    embed: bool,
    hide: Hidden,
}

/// The widget in one language: the answer first, then the two main controls, the refine
/// section, the comparisons, and the panels.
#[component]
fn Widget(
    scenario: RwSignal<Scenario>,
    people: RwSignal<u32>,
    lang: RwSignal<Lang>,
    look: Look,
    state: Memo<UrlState>,
    notices: Vec<Notice>,
) -> impl IntoView {
    let t = use_texts();
    let footprint = Memo::new(move |_| scenario.with(|s| Dataset::embedded().compute(s)));
    let shown = move |section: Section| !look.hide.contains(section);
    let main = NodeRef::<leptos::html::Main>::new();
    let chart_width = width::content_width(main);
    let below = later::first_frame_shown();
    view! {
        <main class="empreinte" class:empreinte-embed=look.embed lang=t.lang().tag()
            data-theme=look.theme.id() node_ref=main>
            <Notices notices />
            {shown(Section::Title).then(|| view! { <h1 class="empreinte-title">{t.get("title")}</h1> })}
            {shown(Section::Intro).then(|| view! { <p class="empreinte-intro">{t.get("intro")}</p> })}
            <ResultsCard scenario=scenario.into() footprint=footprint.into() sources=shown(Section::Sources) />
            <Summary footprint=footprint.into() />
            <QuickControls scenario />
            <Refine scenario presets=shown(Section::Presets) />
            <Comparisons scenario=scenario.into() footprint=footprint.into() width=chart_width />
            {move || below.get().then(|| view! {
                <Below scenario footprint=footprint.into() people lang state hide=look.hide width=chart_width />
            })}
        </main>
    }
}

/// What lies below the comparisons: the claims, the collective view, what moves the result,
/// the panels and the language choice.
#[component]
fn Below(
    scenario: RwSignal<Scenario>,
    footprint: Signal<Footprint>,
    people: RwSignal<u32>,
    lang: RwSignal<Lang>,
    state: Memo<UrlState>,
    hide: Hidden,
    /// The width the charts are drawn at, in CSS px.
    width: ReadSignal<u32>,
) -> impl IntoView {
    let shown = move |section: Section| !hide.contains(section);
    let langs = Lang::ALL.iter().map(|l| l.tag().to_owned()).collect();
    let lang_choice = shown(Section::Lang).then(|| {
        view! {
            <ChoiceSelect name="lang" ids=langs
                value=Signal::derive(move || lang.get().tag().to_owned())
                on_change=Callback::new(move |tag: String| {
                    if let Some(l) = Lang::from_tag(&tag) { lang.set(l) }
                }) />
        }
    });
    view! {
        {shown(Section::Claims).then(|| view! { <ClaimsList scenario=scenario.into() /> })}
        {shown(Section::Collective).then(|| view! { <Collective scenario=scenario.into() footprint people /> })}
        {shown(Section::Sensitivity).then(|| view! { <Sensitivity scenario=scenario.into() width /> })}
        {shown(Section::Share).then(|| view! { <SharePanel state footprint /> })}
        {shown(Section::Sources).then(|| view! { <SourcesPanel /> })}
        {shown(Section::Privacy).then(|| view! { <PrivacyPanel scenario=scenario.into() /> })}
        // Rarely changed (the host page sets the language), so out of the way.
        <footer class="empreinte-footer">{lang_choice}</footer>
    }
}
