use crate::model::Evidence;

use super::{List, Text, Words};

/// One entry of the bibliography (`sources.toml`), as readers see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Cited by coefficients' `source` and `also` fields.
    pub id: Text,
    /// Names only (people, organisations): the same in every language.
    pub authors: Text,
    pub title: Title,
    /// Names only (publisher, journal, identifiers such as arXiv numbers).
    pub publisher: Text,
    pub year: u16,
    pub url: Text,
    /// How solid the figures taken from it are (`ours` for the project's own notes).
    pub evidence: Evidence,
    /// What the source measured or states, for readers (its maintainers' note stays in
    /// the file).
    pub about: Words,
    /// The data years (`year`) of the coefficients that cite it, ascending, each once;
    /// filled from the coefficients as the files are read.
    pub data_years: List<u16>,
}

/// A source's title: a published one keeps its words and says their language; the
/// project's own notes have a title in each language.
#[derive(Clone, Debug, PartialEq)]
pub enum Title {
    Published { text: Text, lang: Text },
    Own(Words),
}
