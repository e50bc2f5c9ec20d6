use leptos::prelude::*;

use crate::model::Scenario;
use crate::ui::texts::use_texts;
use crate::url::Preset;

/// Ready-made scenarios and a reset. The selected preset is derived from the scenario (the
/// one it equals, or "custom"), never stored, so it cannot go stale.
#[component]
pub fn Presets(scenario: RwSignal<Scenario>) -> impl IntoView {
    let t = use_texts();
    // Found once per change and shared by every option, which updates only when it changes.
    let current = Memo::new(move |_| {
        scenario.with(|s| {
            Preset::ALL
                .iter()
                .find(|p| p.scenario() == *s)
                .map(|p| p.id())
        })
    });
    let hint = move || {
        current
            .get()
            .and_then(|id| t.find(&format!("hint-preset-{id}")))
            .unwrap_or_default()
    };
    let options = Preset::ALL
        .iter()
        .map(|p| {
            let id = p.id();
            view! {
                <option value=id selected=move || current.get() == Some(id)>
                    {t.get(&format!("opt-preset-{id}")).to_owned()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="empreinte-presets empreinte-field">
            <label for="empreinte-preset">{t.get("label-preset")}</label>
            <select id="empreinte-preset" name="preset" aria-describedby="empreinte-preset-hint" on:change=move |ev| {
                if let Some(p) = Preset::from_id(&event_target_value(&ev)) {
                    scenario.set(p.scenario());
                }
            }>
                <option value="" selected=move || current.get().is_none()>{t.get("opt-preset-custom")}</option>
                {options}
            </select>
            <p class="empreinte-choice-hint" id="empreinte-preset-hint">{hint}</p>
            <button type="button" class="empreinte-reset" on:click=move |_| scenario.set(Scenario::default())>
                {t.get("reset")}
            </button>
        </div>
    }
}
