use leptos::prelude::*;

use crate::data::Dataset;
use crate::format::{decimal, month_year};
use crate::ui::texts::use_texts;

/// Sources and method: what is counted, why estimates differ, what a range means, the date
/// of the figures, every source with its link and the data years of the figures taken from
/// it, and which figures are our own estimates (with their reasoning and data year).
#[component]
pub fn SourcesPanel() -> impl IntoView {
    let t = use_texts();
    let data = Dataset::embedded();
    let sources = data
        .sources()
        .iter()
        .map(|s| {
            let title = s.title.clone();
            let link = (!s.url.is_empty()).then(|| {
                view! {
                    <a href=s.url.clone() rel="noopener noreferrer" target="_blank">
                        {title.clone()}
                        <span class="empreinte-visually-hidden">{t.get("new-tab")}</span>
                    </a>
                }
            });
            let plain = s.url.is_empty().then(|| title.clone());
            let years = s
                .data_years
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            let years_label = t.get(if s.data_years.len() > 1 {
                "data-years"
            } else {
                "data-year"
            });
            let years = (!s.data_years.is_empty())
                .then(|| format!("{years_label}{}{years}. ", t.get("colon")));
            view! {
                <li data-source=s.id.clone()>
                    {s.authors.clone()}", "{link}{plain}", "{s.publisher.clone()}", "{s.year}". "
                    {years}
                    <span class="empreinte-note">{s.note.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let estimates = data
        .own_estimates()
        .iter()
        .filter_map(|c| c.estimate.as_ref().map(|why| (c, why)))
        .map(|(c, why)| {
            // Up to 6 significant digits: the figure as the data file writes it, in the
            // reader's notation (decimal comma in French).
            let n = |v: f64| decimal(v, t.lang(), 6);
            view! {
                <li data-estimate=c.id.clone()>
                    <code>{c.id.clone()}</code>{t.get("colon")}{n(c.value)}" "{c.unit.clone()}
                    " ("{n(c.low)}"–"{n(c.high)}{t.get("semicolon")}{t.get("data-year")}" "{c.year}"). "
                    <span class="empreinte-note">{why.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let (year, month) = data.as_of();
    let as_of = t.fill(
        "figures-as-of",
        &[("date", &month_year(year, month, t.lang()))],
    );
    view! {
        <details class="empreinte-sources">
            <summary>{t.get("sources-title")}</summary>
            <p data-as-of=format!("{year}-{month:02}")>{as_of}</p>
            <p>{t.get("method-counted")}</p>
            <p>{t.get("method-not-counted")}</p>
            <p>{t.get("method-differ")}</p>
            <p>{t.get("range-meaning")}</p>
            <p>{t.get("published-scope")}</p>
            <h3>{t.get("estimates-title")}</h3>
            <p>{t.get("estimates-intro")}</p>
            <ul>{estimates}</ul>
            <h3>{t.get("bibliography")}</h3>
            <ul>{sources}</ul>
        </details>
    }
}
