use leptos::prelude::*;

use super::texts::use_texts;
use crate::chart::{Bar, BarChart, bar_chart_svg};
use crate::format::decimal;
use crate::model::Footprint;

/// The energy of images, chat and both, as a bar chart.
#[component]
pub fn EnergyChart(footprint: Signal<Footprint>) -> impl IntoView {
    let t = use_texts();
    let svg = move || {
        let f = footprint.get();
        let bar = |id: &str, key: &str, value: f64, highlight: bool| Bar {
            id: id.to_owned(),
            label: t.get(key).to_owned(),
            value,
            value_label: format!("{} Wh", decimal(value, t.lang(), 2)),
            highlight,
        };
        let chart = BarChart {
            bars: vec![
                bar(
                    "images",
                    "bar_images",
                    f.by_activity.images.energy_wh.central,
                    false,
                ),
                bar(
                    "chat",
                    "bar_chat",
                    f.by_activity.chat.energy_wh.central,
                    false,
                ),
                bar("scenario", "bar_total", f.energy_wh.central, true),
            ],
        };
        bar_chart_svg(&chart).unwrap_or_default()
    };
    view! {
        <figure class="empreinte-chart" data-chart="energy">
            <figcaption>{t.get("chart_energy")}</figcaption>
            <div class="empreinte-chart-svg" inner_html=svg></div>
        </figure>
    }
}
