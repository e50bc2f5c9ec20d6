use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::metric_panel::MetricPanel;
use crate::model::{Footprint, Metric, Scenario};
use crate::ui::page::later::{Later, Part};
use crate::ui::texts::use_texts;

/// The reader's footprint among everyday uses, one metric at a time behind tabs (energy
/// first): three full charts one under the other were most of the widget's length on a phone.
/// The tabs follow the WAI-ARIA tabs pattern: arrow keys, Home and End move between them.
#[component]
pub fn Comparisons(
    scenario: Signal<Scenario>,
    footprint: Signal<Footprint>,
    /// The width the charts are drawn at, in CSS px.
    width: ReadSignal<u32>,
) -> impl IntoView {
    let t = use_texts();
    const FIRST: Metric = Metric::Energy;
    let selected = RwSignal::new(FIRST);
    let select = move |metric: Metric, focus: bool| {
        selected.set(metric);
        if let Some(tab) = focus
            .then(|| document().get_element_by_id(&tab_id(metric)))
            .flatten()
        {
            let _ = tab.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let all = Metric::ALL;
        let at = all
            .iter()
            .position(|m| *m == selected.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => (at + 1) % all.len(),
            "ArrowLeft" | "ArrowUp" => (at + all.len() - 1) % all.len(),
            "Home" => 0,
            "End" => all.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        select(all[next], true);
    };
    let tabs = Metric::ALL
        .iter()
        .map(|&metric| {
            let is = move || selected.get() == metric;
            view! {
                <button type="button" role="tab" id=tab_id(metric) data-tab=metric.id()
                    aria-controls=panel_id(metric)
                    aria-selected=move || is().to_string()
                    tabindex=move || if is() { "0" } else { "-1" }
                    on:click=move |_| select(metric, false)>
                    {t.get(&format!("tab-{}", metric.id())).to_owned()}
                </button>
            }
        })
        .collect_view();
    let panels = Metric::ALL
        .iter()
        .map(|&metric| {
            let shown = Signal::derive(move || selected.get() == metric);
            // The tab shown at first is built with the app; the others just after.
            let part = if metric == FIRST {
                Part::Comparisons
            } else {
                Part::OtherTabs
            };
            view! { <Later part><MetricPanel metric scenario footprint width shown /></Later> }
        })
        .collect_view();
    view! {
        <section class="empreinte-comparisons" aria-labelledby="empreinte-compare-title">
            <h2 id="empreinte-compare-title">{t.get("compare-title")}</h2>
            <div class="empreinte-tabs" role="tablist" aria-labelledby="empreinte-compare-title"
                on:keydown=on_key>
                {tabs}
            </div>
            {panels}
        </section>
    }
}

/// The id of a metric's tab, which labels its panel.
pub fn tab_id(metric: Metric) -> String {
    format!("empreinte-tab-{}", metric.id())
}

/// The id of a metric's panel, which its tab controls.
pub fn panel_id(metric: Metric) -> String {
    format!("empreinte-panel-{}", metric.id())
}
