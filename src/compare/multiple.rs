/// How a value compares with the reader's scenario, for the note after a bar: a log axis
/// shows a 640-fold gap as a few decades, so the chart also says it in words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Multiple {
    /// The value is this many times the scenario's (at least 1).
    Times(f64),
    /// The value is the scenario's divided by this (more than 1).
    Divided(f64),
}

/// `value` against `scenario` (same unit): `Times` when at least as large, `Divided` when
/// smaller, so that the number shown is never below 1. `None` when either is zero,
/// negative or not finite, or when the ratio is too large for an `f64`.
pub fn multiple(value: f64, scenario: f64) -> Option<Multiple> {
    let usable = |v: f64| v.is_finite() && v > 0.0;
    if !usable(value) || !usable(scenario) {
        return None;
    }
    let multiple = if value >= scenario {
        Multiple::Times(value / scenario)
    } else {
        Multiple::Divided(scenario / value)
    };
    let (Multiple::Times(ratio) | Multiple::Divided(ratio)) = multiple;
    ratio.is_finite().then_some(multiple)
}
