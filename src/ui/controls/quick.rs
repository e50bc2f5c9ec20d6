use leptos::prelude::*;

use super::count_input::CountInput;
use super::fields::{field, setter};
use crate::model::Scenario;
use crate::ui::texts::use_texts;

/// The two counts nearly every reader changes, right under the results.
#[component]
pub fn QuickControls(scenario: RwSignal<Scenario>) -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="empreinte-controls empreinte-quick">
            <CountInput name="images" label=t.get("images") max=Scenario::MAX_IMAGES
                value=field(scenario, |s| s.images) on_change=setter(scenario, |s, n| s.images = n) />
            <CountInput name="messages" label=t.get("messages") max=Scenario::MAX_MESSAGES
                value=field(scenario, |s| s.messages) on_change=setter(scenario, |s, n| s.messages = n) />
        </div>
    }
}
