//! `equivalents.toml` and `scale.toml`: everyday and large-scale things to compare with,
//! and `claims.toml`: figures published by others, shown as claims.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::DataError;
use super::registry::Registry;
use crate::data::{Claim, ClaimPer, Coefficient, Reference};
use crate::model::{Estimate, Metric};

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
    quote_lang: String,
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
                id: id.into(),
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
                    id: id.into(),
                    metric: e.metric,
                    per: e.per,
                    featured: e.featured,
                    quote: e.quote.into(),
                    quote_lang: e.quote_lang.into(),
                    outlet: e.outlet.into(),
                    date: e.date.into(),
                    amount,
                })
            })
            .collect()
    }
}
