//! `sources.toml`: the bibliography, with a reader's text for each source.

use serde::Deserialize;

use crate::model::Evidence;

use super::error::{DataError, refuse};
use crate::data::{Source, Title, Words};

/// A title as the file writes it: a published title (with `title_lang`), or the
/// project's own title in each language.
#[derive(Deserialize)]
#[serde(untagged)]
enum TitleEntry {
    Published(String),
    Own(Words),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SourceEntry {
    id: String,
    authors: String,
    title: TitleEntry,
    /// The published title's language (`fr` or `en`).
    #[serde(default)]
    title_lang: Option<String>,
    publisher: String,
    year: u16,
    /// `measured`, `disclosed`, `estimated` or `ours` (see `model::Evidence`).
    evidence: String,
    url: String,
    about: Words,
    /// For maintainers only: what was checked, licences, access dates.
    note: String,
}

/// The languages a quote or a title may be in: the widget's.
pub(crate) fn known_lang(tag: &str) -> bool {
    matches!(tag, "fr" | "en")
}

impl SourceEntry {
    pub(crate) fn into_source(self) -> Result<Source, DataError> {
        let id = self.id;
        let title = match (self.title, self.title_lang) {
            (TitleEntry::Published(text), Some(lang)) if known_lang(&lang) => Title::Published {
                text: text.into(),
                lang: lang.into(),
            },
            (TitleEntry::Own(words), None) if words.is_complete() => Title::Own(words),
            _ => {
                return refuse(format!(
                    "sources.toml: `{id}` needs a title with `title_lang` (fr or en), \
                     or a title in each language (title.fr, title.en)"
                ));
            }
        };
        let blank = [&self.authors, &self.publisher, &self.note]
            .iter()
            .any(|field| field.trim().is_empty());
        if blank || !self.about.is_complete() {
            return refuse(format!(
                "sources.toml: `{id}` needs authors, publisher, a note and `about` in fr and en"
            ));
        }
        let Some(evidence) = Evidence::from_id(&self.evidence) else {
            return refuse(format!(
                "sources.toml: `{id}` evidence `{}` is not measured, disclosed, estimated or ours",
                self.evidence
            ));
        };
        Ok(Source {
            id: id.into(),
            evidence,
            authors: self.authors.into(),
            title,
            publisher: self.publisher.into(),
            year: self.year,
            url: self.url.into(),
            about: self.about,
            data_years: Vec::new().into(),
        })
    }
}
