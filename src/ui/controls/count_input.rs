use leptos::prelude::*;

use super::field_note::{FieldNote, FieldNoteText};
use crate::url::integer;

/// A count set with a slider and a number field side by side, both named like the URL parameter.
///
/// Typed values are read like link values: clamped to `min..=max`, or, if not a whole number,
/// ignored (the field shows the count again); either way a note under the field says so.
#[component]
pub fn CountInput(
    /// The URL parameter name, also the `name` of both inputs.
    name: &'static str,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The smallest count.
    #[prop(default = 0)]
    min: u32,
    /// The largest count.
    max: u32,
    /// The current count.
    value: Signal<u32>,
    /// Called with the new, clamped count.
    on_change: Callback<u32>,
) -> impl IntoView {
    let id = format!("empreinte-{name}");
    let number_id = format!("{id}-number");
    let note_id = format!("{id}-note");
    let note = RwSignal::new(FieldNote::None);
    let set = move |ev: leptos::ev::Event| {
        let (new_note, count) = FieldNote::of(integer(&event_target_value(&ev), min, max));
        note.set(new_note);
        match count {
            Some(n) => on_change.run(n),
            // Nothing the reader entered is lost: the field shows the count still in use.
            None => event_target::<web_sys::HtmlInputElement>(&ev)
                .set_value(&value.get_untracked().to_string()),
        }
    };
    view! {
        <div class="empreinte-count">
            <label for=id.clone()>{label.clone()}</label>
            <div class="empreinte-count-inputs">
                <input type="range" id=id name=name min=min max=max step="1"
                    prop:value=move || value.get().to_string() on:input=set />
                <input type="number" id=number_id.clone() name=name min=min max=max step="1"
                    aria-label=label aria-describedby=note_id.clone()
                    prop:value=move || value.get().to_string() on:change=set />
            </div>
            <FieldNoteText id=note_id note />
        </div>
    }
}
