use serde::Deserialize;

use super::{List, Text};

/// One entry of the bibliography (`sources.toml`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Cited by coefficients' `source` and `also` fields.
    pub id: Text,
    pub authors: Text,
    pub title: Text,
    pub publisher: Text,
    pub year: u16,
    pub url: Text,
    /// What the source measured or states, and how far it was checked.
    pub note: Text,
    /// The data years (`year`) of the coefficients that cite it, ascending, each once;
    /// filled from the coefficients as the files are read.
    #[serde(skip)]
    pub data_years: List<u16>,
}
