//! `equivalents.toml` and `scale.toml`: everyday and large-scale things to compare with,
//! and `claims.toml`: figures published by others, shown as claims.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::coefficient::{Coefficient, Registry};
use super::error::DataError;
use crate::model::{Estimate, Metric};

/// Something the footprint is compared with: a smartphone charge, a km by car, a town's year.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// Stable id, also the translation key of its label.
    pub id: String,
    pub metric: Metric,
    /// In the metric's unit (Wh, g CO2e or L).
    pub amount: Estimate,
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
    pub id: String,
    pub metric: Metric,
    pub per: ClaimPer,
    /// Drawn on the charts (the seed articles' claims); the others are listed.
    pub featured: bool,
    /// The words as published, in their language.
    pub quote: String,
    pub outlet: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    /// Per [`Claim::per`], in the metric's unit.
    pub amount: Estimate,
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceEntry {
    metric: Metric,
    amount: Coefficient,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EquivalentsFile {
    equivalents: BTreeMap<String, ReferenceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScaleFile {
    scale: BTreeMap<String, ReferenceEntry>,
    facts: BTreeMap<String, Coefficient>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimEntry {
    metric: Metric,
    per: ClaimPer,
    featured: bool,
    quote: String,
    outlet: String,
    date: String,
    amount: Coefficient,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClaimsFile {
    claims: BTreeMap<String, ClaimEntry>,
}

/// Checks each entry's amount (unit of its metric, source known) and keeps it.
fn references(
    file: &str,
    entries: BTreeMap<String, ReferenceEntry>,
    reg: &mut Registry,
) -> Result<Vec<Reference>, DataError> {
    entries
        .into_iter()
        .map(|(id, entry)| {
            let amount = reg.take(
                format!("{file}.{id}.amount"),
                entry.amount,
                entry.metric.unit(),
            )?;
            Ok(Reference {
                id,
                metric: entry.metric,
                amount,
            })
        })
        .collect()
}

impl EquivalentsFile {
    pub(crate) fn into_references(self, reg: &mut Registry) -> Result<Vec<Reference>, DataError> {
        references("equivalents", self.equivalents, reg)
    }
}

/// Large-scale references and counted facts (e.g. images made in a week).
pub(crate) struct Scale {
    pub(crate) references: Vec<Reference>,
    pub(crate) facts: BTreeMap<String, Estimate>,
}

impl ScaleFile {
    pub(crate) fn into_scale(self, reg: &mut Registry) -> Result<Scale, DataError> {
        let references = references("scale", self.scale, reg)?;
        let mut facts = BTreeMap::new();
        for (id, coefficient) in self.facts {
            let unit = coefficient.unit.clone();
            facts.insert(
                id.clone(),
                reg.take(format!("facts.{id}"), coefficient, &unit)?,
            );
        }
        Ok(Scale { references, facts })
    }
}

impl ClaimsFile {
    pub(crate) fn into_claims(self, reg: &mut Registry) -> Result<Vec<Claim>, DataError> {
        self.claims
            .into_iter()
            .map(|(id, e)| {
                let amount = reg.take(format!("claims.{id}.amount"), e.amount, e.metric.unit())?;
                Ok(Claim {
                    id,
                    metric: e.metric,
                    per: e.per,
                    featured: e.featured,
                    quote: e.quote,
                    outlet: e.outlet,
                    date: e.date,
                    amount,
                })
            })
            .collect()
    }
}
