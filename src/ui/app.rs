use leptos::prelude::*;

use super::count_input::CountInput;
use super::energy_chart::EnergyChart;
use super::headline::Headline;
use super::texts::{Texts, use_texts};
use crate::i18n::Lang;
use crate::model::{self, Scenario};

/// Largest image count a reader can set.
const MAX_IMAGES: u32 = 200;
/// Largest chat message count a reader can set.
const MAX_MESSAGES: u32 = 1000;

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Texts(Lang::default().strings()));
    let t = use_texts();
    let scenario = RwSignal::new(Scenario::default());
    let footprint = Memo::new(move |_| scenario.with(model::compute));

    view! {
        <main class="empreinte" lang=t.lang().tag()>
            <h1 class="empreinte-title">{t.get("title")}</h1>
            <p class="empreinte-intro">{t.get("intro")}</p>
            <div class="empreinte-controls">
                <CountInput
                    name="images"
                    label=t.get("images")
                    max=MAX_IMAGES
                    value=Signal::derive(move || scenario.with(|s| s.images))
                    on_change=Callback::new(move |n| scenario.update(|s| s.images = n))
                />
                <CountInput
                    name="messages"
                    label=t.get("messages")
                    max=MAX_MESSAGES
                    value=Signal::derive(move || scenario.with(|s| s.messages))
                    on_change=Callback::new(move |n| scenario.update(|s| s.messages = n))
                />
            </div>
            <Headline metric="energy" label=t.get("energy") unit="Wh"
                estimate=Signal::derive(move || footprint.with(|f| f.energy_wh)) />
            <EnergyChart scenario=scenario.into() footprint=footprint.into() />
        </main>
    }
}
