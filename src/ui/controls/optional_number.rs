use leptos::prelude::*;

use super::field_note::{FieldNote, FieldNoteText};
use crate::format::decimal;
use crate::ui::texts::use_texts;
use crate::url::{Reading, ratio};

/// A decimal field that may be left empty (meaning "use the default range").
///
/// Read like a link value (a decimal comma is fine): values outside `range` are clamped and the
/// field shows the clamped value; text that is not a number is ignored and the field shows
/// the value still in use; a note under the field says which.
#[component]
pub fn OptionalNumber(
    /// The URL parameter name, also the input's `name`; its label is `label-<name>`.
    name: &'static str,
    /// Accepted values, inclusive.
    range: (f64, f64),
    value: Signal<Option<f64>>,
    on_change: Callback<Option<f64>>,
) -> impl IntoView {
    let t = use_texts();
    // The value in use as the reader's language writes it ("1,2" in French).
    let shown = move |v: Option<f64>| v.map(|v| decimal(v, t.lang(), 6)).unwrap_or_default();
    let id = format!("empreinte-{name}");
    let note_id = format!("{id}-note");
    let note = RwSignal::new(FieldNote::None);
    let set = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let reading = if text.trim().is_empty() {
            Reading::Exact(None)
        } else {
            ratio(&text, range)
        };
        let (new_note, override_value) = FieldNote::of(reading);
        note.set(new_note);
        if let Some(v) = override_value {
            on_change.run(v);
        }
        // Clamped, kept or ignored, the field shows the value in use, even when it did not
        // change (a second 99999 clamped to the same 3).
        event_target::<web_sys::HtmlInputElement>(&ev).set_value(&shown(value.get_untracked()));
    };
    view! {
        <div class="empreinte-field">
            <label for=id.clone()>{t.get(&format!("label-{name}")).to_owned()}</label>
            <input type="text" inputmode="decimal" id=id name=name aria-describedby=note_id.clone()
                prop:value=move || shown(value.get())
                on:change=set />
            <FieldNoteText id=note_id note />
        </div>
    }
}
