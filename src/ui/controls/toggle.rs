use leptos::prelude::*;

use crate::ui::texts::use_texts;

/// A labelled checkbox; its label is the string `label-<name>`.
#[component]
pub fn Toggle(name: &'static str, value: Signal<bool>, on_change: Callback<bool>) -> impl IntoView {
    let t = use_texts();
    view! {
        <label class="empreinte-toggle">
            <input type="checkbox" name=name prop:checked=move || value.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev)) />
            " "{t.get(&format!("label-{name}")).to_owned()}
        </label>
    }
}
