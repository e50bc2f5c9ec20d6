use leptos::prelude::*;

use crate::ui::texts::use_texts;

/// A labelled `<select>` over stable ids; its label is `label-<name>`, each option `opt-<name>-<id>`.
/// Option names are short, so the closed select shows them whole at 320 px; what a choice is
/// (maker, date, status) is `hint-<name>-<id>`, shown under the select for the chosen one.
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
    let hint_id = format!("{id}-hint");
    let hint = move || value.with(|v| t.find(&format!("hint-{name}-{v}")).unwrap_or_default());
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
            <select id=id name=name aria-describedby=hint_id.clone() on:change=move |ev| {
                let chosen = event_target_value(&ev);
                if choices.contains(&chosen) {
                    on_change.run(chosen);
                }
            }>{options}</select>
            <p class="empreinte-choice-hint" id=hint_id>{hint}</p>
        </div>
    }
}
