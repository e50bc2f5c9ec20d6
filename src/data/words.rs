use serde::Deserialize;

use super::Text;

/// A text written for readers, in each language the widget speaks. The data files keep
/// their maintainers' notes apart (`note`), in the files only: readers see these.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub fr: Text,
    pub en: Text,
}

impl Words {
    /// Both languages written (`make data` refuses a blank one).
    pub fn is_complete(&self) -> bool {
        !self.fr.trim().is_empty() && !self.en.trim().is_empty()
    }
}

/// Why a number is our own estimate, for readers: what the figure is, and the reasoning.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reasoning {
    /// A name for the figure, e.g. "A full smartphone charge".
    pub what: Words,
    /// Where the central value and the bounds come from.
    pub why: Words,
}
