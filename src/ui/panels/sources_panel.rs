use leptos::prelude::*;

use crate::data::Dataset;
use crate::format::decimal;
use crate::ui::texts::use_texts;

/// Sources and method: what is counted, why estimates differ, every source with its link,
/// and which figures are our own estimates (with their reasoning).
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
                view! { <a href=s.url.clone() rel="noopener noreferrer" target="_blank">{title.clone()}</a> }
            });
            let plain = s.url.is_empty().then(|| title.clone());
            view! {
                <li data-source=s.id.clone()>
                    {s.authors.clone()}", "{link}{plain}", "{s.publisher.clone()}", "{s.year}". "
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
                    " ("{n(c.low)}"–"{n(c.high)}"). "
                    <span class="empreinte-note">{why.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="empreinte-sources">
            <summary>{t.get("sources-title")}</summary>
            <p>{t.get("method-counted")}</p>
            <p>{t.get("method-not-counted")}</p>
            <p>{t.get("method-differ")}</p>
            <h3>{t.get("estimates-title")}</h3>
            <p>{t.get("estimates-intro")}</p>
            <ul>{estimates}</ul>
            <h3>{t.get("bibliography")}</h3>
            <ul>{sources}</ul>
        </details>
    }
}
