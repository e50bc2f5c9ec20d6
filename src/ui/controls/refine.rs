use leptos::prelude::*;

use super::choice_select::ChoiceSelect;
use super::count_input::CountInput;
use super::fields::{choice, field, ids, setter};
use super::optional_number::OptionalNumber;
use super::presets::Presets;
use super::toggle::Toggle;
use crate::data::Dataset;
use crate::i18n::{Strings, collation_key};
use crate::model::{
    ChatModel, ChatSource, ImageModel, ImageQuality, Period, RegionCode, Scenario, VideoModel,
    WaterScope,
};
use crate::ui::page::later::{Later, Part};
use crate::ui::texts::use_texts;

/// The regions the data covers, as a reader looks for them: the world average and France
/// (the default reader's country) first, then the others by name in the reader's language.
fn regions_by_name(t: &Strings) -> Vec<String> {
    let first = ["world", "fr"];
    let mut rest: Vec<(String, String)> = Dataset::embedded()
        .regions()
        .map(|r| r.id().to_owned())
        .filter(|id| !first.contains(&id.as_str()))
        .map(|id| (collation_key(t.get(&format!("opt-region-{id}"))), id))
        .collect();
    rest.sort();
    first
        .iter()
        .map(|id| (*id).to_owned())
        .chain(rest.into_iter().map(|(_, id)| id))
        .collect()
}

/// Whether `scenario` differs from the default in a setting of the refine section (anything
/// but the two counts), and in one of its advanced settings.
fn refined(scenario: &Scenario) -> (bool, bool) {
    let d = Scenario::default();
    let s = scenario;
    let advanced = s.pue != d.pue
        || s.wue != d.wue
        || s.water != d.water
        || s.embodied != d.embodied
        || s.training != d.training;
    let refine = advanced
        || s.image_model != d.image_model
        || s.quality != d.quality
        || s.videos != d.videos
        || s.video_model != d.video_model
        || s.video_seconds != d.video_seconds
        || s.chat_source != d.chat_source
        || s.chat_model != d.chat_model
        || s.tokens != d.tokens
        || s.photos != d.photos
        || s.region != d.region
        || s.per != d.per;
    (refine, advanced)
}

/// Every other input of the scenario, in a section closed by default: open when the link
/// that opened the widget changed one of them, so a shared scenario shows what makes it
/// different. Each control's `name` is its URL parameter.
#[component]
pub fn Refine(
    scenario: RwSignal<Scenario>,
    /// Show the ready-made scenarios and the reset button (the `hide` parameter).
    presets: bool,
) -> impl IntoView {
    let t = use_texts();
    let (open, _) = scenario.with_untracked(refined);
    // Closed, its fields are not seen: built just after the app is shown (`later`).
    let part = if open {
        Part::Controls
    } else {
        Part::RefineFields
    };
    view! {
        <details class="empreinte-refine" open=open>
            <summary>{t.get("refine")}</summary>
            <Later part><RefineFields scenario presets /></Later>
        </details>
    }
}

/// The refine section's fields.
#[component]
fn RefineFields(scenario: RwSignal<Scenario>, presets: bool) -> impl IntoView {
    let t = use_texts();
    let (_, advanced_open) = scenario.with_untracked(refined);
    let regions = regions_by_name(t);
    let ignores_model = move || scenario.with(|s| !s.chat_source.uses_model());
    view! {
        {presets.then(|| view! { <Presets scenario /> })}
        // What the counts are per: once, or a habit whose year the results give.
        <ChoiceSelect name="per" ids=ids(Period::ALL, Period::id)
            value=field(scenario, |s| s.per.id().to_owned())
            on_change=choice(scenario, Period::from_id, |s, v| s.per = v) />
        <fieldset>
            <legend>{t.get("group-images")}</legend>
            <ChoiceSelect name="image_model" ids=ids(ImageModel::ALL, ImageModel::id)
                value=field(scenario, |s| s.image_model.id().to_owned())
                on_change=choice(scenario, ImageModel::from_id, |s, v| s.image_model = v) />
            <ChoiceSelect name="quality" ids=ids(ImageQuality::ALL, ImageQuality::id)
                value=field(scenario, |s| s.quality.id().to_owned())
                on_change=choice(scenario, ImageQuality::from_id, |s, v| s.quality = v) />
        </fieldset>
        <fieldset>
            <legend>{t.get("group-videos")}</legend>
            <CountInput name="videos" label=t.get("label-videos") max=Scenario::MAX_VIDEOS
                value=field(scenario, |s| s.videos) on_change=setter(scenario, |s, n| s.videos = n) />
            <ChoiceSelect name="video_model" ids=ids(VideoModel::ALL, VideoModel::id)
                value=field(scenario, |s| s.video_model.id().to_owned())
                on_change=choice(scenario, VideoModel::from_id, |s, v| s.video_model = v) />
            <CountInput name="video_seconds" label=t.get("label-video_seconds")
                min=Scenario::VIDEO_SECONDS.0 max=Scenario::VIDEO_SECONDS.1
                value=field(scenario, |s| s.video_seconds)
                on_change=setter(scenario, |s, n| s.video_seconds = n) />
        </fieldset>
        <fieldset>
            <legend>{t.get("group-chat")}</legend>
            <ChoiceSelect name="source" ids=ids(ChatSource::ALL, ChatSource::id)
                value=field(scenario, |s| s.chat_source.id().to_owned())
                on_change=choice(scenario, ChatSource::from_id, |s, v| s.chat_source = v) />
            <ChoiceSelect name="chat_model" ids=ids(ChatModel::ALL, ChatModel::id)
                value=field(scenario, |s| s.chat_model.id().to_owned())
                on_change=choice(scenario, ChatModel::from_id, |s, v| s.chat_model = v) />
            <Show when=ignores_model>
                <p class="empreinte-hint">{t.get("source-ignores-model")}</p>
            </Show>
            <CountInput name="tokens" label=t.get("label-tokens") max=Scenario::MAX_TOKENS
                value=field(scenario, |s| s.tokens) on_change=setter(scenario, |s, n| s.tokens = n) />
            <CountInput name="photos" label=t.get("label-photos") max=Scenario::MAX_PHOTOS
                value=field(scenario, |s| s.photos) on_change=setter(scenario, |s, n| s.photos = n) />
        </fieldset>
        <fieldset>
            <legend>{t.get("group-where")}</legend>
            <ChoiceSelect name="region" ids=regions
                value=field(scenario, |s| s.region.id().to_owned())
                on_change=choice(scenario, RegionCode::from_id, |s, v| s.region = v) />
        </fieldset>
        <details class="empreinte-advanced" open=advanced_open>
            <summary>{t.get("advanced")}</summary>
            <OptionalNumber name="pue" range=Scenario::PUE_RANGE
                value=field(scenario, |s| s.pue) on_change=setter(scenario, |s, v| s.pue = v) />
            <OptionalNumber name="wue" range=Scenario::WUE_RANGE
                value=field(scenario, |s| s.wue) on_change=setter(scenario, |s, v| s.wue = v) />
            <ChoiceSelect name="water" ids=ids(WaterScope::ALL, WaterScope::id)
                value=field(scenario, |s| s.water.id().to_owned())
                on_change=choice(scenario, WaterScope::from_id, |s, v| s.water = v) />
            <Toggle name="embodied" value=field(scenario, |s| s.embodied)
                on_change=setter(scenario, |s, on| s.embodied = on) />
            <Toggle name="training" value=field(scenario, |s| s.training)
                on_change=setter(scenario, |s, on| s.training = on) />
        </details>
    }
}
