use leptos::prelude::*;

use super::choice_select::ChoiceSelect;
use super::count_input::CountInput;
use super::optional_number::OptionalNumber;
use super::texts::use_texts;
use super::toggle::Toggle;
use crate::data::Dataset;
use crate::model::{
    ChatModel, ChatSource, ImageModel, ImageQuality, RegionCode, Scenario, WaterScope,
};

/// Reads one field of the scenario as a signal. A memo, so that a control (and each option
/// of a select) updates only when its own field changes, not on every move of another one.
fn field<T: PartialEq + Send + Sync + 'static>(
    scenario: RwSignal<Scenario>,
    get: impl Fn(&Scenario) -> T + Send + Sync + 'static,
) -> Signal<T> {
    Memo::new(move |_| scenario.with(&get)).into()
}

/// Writes one field of the scenario.
fn setter<T: 'static>(
    scenario: RwSignal<Scenario>,
    set: impl Fn(&mut Scenario, T) + Send + Sync + 'static,
) -> Callback<T> {
    Callback::new(move |value| scenario.update(|s| set(s, value)))
}

/// Writes a choice of the scenario from a select's id (always one the select offered).
fn choice<T: 'static>(
    scenario: RwSignal<Scenario>,
    from_id: fn(&str) -> Option<T>,
    set: fn(&mut Scenario, T),
) -> Callback<String> {
    Callback::new(move |id: String| {
        if let Some(value) = from_id(&id) {
            scenario.update(|s| set(s, value));
        }
    })
}

/// The ids of a choice enum, for a select.
fn ids<T: Copy>(all: &[T], id: impl Fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|&c| id(c).to_owned()).collect()
}

/// Every input of the scenario, grouped as a reader thinks of them, the rarely changed ones
/// in a closed "advanced" section. Each control's `name` is its URL parameter.
#[component]
pub fn Controls(scenario: RwSignal<Scenario>) -> impl IntoView {
    let t = use_texts();
    let regions: Vec<String> = Dataset::embedded()
        .regions()
        .map(|r| r.id().to_owned())
        .collect();
    let ignores_model = move || scenario.with(|s| !s.chat_source.uses_model());
    view! {
        <div class="empreinte-controls">
            <fieldset>
                <legend>{t.get("group-images")}</legend>
                <CountInput name="images" label=t.get("images") max=Scenario::MAX_IMAGES
                    value=field(scenario, |s| s.images) on_change=setter(scenario, |s, n| s.images = n) />
                <ChoiceSelect name="image_model" ids=ids(ImageModel::ALL, ImageModel::id)
                    value=field(scenario, |s| s.image_model.id().to_owned())
                    on_change=choice(scenario, ImageModel::from_id, |s, v| s.image_model = v) />
                <ChoiceSelect name="quality" ids=ids(ImageQuality::ALL, ImageQuality::id)
                    value=field(scenario, |s| s.quality.id().to_owned())
                    on_change=choice(scenario, ImageQuality::from_id, |s, v| s.quality = v) />
            </fieldset>
            <fieldset>
                <legend>{t.get("group-chat")}</legend>
                <CountInput name="messages" label=t.get("messages") max=Scenario::MAX_MESSAGES
                    value=field(scenario, |s| s.messages) on_change=setter(scenario, |s, n| s.messages = n) />
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
            <details class="empreinte-advanced">
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
        </div>
    }
}
