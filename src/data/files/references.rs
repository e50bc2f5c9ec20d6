//! `equivalents.toml` and `scale.toml`: everyday and large-scale things to compare with,
//! and `claims.toml`: figures published by others, shown as claims.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::{DataError, refuse};
use super::registry::Registry;
use super::sources::known_lang;
use crate::data::{Claim, ClaimPer, Coefficient, Reference, Said, Words};
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
    /// The words as published, with `quote_lang`; or `paraphrase` where none were.
    #[serde(default)]
    quote: Option<String>,
    #[serde(default)]
    quote_lang: Option<String>,
    #[serde(default)]
    paraphrase: Option<Words>,
    outlet: Words,
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
            let mark = reg.mark();
            let amount = reg.take(
                format!("{file}.{id}.amount"),
                entry.amount,
                entry.metric.unit(),
            )?;
            Ok(Reference {
                id: id.into(),
                metric: entry.metric,
                amount,
                evidence: reg.weakest_since(mark),
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
                let mark = reg.mark();
                let amount = reg.take(format!("claims.{id}.amount"), e.amount, e.metric.unit())?;
                let evidence = reg.weakest_since(mark);
                let said = match (e.quote, e.quote_lang, e.paraphrase) {
                    (Some(text), Some(lang), None) if known_lang(&lang) => Said::Quote {
                        text: text.into(),
                        lang: lang.into(),
                    },
                    (None, None, Some(words)) if words.is_complete() => Said::Paraphrase(words),
                    _ => {
                        return refuse(format!(
                            "claims.{id}: needs `quote` with `quote_lang` (fr or en), \
                             or a `paraphrase` in fr and en"
                        ));
                    }
                };
                if !e.outlet.is_complete() {
                    return refuse(format!("claims.{id}: `outlet` needs fr and en"));
                }
                Ok(Claim {
                    id: id.into(),
                    metric: e.metric,
                    per: e.per,
                    featured: e.featured,
                    said,
                    outlet: e.outlet,
                    date: e.date.into(),
                    amount,
                    evidence,
                })
            })
            .collect()
    }
}
