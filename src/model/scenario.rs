use serde::{Deserialize, Serialize};

/// What the reader did: the inputs of the model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Images generated, regenerations included.
    pub images: u32,
    /// Chat replies received.
    pub messages: u32,
}

impl Default for Scenario {
    /// A typical starter pack: a few images with regenerations, some chat.
    fn default() -> Self {
        Scenario {
            images: 4,
            messages: 10,
        }
    }
}
