use serde::Deserialize;

use super::error::{DataError, refuse};
use super::source::Source;
use crate::model::Estimate;

/// One sourced number from the data files, with its provenance.
///
/// The UI can list these (e.g. to show sources, or to flag our own estimates).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coefficient {
    /// Dotted path in the data files, e.g. `images.models.sdxl.energy_wh`.
    #[serde(skip)]
    pub id: String,
    /// Central value, in `unit`.
    pub value: f64,
    /// Low bound, in `unit`.
    pub low: f64,
    /// High bound, in `unit`.
    pub high: f64,
    pub unit: String,
    /// Main source id (in `sources.toml`).
    pub source: String,
    /// Further source ids the bounds or derivation use.
    #[serde(default)]
    pub also: Vec<String>,
    /// Year of the figure.
    pub year: u16,
    pub note: String,
    /// Our own reasoning, where no source gives the number directly.
    #[serde(default)]
    pub estimate: Option<String>,
}

impl Coefficient {
    pub fn range(&self) -> Estimate {
        Estimate::new(self.low, self.value, self.high)
    }

    /// Whether the number is our own estimate rather than a source's figure.
    pub fn is_own_estimate(&self) -> bool {
        self.estimate.is_some()
    }

    fn check(&self, unit: &str, sources: &[Source]) -> Result<(), DataError> {
        let id = &self.id;
        if !(self.range().is_ordered() && self.low >= 0.0) {
            return refuse(format!("{id}: need 0 <= low <= value <= high, all finite"));
        }
        if self.unit != unit {
            return refuse(format!(
                "{id}: unit is `{}`, the model needs `{unit}`",
                self.unit
            ));
        }
        if self.note.trim().is_empty()
            || self
                .estimate
                .as_deref()
                .is_some_and(|e| e.trim().is_empty())
        {
            return refuse(format!("{id}: empty note or estimate"));
        }
        let known = |s: &String| sources.iter().any(|source| &source.id == s);
        match std::iter::once(&self.source)
            .chain(&self.also)
            .find(|s| !known(s))
        {
            Some(unknown) => refuse(format!("{id}: source `{unknown}` is not in sources.toml")),
            None => Ok(()),
        }
    }
}

/// Checks coefficients as the parsers take them, and keeps them for the UI.
pub(crate) struct Registry<'a> {
    sources: &'a [Source],
    pub(crate) coefficients: Vec<Coefficient>,
}

impl<'a> Registry<'a> {
    pub(crate) fn new(sources: &'a [Source]) -> Self {
        Registry {
            sources,
            coefficients: Vec::new(),
        }
    }

    /// Checks a coefficient against the unit the model needs and returns its range.
    pub(crate) fn take(
        &mut self,
        id: String,
        mut coefficient: Coefficient,
        unit: &str,
    ) -> Result<Estimate, DataError> {
        coefficient.id = id;
        coefficient.check(unit, self.sources)?;
        if self.coefficients.iter().any(|c| c.id == coefficient.id) {
            return refuse(format!("{}: duplicate id", coefficient.id));
        }
        let range = coefficient.range();
        self.coefficients.push(coefficient);
        Ok(range)
    }

    /// Like [`Registry::take`] for a constant of a method: low = value = high.
    pub(crate) fn take_exact(
        &mut self,
        id: String,
        coefficient: Coefficient,
        unit: &str,
    ) -> Result<f64, DataError> {
        let range = self.take(id.clone(), coefficient, unit)?;
        if range.low != range.high {
            return refuse(format!("{id}: must be exact (low = value = high)"));
        }
        Ok(range.central)
    }
}
