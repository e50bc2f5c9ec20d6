use serde::{Deserialize, Serialize};

/// A quantity known only within a range: `low <= central <= high`.
///
/// Ranges are combined conservatively: sums and products are taken bound by
/// bound (low with low, high with high), so the low bound of a result is the
/// case where every input is at its low bound, and likewise for the high bound.
/// This overstates the spread compared with a statistical combination, on
/// purpose: the sources give ranges, not distributions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

impl Estimate {
    pub const ZERO: Estimate = Estimate::exact(0.0);

    pub const fn new(low: f64, central: f64, high: f64) -> Self {
        Estimate { low, central, high }
    }

    /// A value known exactly: all three bounds equal.
    pub const fn exact(value: f64) -> Self {
        Estimate::new(value, value, value)
    }

    /// Scales every bound by a non-negative factor.
    pub fn scale(self, factor: f64) -> Self {
        self.map(|x| x * factor)
    }

    /// Applies a non-decreasing function to every bound (which keeps the order).
    pub fn map(self, f: impl Fn(f64) -> f64) -> Self {
        Estimate::new(f(self.low), f(self.central), f(self.high))
    }

    /// Whether `low <= central <= high` and all bounds are finite.
    pub fn is_ordered(&self) -> bool {
        [self.low, self.central, self.high]
            .iter()
            .all(|x| x.is_finite())
            && self.low <= self.central
            && self.central <= self.high
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

impl std::ops::AddAssign for Estimate {
    fn add_assign(&mut self, other: Estimate) {
        *self = *self + other;
    }
}

/// Bound-by-bound product of two non-negative estimates (see the type's docs).
impl std::ops::Mul for Estimate {
    type Output = Estimate;
    fn mul(self, other: Estimate) -> Estimate {
        Estimate::new(
            self.low * other.low,
            self.central * other.central,
            self.high * other.high,
        )
    }
}

impl std::iter::Sum for Estimate {
    fn sum<I: Iterator<Item = Estimate>>(iter: I) -> Estimate {
        iter.fold(Estimate::ZERO, |a, b| a + b)
    }
}
