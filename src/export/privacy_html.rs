//! The privacy section's body as HTML, one file per language, written by `make data` into
//! `assets/generated/` from `privacy.toml`, and fetched when a reader opens the section: three
//! things a reader can do, then what each service's published policy says, each with its
//! source and the month it was read.

use super::escape;
use crate::data::{PrivacySource, ReadData, SERVICES, privacy_month};
use crate::format::month_year;
use crate::i18n::{Lang, Strings};

/// Where `make data` writes the section for `lang`, relative to the repository.
pub fn privacy_html_path(lang: Lang) -> String {
    format!("assets/generated/privacy-{}.html", lang.tag())
}

/// "(Data Controls FAQ, OpenAI, read in December 2026)", linked.
fn cite(t: &Strings, source: &PrivacySource) -> String {
    let read = privacy_month(&source.read)
        .map(|(year, month)| month_year(year, month, t.lang()))
        .unwrap_or_default();
    format!(
        " (<a href=\"{url}\" rel=\"noopener noreferrer\" target=\"_blank\"><cite lang=\"{lang}\">{title}</cite>\
         <span class=\"empreinte-visually-hidden\">{new_tab}</span></a>, {publisher}, {read})",
        url = escape(&source.url),
        lang = escape(&source.title_lang),
        title = escape(&source.title),
        new_tab = escape(t.get("new-tab")),
        publisher = escape(&source.publisher),
        read = escape(&t.fill("privacy-read", &[("date", &read)])),
    )
}

/// Three things a reader can do first, then the statements by service.
pub fn privacy_html(read: &ReadData, lang: Lang) -> String {
    let t = lang.strings();
    let privacy = &read.privacy;
    let as_of = privacy_month(&privacy.as_of)
        .map(|(year, month)| month_year(year, month, lang))
        .unwrap_or_default();
    let mut html = format!("<h3>{}</h3>\n<ol>\n", escape(t.get("privacy-actions")));
    for a in &privacy.actions {
        if let Some(source) = privacy.source(&a.source) {
            html += &format!(
                "<li data-privacy-action=\"{}\">{}{}</li>\n",
                escape(&a.id),
                escape(t.words(&a.text)),
                cite(t, source)
            );
        }
    }
    html += &format!(
        "</ol>\n<h3>{}</h3>\n",
        escape(&t.fill("privacy-policies", &[("date", &as_of)]))
    );
    for service in SERVICES {
        let items: String = privacy
            .statements
            .iter()
            .filter(|s| s.service == service)
            .filter_map(|s| {
                let source = privacy.source(&s.source)?;
                Some(format!(
                    "<li data-statement=\"{}\">{}{}</li>\n",
                    escape(&s.id),
                    escape(t.words(&s.text)),
                    cite(t, source)
                ))
            })
            .collect();
        if !items.is_empty() {
            html += &format!(
                "<h4>{}</h4>\n<ul>\n{items}</ul>\n",
                escape(t.get(&format!("privacy-service-{service}")))
            );
        }
    }
    html
}
