//! The sources-and-method panel's body as HTML, one file per language, written by `make data`
//! into `assets/generated/` and fetched by the widget when a reader opens the panel: the
//! bibliography and our own estimates' reasoning never weigh on the first load.

use super::escape;
use crate::data::{OwnEstimate, ReadData, Source, Title};
use crate::format::{decimal, month_year};
use crate::i18n::{Lang, Strings};

/// Where `make data` writes the panel for `lang`, relative to the repository (and, without
/// `assets/`, to the widget's page once built).
pub fn sources_html_path(lang: Lang) -> String {
    format!("assets/generated/sources-{}.html", lang.tag())
}

/// What is counted, why estimates differ, what a range means, the date of the figures, our
/// own estimates with their reasoning and data year, then every source with its link and the
/// data years of the figures taken from it. Only readers' texts: the data files' notes for
/// maintainers never reach it.
pub fn sources_html(read: &ReadData, lang: Lang) -> String {
    let t = lang.strings();
    let (year, month) = read.dataset.as_of();
    let as_of = t.fill("figures-as-of", &[("date", &month_year(year, month, lang))]);
    let mut html = format!(
        "<p data-as-of=\"{year}-{month:02}\">{}</p>\n",
        escape(&as_of)
    );
    for key in [
        "method-counted",
        "method-not-counted",
        "method-differ",
        "method-videos",
        "range-meaning",
        "published-scope",
    ] {
        html += &format!("<p>{}</p>\n", escape(t.get(key)));
    }
    html += &format!(
        "<h3>{}</h3>\n<p>{}</p>\n<ul>\n",
        escape(t.get("estimates-title")),
        escape(t.get("estimates-intro"))
    );
    for e in &read.own_estimates {
        html += &estimate_item(t, e);
    }
    html += &format!("</ul>\n<h3>{}</h3>\n<ul>\n", escape(t.get("bibliography")));
    for s in &read.sources {
        html += &source_item(t, s);
    }
    html + "</ul>\n"
}

/// "A full smartphone charge: 15 Wh (12–24; data year 2025). Our reasoning."
fn estimate_item(t: &Strings, e: &OwnEstimate) -> String {
    // Up to 6 significant digits: the figure as the data file writes it, in the reader's
    // notation (decimal comma and grouped digits in French).
    let n = |v: f64| decimal(v, t.lang(), 6);
    let unit = t.unit(&e.unit).unwrap_or(&e.unit);
    let value = if unit.is_empty() {
        n(e.range.central)
    } else {
        format!("{}\u{A0}{unit}", n(e.range.central))
    };
    let bounds = if e.range.low == e.range.high {
        String::new()
    } else {
        format!(
            "{}–{}{}",
            n(e.range.low),
            n(e.range.high),
            t.get("semicolon")
        )
    };
    format!(
        "<li data-estimate=\"{id}\"><strong>{what}</strong>{colon}{value} ({bounds}{year_label} {year}). \
         <span class=\"empreinte-note\">{why}</span></li>\n",
        id = escape(&e.id),
        what = escape(t.words(&e.reasoning.what)),
        colon = escape(t.get("colon")),
        value = escape(&value),
        bounds = escape(&bounds),
        year_label = escape(t.get("data-year")),
        year = e.year,
        why = escape(t.words(&e.reasoning.why)),
    )
}

/// "Authors, Title, Publisher, 2025. Data year: 2025. What it measured."
fn source_item(t: &Strings, s: &Source) -> String {
    // A published title is read in its own language; ours is in the reader's.
    let cite = match &s.title {
        Title::Published { text, lang } => {
            format!("<cite lang=\"{}\">{}</cite>", escape(lang), escape(text))
        }
        Title::Own(words) => format!("<cite>{}</cite>", escape(t.words(words))),
    };
    let title = if s.url.is_empty() {
        cite
    } else {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{cite}\
             <span class=\"empreinte-visually-hidden\">{}</span></a>",
            escape(&s.url),
            escape(t.get("new-tab"))
        )
    };
    let years = if s.data_years.is_empty() {
        String::new()
    } else {
        let label = t.get(if s.data_years.len() > 1 {
            "data-years"
        } else {
            "data-year"
        });
        let list: Vec<String> = s.data_years.iter().map(u16::to_string).collect();
        format!(
            "{}{}{}. ",
            escape(&capitalised(label)),
            escape(t.get("colon")),
            list.join(", ")
        )
    };
    format!(
        "<li data-source=\"{id}\">{authors}, {title}, {publisher}, {year}. {years}\
         <span class=\"empreinte-note\">{about}</span></li>\n",
        id = escape(&s.id),
        authors = escape(&s.authors),
        publisher = escape(&s.publisher),
        year = s.year,
        about = escape(t.words(&s.about)),
    )
}

/// "data year" → "Data year", at the start of a sentence.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
