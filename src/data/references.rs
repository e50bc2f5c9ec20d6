//! Things to compare with (everyday and large-scale references) and figures published by
//! others (claims).

use serde::Deserialize;

use super::{Text, Words};
use crate::model::{Estimate, Evidence, Metric};

/// Something the footprint is compared with: a smartphone charge, a km by car, a town's year.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// Stable id, also the translation key of its label.
    pub id: Text,
    pub metric: Metric,
    /// In the metric's unit (Wh, g CO2e or L).
    pub amount: Estimate,
    /// How solid `amount` is.
    pub evidence: Evidence,
}

/// What one published claim is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimPer {
    /// One generated image (the seed articles count a starter pack as one image).
    Image,
    /// One chat reply.
    Reply,
}

/// A figure from the press or a company, shown beside ours, never used by the model.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub id: Text,
    pub metric: Metric,
    pub per: ClaimPer,
    /// Drawn on the charts (the seed articles' claims); the others are listed.
    pub featured: bool,
    pub said: Said,
    /// Who published it and where, for readers.
    pub outlet: Words,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Text,
    /// Per [`Claim::per`], in the metric's unit.
    pub amount: Estimate,
    /// How solid the claim's figure is, as its source stands.
    pub evidence: Evidence,
}

/// What a claim says: its words as published, or, where it was never written as a sentence
/// (a figure in a data file), what it says in each language.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// `lang` is a BCP 47 tag (`fr`, `en`), so that the quote is read in its own voice.
    Quote {
        text: Text,
        lang: Text,
    },
    Paraphrase(Words),
}

impl Claim {
    /// How many of the claim's units (images or replies) a scenario has.
    pub fn count_in(&self, scenario: &crate::model::Scenario) -> u32 {
        let scenario = scenario.clamped();
        match self.per {
            ClaimPer::Image => scenario.images,
            ClaimPer::Reply => scenario.messages,
        }
    }
}
