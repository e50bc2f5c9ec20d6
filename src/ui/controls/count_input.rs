use leptos::prelude::*;

use super::field_note::{FieldNote, FieldNoteText};
use crate::compare::{count_stops, stop_index};
use crate::format::decimal;
use crate::i18n::Lang;
use crate::ui::texts::use_texts;
use crate::url::{Reading, grouped_integer};

/// A count set with a slider and a number field side by side, both named like the URL parameter.
///
/// Typed values are read like link values: clamped to `min..=max`, or, if not a whole number,
/// ignored (the field shows the count again); either way a note under the field says so. The
/// field writes and reads digits grouped as the reader's language does ("1 000", "1,000"),
/// so it is a text field with a numeric keyboard rather than `type=number`.
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
    /// A slider by orders of magnitude (1, 2, 5, 10…), for counts spanning millions.
    #[prop(optional)]
    logarithmic: bool,
    /// The current count.
    value: Signal<u32>,
    /// Called with the new, clamped count.
    on_change: Callback<u32>,
) -> impl IntoView {
    let t = use_texts();
    let lang = t.lang();
    let id = format!("empreinte-{name}");
    let number_id = format!("{id}-number");
    let note_id = format!("{id}-note");
    let note = RwSignal::new(FieldNote::None);
    let shown = move |n: u32| decimal(f64::from(n), lang, 10);
    // The field's width: its largest value, grouped, and a little room.
    let size = shown(max).chars().count() + 1;
    let group = match lang {
        Lang::En => Some(','),
        Lang::Fr => None,
    };
    let typed = move |ev: leptos::ev::Event| {
        let reading = match grouped_integer(&event_target_value(&ev), group, min, max) {
            Reading::Clamped(n, _) => Reading::Clamped(n, shown(n)),
            other => other,
        };
        let (new_note, count) = FieldNote::of(reading);
        note.set(new_note);
        if let Some(n) = count {
            on_change.run(n);
        }
        // The field shows the count in use: clamped, kept, or the same as before.
        event_target::<web_sys::HtmlInputElement>(&ev).set_value(&shown(value.get_untracked()));
    };
    let stops = logarithmic.then(|| count_stops(max));
    let slider = match stops {
        Some(stops) => {
            let last = stops.len() - 1;
            let at = {
                let stops = stops.clone();
                move || stop_index(&stops, value.get()).to_string()
            };
            let moved = move |ev: leptos::ev::Event| {
                note.set(FieldNote::None);
                if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                    on_change.run(stops[i.min(last)]);
                }
            };
            view! {
                <input type="range" id=id.clone() name=name min="0" max=last step="1"
                    prop:value=at aria-valuetext=move || shown(value.get()) on:input=moved />
            }
            .into_any()
        }
        None => {
            let moved = move |ev: leptos::ev::Event| {
                note.set(FieldNote::None);
                if let Reading::Exact(n) | Reading::Clamped(n, _) =
                    crate::url::integer(&event_target_value(&ev), min, max)
                {
                    on_change.run(n);
                }
            };
            view! {
                <input type="range" id=id.clone() name=name min=min max=max step="1"
                    prop:value=move || value.get().to_string() on:input=moved />
            }
            .into_any()
        }
    };
    view! {
        <div class="empreinte-count">
            <label for=id>{label.clone()}</label>
            <div class="empreinte-count-inputs">
                {slider}
                <input type="text" inputmode="numeric" autocomplete="off" id=number_id
                    name=name size=size aria-label=label aria-describedby=note_id.clone()
                    prop:value=move || shown(value.get()) on:change=typed />
            </div>
            <FieldNoteText id=note_id note />
        </div>
    }
}
