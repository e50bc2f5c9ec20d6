use leptos::prelude::*;

use crate::data::{Dataset, OwnEstimate, Source, Title};
use crate::format::{decimal, month_year};
use crate::i18n::Strings;
use crate::ui::texts::use_texts;

/// Sources and method: what is counted, why estimates differ, what a range means, the date
/// of the figures, every source with its link and the data years of the figures taken from
/// it, and which figures are our own estimates (with their reasoning and data year). Only
/// readers' texts: the data files' maintainers' notes never reach the page.
#[component]
pub fn SourcesPanel() -> impl IntoView {
    let t = use_texts();
    let data = Dataset::embedded();
    let sources = data
        .sources()
        .iter()
        .map(|s| source_item(t, s))
        .collect_view();
    let estimates = data
        .own_estimates()
        .iter()
        .map(|e| estimate_item(t, e))
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

/// "Authors, Title, Publisher, 2025. Data year: 2025. What it measured."
fn source_item(t: &'static Strings, s: &'static Source) -> impl IntoView + use<> {
    // A published title is read in its own language; ours is in the reader's.
    let (title, title_lang) = match &s.title {
        Title::Published { text, lang } => (text.as_ref(), Some(lang.as_ref())),
        Title::Own(words) => (t.words(words), None),
    };
    let title = if s.url.is_empty() {
        view! { <cite lang=title_lang>{title}</cite> }.into_any()
    } else {
        view! {
            <a href=s.url.as_ref() rel="noopener noreferrer" target="_blank">
                <cite lang=title_lang>{title}</cite>
                <span class="empreinte-visually-hidden">{t.get("new-tab")}</span>
            </a>
        }
        .into_any()
    };
    let years_label = t.get(if s.data_years.len() > 1 {
        "data-years"
    } else {
        "data-year"
    });
    let years = (!s.data_years.is_empty()).then(|| {
        let list = s
            .data_years
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        format!("{}{}{list}. ", capitalised(years_label), t.get("colon"))
    });
    view! {
        <li data-source=s.id.as_ref()>
            {s.authors.as_ref()}", "{title}", "{s.publisher.as_ref()}", "{s.year}". "
            {years}
            <span class="empreinte-note">{t.words(&s.about)}</span>
        </li>
    }
}

/// "A full smartphone charge: 15 Wh (12–24; data year 2025). Our reasoning."
fn estimate_item(t: &'static Strings, e: &'static OwnEstimate) -> impl IntoView + use<> {
    // Up to 6 significant digits: the figure as the data file writes it, in the reader's
    // notation (decimal comma and grouped digits in French).
    let n = |v: f64| decimal(v, t.lang(), 6);
    let unit = t.unit(&e.unit).unwrap_or(&e.unit);
    let value = if unit.is_empty() {
        n(e.range.central)
    } else {
        format!("{}\u{A0}{unit}", n(e.range.central))
    };
    let bounds = (e.range.low != e.range.high).then(|| {
        format!(
            "{}–{}{}",
            n(e.range.low),
            n(e.range.high),
            t.get("semicolon")
        )
    });
    let year = format!("{} {}", t.get("data-year"), e.year);
    view! {
        <li data-estimate=e.id.as_ref()>
            <strong>{t.words(&e.reasoning.what)}</strong>{t.get("colon")}{value}
            " ("{bounds}{year}"). "
            <span class="empreinte-note">{t.words(&e.reasoning.why)}</span>
        </li>
    }
}

/// "data year" → "Data year", at the start of a sentence.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
