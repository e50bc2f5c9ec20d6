use serde::{Deserialize, Serialize};

/// A quantity known only within a range: `low <= central <= high`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

impl Estimate {
    pub const ZERO: Estimate = Estimate {
        low: 0.0,
        central: 0.0,
        high: 0.0,
    };

    pub fn new(low: f64, central: f64, high: f64) -> Self {
        Estimate { low, central, high }
    }

    /// Scales every bound by a non-negative factor.
    pub fn scale(self, factor: f64) -> Self {
        Estimate::new(self.low * factor, self.central * factor, self.high * factor)
    }
}

impl std::ops::Add for Estimate {
    type Output = Estimate;
    fn add(self, other: Estimate) -> Estimate {
        Estimate::new(
            self.low + other.low,
            self.central + other.central,
            self.high + other.high,
        )
    }
}
