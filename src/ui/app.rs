use leptos::prelude::*;

use super::claims_list::ClaimsList;
use super::collective::Collective;
use super::count_input::CountInput;
use super::headline::Headline;
use super::metric_panel::MetricPanel;
use super::texts::{Texts, use_texts};
use crate::data::Dataset;
use crate::i18n::Lang;
use crate::model::{Metric, Scenario};

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Texts(Lang::default().strings()));
    let t = use_texts();
    let scenario = RwSignal::new(Scenario::default());
    let people = RwSignal::new(1u32);
    let footprint = Memo::new(move |_| scenario.with(|s| Dataset::embedded().compute(s)));

    view! {
        <main class="empreinte" lang=t.lang().tag()>
            <h1 class="empreinte-title">{t.get("title")}</h1>
            <p class="empreinte-intro">{t.get("intro")}</p>
            <div class="empreinte-controls">
                <CountInput
                    name="images"
                    label=t.get("images")
                    max=Scenario::MAX_IMAGES
                    value=Signal::derive(move || scenario.with(|s| s.images))
                    on_change=Callback::new(move |n| scenario.update(|s| s.images = n))
                />
                <CountInput
                    name="messages"
                    label=t.get("messages")
                    max=Scenario::MAX_MESSAGES
                    value=Signal::derive(move || scenario.with(|s| s.messages))
                    on_change=Callback::new(move |n| scenario.update(|s| s.messages = n))
                />
            </div>
            <div class="empreinte-headlines">
                <Headline metric="energy" label=t.get("energy") unit="Wh"
                    estimate=Signal::derive(move || footprint.with(|f| f.energy_wh)) />
                <Headline metric="co2" label=t.get("co2") unit="g CO₂e"
                    estimate=Signal::derive(move || footprint.with(|f| f.co2_g)) />
                <Headline metric="water" label=t.get("water") unit="L"
                    estimate=Signal::derive(move || footprint.with(|f| f.water_l)) />
            </div>
            {Metric::ALL
                .iter()
                .map(|&metric| view! {
                    <MetricPanel metric scenario=scenario.into() footprint=footprint.into() />
                })
                .collect_view()}
            <ClaimsList scenario=scenario.into() />
            <Collective scenario=scenario.into() footprint=footprint.into() people />
        </main>
    }
}
