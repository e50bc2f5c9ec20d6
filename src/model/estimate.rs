use serde::{Deserialize, Serialize};

/// A quantity known only within a range: `low <= central <= high`.
///
/// **What a range means.** Every range in the data and in the results is the same band:
/// `central` is the most plausible value (read as a median) and `low`/`high` are a plausible
/// 5 % and 95 % bound. A factor is taken as log-normal on each side of its central value
/// (a split log-normal, since sources rarely give symmetric ranges).
///
/// **How ranges combine.**
/// - Products of independent factors (`*`): centrals multiply and the logarithmic
///   half-widths add in quadrature, each side separately, so the result is again a 5–95 %
///   band (exact for log-normal factors; a split log-normal makes it an approximation). The
///   result is never wider than the product of extremes, and a single uncertain factor
///   times exact ones gives back its own bounds.
/// - Sums (`+`) add bound by bound: the parts of one footprint share their uncertain
///   factors (the same PUE, grid, model), so they move together.
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

    /// Logarithmic half-widths below and above the central value (`ln(central/low)`,
    /// `ln(high/central)`); infinite below when `low` is zero. Needs `central > 0`.
    fn log_widths(self) -> (f64, f64) {
        (
            (self.central / self.low).ln(),
            (self.high / self.central).ln(),
        )
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

/// Product of two independent non-negative factors (see the type's docs): logarithmic
/// half-widths add in quadrature. With a zero central value the logarithms are undefined;
/// the bounds then multiply bound by bound (the widest case, still ordered).
impl std::ops::Mul for Estimate {
    type Output = Estimate;
    fn mul(self, other: Estimate) -> Estimate {
        if self.central <= 0.0 || other.central <= 0.0 {
            return Estimate::new(
                self.low * other.low,
                self.central * other.central,
                self.high * other.high,
            );
        }
        let ((below_a, above_a), (below_b, above_b)) = (self.log_widths(), other.log_widths());
        let central = self.central * other.central;
        Estimate::new(
            central * (-below_a.hypot(below_b)).exp(),
            central,
            central * above_a.hypot(above_b).exp(),
        )
    }
}

impl std::iter::Sum for Estimate {
    fn sum<I: Iterator<Item = Estimate>>(iter: I) -> Estimate {
        iter.fold(Estimate::ZERO, |a, b| a + b)
    }
}
