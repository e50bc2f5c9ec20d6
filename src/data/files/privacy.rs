//! `privacy.toml`: what the services' published policies say about what a reader shares, each
//! statement with its source and the month it was read, in French and English. Native only:
//! `make data` writes it as the privacy section's HTML (`export::privacy_html`).

use serde::Deserialize;

use super::error::{DataError, refuse};
use super::sources::known_lang;
use crate::data::Words;

/// A page a statement rests on.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivacySource {
    pub id: String,
    /// Names only.
    pub authors: String,
    pub title: String,
    pub title_lang: String,
    /// Names and domains only.
    pub publisher: String,
    pub year: u16,
    pub url: String,
    /// `YYYY-MM`: when the page was read; policies change.
    pub read: String,
    /// For maintainers: what the page says that the statements use.
    pub note: String,
}

/// One thing a policy says, for readers.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    /// `chatgpt`, `gemini`, `le-chat` or `general`.
    pub service: String,
    /// `training`, `retention`, `opt-out`, `temporary`, `photos` or `rights`.
    pub topic: String,
    pub source: String,
    pub text: Words,
}

/// One thing a reader can do.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    pub source: String,
    pub text: Words,
}

/// The file, checked.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Privacy {
    /// `YYYY-MM`: when the statements were last checked as a whole.
    pub as_of: String,
    #[serde(rename = "source")]
    pub sources: Vec<PrivacySource>,
    #[serde(rename = "statement")]
    pub statements: Vec<Statement>,
    #[serde(rename = "action")]
    pub actions: Vec<Action>,
}

/// The services, in the order the section lists them.
pub const SERVICES: [&str; 4] = ["chatgpt", "gemini", "le-chat", "general"];
const TOPICS: [&str; 6] = [
    "training",
    "retention",
    "opt-out",
    "temporary",
    "photos",
    "rights",
];

/// `YYYY-MM` as (year, month).
pub fn year_month(text: &str) -> Option<(u16, u16)> {
    let (y, m) = text.split_once('-')?;
    let (year, month) = (y.parse::<u16>().ok()?, m.parse::<u16>().ok()?);
    (y.len() == 4 && m.len() == 2 && (1..=12).contains(&month)).then_some((year, month))
}

impl Privacy {
    /// Refuses a statement or action without a known source or both languages, a source without
    /// a link, a date or names, an unknown service or topic.
    pub(crate) fn checked(self) -> Result<Privacy, DataError> {
        if year_month(&self.as_of).is_none() {
            return refuse(format!(
                "privacy.toml: as_of `{}` is not YYYY-MM",
                self.as_of
            ));
        }
        for s in &self.sources {
            let blank = [&s.authors, &s.title, &s.publisher, &s.url, &s.note]
                .iter()
                .any(|f| f.trim().is_empty());
            if blank || !known_lang(&s.title_lang) || year_month(&s.read).is_none() {
                return refuse(format!(
                    "privacy.toml: source `{}` needs authors, title, title_lang, publisher, url, \
                     note and `read` (YYYY-MM)",
                    s.id
                ));
            }
        }
        let known = |id: &str| self.sources.iter().any(|s| s.id == id);
        for s in &self.statements {
            if !SERVICES.contains(&s.service.as_str()) || !TOPICS.contains(&s.topic.as_str()) {
                return refuse(format!(
                    "privacy.toml: `{}`: unknown service or topic",
                    s.id
                ));
            }
            if !known(&s.source) || !s.text.is_complete() {
                return refuse(format!(
                    "privacy.toml: `{}` needs a known source and text in fr and en",
                    s.id
                ));
            }
        }
        for a in &self.actions {
            if !known(&a.source) || !a.text.is_complete() {
                return refuse(format!(
                    "privacy.toml: `{}` needs a known source and text in fr and en",
                    a.id
                ));
            }
        }
        Ok(self)
    }

    pub fn source(&self, id: &str) -> Option<&PrivacySource> {
        self.sources.iter().find(|s| s.id == id)
    }
}
