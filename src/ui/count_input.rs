use leptos::prelude::*;

/// A count set with a slider and a number field side by side, both named like the URL parameter.
///
/// Typed values are clamped to `min..=max`; text that is not a number leaves the count unchanged.
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
    let set = move |ev: leptos::ev::Event| {
        if let Ok(n) = event_target_value(&ev).trim().parse::<f64>()
            && n.is_finite()
        {
            on_change.run(n.clamp(f64::from(min), f64::from(max)).round() as u32);
        }
    };
    view! {
        <div class="empreinte-count">
            <label for=id.clone()>{label.clone()}</label>
            <div class="empreinte-count-inputs">
                <input type="range" id=id name=name min=min max=max step="1"
                    prop:value=move || value.get().to_string() on:input=set />
                <input type="number" id=number_id.clone() name=name min=min max=max step="1"
                    aria-label=label prop:value=move || value.get().to_string() on:change=set />
            </div>
        </div>
    }
}
