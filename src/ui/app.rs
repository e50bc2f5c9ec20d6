use leptos::prelude::*;

use super::controls::{ChoiceSelect, QuickControls, Refine};
use super::page::later::{self, Later, Part};
use super::page::notices::Notices;
use super::page::{host_resize, look, url_sync, width};
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
    let shown = later::start();
    view! {
        // Built hidden behind the first paint, a part per task (`later`).
        <div class="empreinte-frame" hidden=move || !shown.get()>
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
    view! {
        <main class="empreinte" class:empreinte-embed=look.embed lang=t.lang().tag()
            data-theme=look.theme.id() node_ref=main>
            <Later part=Part::Card>
                <Notices notices=notices.clone() />
                {shown(Section::Title).then(|| view! { <h1 class="empreinte-title">{t.get("title")}</h1> })}
                {shown(Section::Intro).then(|| view! { <p class="empreinte-intro">{t.get("intro")}</p> })}
                <ResultsCard scenario=scenario.into() footprint=footprint.into() sources=shown(Section::Sources) />
                <Summary footprint=footprint.into() />
            </Later>
            <Later part=Part::Controls>
                <QuickControls scenario />
                <Refine scenario presets=shown(Section::Presets) />
            </Later>
            <Later part=Part::Comparisons>
                <Comparisons scenario=scenario.into() footprint=footprint.into() width=chart_width />
            </Later>
            <Below scenario footprint=footprint.into() people lang state hide=look.hide width=chart_width />
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
    let lang_choice = move || {
        let langs = Lang::ALL.iter().map(|l| l.tag().to_owned()).collect();
        shown(Section::Lang).then(|| {
            view! {
                <ChoiceSelect name="lang" ids=langs
                    value=Signal::derive(move || lang.get().tag().to_owned())
                    on_change=Callback::new(move |tag: String| {
                        if let Some(l) = Lang::from_tag(&tag) { lang.set(l) }
                    }) />
            }
        })
    };
    view! {
        {shown(Section::Claims).then(|| view! { <Later part=Part::Claims><ClaimsList scenario=scenario.into() /></Later> })}
        {shown(Section::Collective).then(|| view! { <Later part=Part::Collective><Collective scenario=scenario.into() footprint people /></Later> })}
        {shown(Section::Sensitivity).then(|| view! { <Later part=Part::Sensitivity><Sensitivity scenario=scenario.into() width /></Later> })}
        {shown(Section::Share).then(|| view! { <Later part=Part::Share><SharePanel state footprint /></Later> })}
        {shown(Section::Sources).then(|| view! { <Later part=Part::Sources><SourcesPanel /></Later> })}
        {shown(Section::Privacy).then(|| view! { <Later part=Part::Privacy><PrivacyPanel scenario=scenario.into() /></Later> })}
        // Rarely changed (the host page sets the language), so out of the way.
        <Later part=Part::Footer><footer class="empreinte-footer">{lang_choice()}</footer></Later>
    }
}
