use leptos::prelude::*;

use crate::compare::{collective_rows, week_of_images};
use crate::data::Dataset;
use crate::format::{decimal, quantity};
use crate::model::{Footprint, Impact, Metric, Scenario};
use crate::ui::controls::count_input::CountInput;
use crate::ui::texts::use_texts;
use crate::url::UrlState;

/// Largest number of people a reader can set (the link's accepted range).
pub const MAX_PEOPLE: u32 = UrlState::PEOPLE_RANGE.1 as u32;

/// The footprint times the number of people the reader sets, and the first week's 700
/// million images, each set beside large things (homes' electricity, pools, yearly footprints).
#[component]
pub fn Collective(
    scenario: Signal<Scenario>,
    footprint: Signal<Footprint>,
    people: RwSignal<u32>,
) -> impl IntoView {
    let t = use_texts();
    let data = Dataset::embedded();
    // A template with `{energy}`, `{co2}` and `{water}` filled from `impact`, and `extra`.
    let fill_impact = move |key: &str, impact: Impact, extra: &[(&str, &str)]| {
        let q = |m: Metric| quantity(m, impact.get(m).central, t.lang(), 2);
        let (energy, co2, water) = (q(Metric::Energy), q(Metric::Co2), q(Metric::Water));
        let mut values = vec![
            ("energy", energy.as_str()),
            ("co2", co2.as_str()),
            ("water", water.as_str()),
        ];
        values.extend_from_slice(extra);
        t.fill(key, &values)
    };
    let total = move || {
        let impact = footprint
            .with(|f| f.total())
            .scale_by(crate::model::Estimate::exact(f64::from(people.get())));
        let count = decimal(f64::from(people.get()), t.lang(), 9);
        let sentence = fill_impact("collective-total", impact, &[("people", &count)]);
        let comparisons = Metric::ALL
            .iter()
            .flat_map(|&m| collective_rows(m, impact.get(m), data))
            // Counts a reader can picture: "0,015 year of a town's electricity" says nothing.
            .filter(|row| row.count >= 1.0)
            .map(|row| {
                let key = format!("ref-{}", row.id);
                let label = t.plural(&key, row.count);
                t.fill(
                    "collective-count",
                    &[
                        ("count", &decimal(row.count, t.lang(), 2)),
                        ("label", label),
                    ],
                )
            })
            .map(|text| view! { <li>{text}</li> })
            .collect_view();
        view! {
            <p data-collective="people">{sentence}</p>
            <ul>{comparisons}</ul>
        }
    };
    let week = move || {
        scenario
            .with(|s| week_of_images(s, data))
            .map(|impact| fill_impact("week-title", impact, &[]))
    };
    // Closed unless the link set a crowd: most readers look at their own use first.
    let open = people.get_untracked() > 1;
    view! {
        <details class="empreinte-collective" open=open>
            <summary><h2>{t.get("collective-title")}</h2></summary>
            <CountInput
                name="people"
                label=t.get("people")
                min=1
                max=MAX_PEOPLE
                logarithmic=true
                value=Signal::derive(move || people.get())
                on_change=Callback::new(move |n| people.set(n))
            />
            {total}
            <p data-collective="week">{week}</p>
        </details>
    }
}
