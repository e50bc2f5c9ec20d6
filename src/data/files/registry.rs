//! Checks every coefficient as the file readers take it, and keeps it with its provenance.

use super::error::{DataError, refuse};
use crate::data::{Coefficient, Source};
use crate::model::{Estimate, Evidence};

/// Whether a coefficient can be used where the model needs `unit`: a finite, ordered,
/// non-negative range, a note, and sources that are in the bibliography.
fn check(c: &Coefficient, unit: &str, sources: &[Source]) -> Result<(), DataError> {
    let id = &c.id;
    if !(c.range().is_ordered() && c.low >= 0.0) {
        return refuse(format!("{id}: need 0 <= low <= value <= high, all finite"));
    }
    if c.unit != unit {
        return refuse(format!(
            "{id}: unit is `{}`, the model needs `{unit}`",
            c.unit
        ));
    }
    if c.note.trim().is_empty() {
        return refuse(format!("{id}: empty note"));
    }
    if let Some(e) = &c.estimate
        && !(e.what.is_complete() && e.why.is_complete())
    {
        return refuse(format!(
            "{id}: estimate needs `what` and `why` in fr and en"
        ));
    }
    let known = |s: &str| sources.iter().any(|source| source.id == s);
    match std::iter::once(&c.source)
        .chain(c.also.iter())
        .find(|s| !known(s))
    {
        Some(unknown) => refuse(format!("{id}: source `{unknown}` is not in sources.toml")),
        None => Ok(()),
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
        coefficient.id = id.into();
        check(&coefficient, unit, self.sources)?;
        if self.coefficients.iter().any(|c| c.id == coefficient.id) {
            return refuse(format!("{}: duplicate id", coefficient.id));
        }
        let range = coefficient.range();
        self.coefficients.push(coefficient);
        Ok(range)
    }

    /// Where the coefficients taken from now on start, for [`Registry::weakest_since`].
    pub(crate) fn mark(&self) -> usize {
        self.coefficients.len()
    }

    /// The weakest evidence of the coefficients taken since `mark`: ours for our own
    /// estimate, else its main source's level (`Measured` if none was taken).
    pub(crate) fn weakest_since(&self, mark: usize) -> Evidence {
        Evidence::weakest(
            self.coefficients[mark..]
                .iter()
                .map(|c| self.evidence_of(c)),
        )
        .unwrap_or(Evidence::Measured)
    }

    fn evidence_of(&self, c: &Coefficient) -> Evidence {
        if c.is_own_estimate() {
            return Evidence::Ours;
        }
        self.sources
            .iter()
            .find(|s| s.id == c.source)
            .map_or(Evidence::Ours, |s| s.evidence)
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
