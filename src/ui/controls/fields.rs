//! Reading and writing one field of the scenario, for the controls.

use leptos::prelude::*;

use crate::model::Scenario;

/// Reads one field of the scenario as a signal. A memo, so that a control (and each option
/// of a select) updates only when its own field changes, not on every move of another one.
pub fn field<T: PartialEq + Send + Sync + 'static>(
    scenario: RwSignal<Scenario>,
    get: impl Fn(&Scenario) -> T + Send + Sync + 'static,
) -> Signal<T> {
    Memo::new(move |_| scenario.with(&get)).into()
}

/// Writes one field of the scenario.
pub fn setter<T: 'static>(
    scenario: RwSignal<Scenario>,
    set: impl Fn(&mut Scenario, T) + Send + Sync + 'static,
) -> Callback<T> {
    Callback::new(move |value| scenario.update(|s| set(s, value)))
}

/// Writes a choice of the scenario from a select's id (always one the select offered).
pub fn choice<T: 'static>(
    scenario: RwSignal<Scenario>,
    from_id: fn(&str) -> Option<T>,
    set: fn(&mut Scenario, T),
) -> Callback<String> {
    Callback::new(move |id: String| {
        if let Some(value) = from_id(&id) {
            scenario.update(|s| set(s, value));
        }
    })
}

/// The ids of a choice enum, for a select.
pub fn ids<T: Copy>(all: &[T], id: impl Fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|&c| id(c).to_owned()).collect()
}
