use serde::Deserialize;

use super::{List, Reasoning, Text};
use crate::model::Estimate;

/// One sourced number from the data files, with its provenance.
///
/// The UI can list these (e.g. to show sources, or to flag our own estimates).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coefficient {
    /// Dotted path in the data files, e.g. `images.models.sdxl.energy_wh`.
    #[serde(skip)]
    pub id: Text,
    /// Central value, in `unit`.
    pub value: f64,
    /// Low bound, in `unit`.
    pub low: f64,
    /// High bound, in `unit`.
    pub high: f64,
    pub unit: Text,
    /// Main source id (in `sources.toml`).
    pub source: Text,
    /// Further source ids the bounds or derivation use.
    #[serde(default)]
    pub also: List<Text>,
    /// Year of the figure.
    pub year: u16,
    /// For maintainers: what the figure is, its conditions, how far it was checked.
    pub note: Text,
    /// For readers, where no source gives the number directly: our reasoning.
    #[serde(default)]
    pub estimate: Option<Reasoning>,
}

impl Coefficient {
    pub fn range(&self) -> Estimate {
        Estimate::new(self.low, self.value, self.high)
    }

    /// Whether the number is our own estimate rather than a source's figure.
    pub fn is_own_estimate(&self) -> bool {
        self.estimate.is_some()
    }
}

/// One of our own estimates as readers see it listed: the figure and our reasoning.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnEstimate {
    /// The coefficient's dotted id (kept as the list item's `data-estimate`).
    pub id: Text,
    pub range: Estimate,
    /// As the data file writes it; `i18n::unit_key` names it for readers.
    pub unit: Text,
    pub year: u16,
    pub reasoning: Reasoning,
}

impl OwnEstimate {
    /// The reader's view of an own estimate; `None` for a sourced coefficient.
    pub fn of(c: &Coefficient) -> Option<OwnEstimate> {
        c.estimate.as_ref().map(|reasoning| OwnEstimate {
            id: c.id.clone(),
            range: c.range(),
            unit: c.unit.clone(),
            year: c.year,
            reasoning: reasoning.clone(),
        })
    }
}
