use leptos::prelude::*;

use crate::ui::texts::use_texts;

/// A labelled `<select>` over stable ids; its label is `label-<name>`, each option `opt-<name>-<id>`.
#[component]
pub fn ChoiceSelect(
    /// The URL parameter name, also the select's `name`.
    name: &'static str,
    /// The ids to offer, in display order.
    ids: Vec<String>,
    /// The selected id.
    value: Signal<String>,
    /// Called with the chosen id, always one of `ids`.
    on_change: Callback<String>,
) -> impl IntoView {
    let t = use_texts();
    let id = format!("empreinte-{name}");
    let choices = ids.clone();
    let options = ids
        .into_iter()
        .map(|option| {
            let label = t.get(&format!("opt-{name}-{option}")).to_owned();
            let selected = option.clone();
            view! {
                <option value=option selected=move || value.with(|v| *v == selected)>{label}</option>
            }
        })
        .collect_view();
    view! {
        <div class="empreinte-field">
            <label for=id.clone()>{t.get(&format!("label-{name}")).to_owned()}</label>
            <select id=id name=name on:change=move |ev| {
                let chosen = event_target_value(&ev);
                if choices.contains(&chosen) {
                    on_change.run(chosen);
                }
            }>{options}</select>
        </div>
    }
}
