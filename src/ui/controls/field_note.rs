use leptos::prelude::*;

use crate::ui::texts::use_texts;
use crate::url::Reading;

/// What a field did with the reader's typing: nothing to say, brought into range, or ignored.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum FieldNote {
    #[default]
    None,
    Clamped(String),
    Ignored,
}

impl FieldNote {
    /// The note for a reading, and the value to apply, if any.
    pub fn of<T>(reading: Reading<T>) -> (FieldNote, Option<T>) {
        match reading {
            Reading::Exact(v) => (FieldNote::None, Some(v)),
            Reading::Clamped(v, to) => (FieldNote::Clamped(to), Some(v)),
            Reading::Invalid => (FieldNote::Ignored, None),
        }
    }
}

/// The field's note in words, announced to screen readers, tied to its field by `id`.
#[component]
pub fn FieldNoteText(id: String, note: RwSignal<FieldNote>) -> impl IntoView {
    let t = use_texts();
    let text = move || match note.get() {
        FieldNote::None => String::new(),
        FieldNote::Clamped(to) => t.fill("field-clamped", &[("to", &to)]),
        FieldNote::Ignored => t.get("field-ignored").to_owned(),
    };
    view! { <p class="empreinte-field-note" id=id role="status">{text}</p> }
}
