use serde::Deserialize;

use super::{List, Text};
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
    pub note: Text,
    /// Our own reasoning, where no source gives the number directly.
    #[serde(default)]
    pub estimate: Option<Text>,
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
