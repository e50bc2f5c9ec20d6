/// How values map to bar lengths.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// Lengths proportional to values, from zero to `max`.
    Linear { max: f64 },
    /// Lengths proportional to the logarithm, over whole decades `10^min_exp..10^max_exp`.
    Log { min_exp: i32, max_exp: i32 },
}

/// Beyond this ratio between the largest and smallest positive value, a linear chart would
/// squash the small bars to nothing, so the chart switches to a log scale.
pub const LOG_SCALE_RATIO: f64 = 100.0;

impl Scale {
    /// The scale for a set of values (central, low and high together): linear when they span
    /// at most [`LOG_SCALE_RATIO`], logarithmic otherwise. Non-finite and non-positive values
    /// are ignored; with nothing left, a unit linear scale.
    pub fn fit(values: impl IntoIterator<Item = f64>) -> Scale {
        let positive: Vec<f64> = values
            .into_iter()
            .filter(|v| v.is_finite() && *v > 0.0)
            .collect();
        let max = positive.iter().copied().fold(0.0, f64::max);
        let min = positive.iter().copied().fold(f64::INFINITY, f64::min);
        if positive.is_empty() {
            return Scale::Linear { max: 1.0 };
        }
        if max / min <= LOG_SCALE_RATIO {
            return Scale::Linear { max };
        }
        // Start a little below the smallest value so that its bar never has zero length.
        let min_exp = (min.log10() - 0.3).floor() as i32;
        let max_exp = (max.log10().ceil() as i32).max(min_exp + 1);
        Scale::Log { min_exp, max_exp }
    }

    /// Where `value` falls, from 0 (axis) to 1 (far end); clamped to that range.
    pub fn position(self, value: f64) -> f64 {
        if !value.is_finite() || value <= 0.0 {
            return 0.0;
        }
        let p = match self {
            Scale::Linear { max } => value / max,
            Scale::Log { min_exp, max_exp } => {
                (value.log10() - f64::from(min_exp)) / f64::from(max_exp - min_exp)
            }
        };
        p.clamp(0.0, 1.0)
    }

    /// The exponents of the decades to mark on a log axis (none on a linear one).
    pub fn decades(self) -> Vec<i32> {
        match self {
            Scale::Linear { .. } => Vec::new(),
            Scale::Log { min_exp, max_exp } => (min_exp..=max_exp).collect(),
        }
    }
}
