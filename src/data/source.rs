use serde::Deserialize;

/// One entry of the bibliography (`sources.toml`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Cited by coefficients' `source` and `also` fields.
    pub id: String,
    pub authors: String,
    pub title: String,
    pub publisher: String,
    pub year: u16,
    pub url: String,
    /// What the source measured or states, and how far it was checked.
    pub note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SourcesFile {
    pub(crate) source: Vec<Source>,
}
