use leptos::prelude::*;

use super::texts::use_texts;

/// A decimal field that may be left empty (meaning "use the default range").
///
/// Accepts a decimal comma as French readers type it; values outside `range` are clamped and
/// the field shows the clamped value; text that is not a number is dropped back to empty.
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
    let id = format!("empreinte-{name}");
    let set = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let parsed = text
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite());
        on_change.run(parsed.map(|v| v.clamp(range.0, range.1)));
    };
    view! {
        <div class="empreinte-field">
            <label for=id.clone()>{t.get(&format!("label-{name}")).to_owned()}</label>
            <input type="text" inputmode="decimal" id=id name=name
                prop:value=move || value.get().map(|v| v.to_string()).unwrap_or_default()
                on:change=set />
        </div>
    }
}
