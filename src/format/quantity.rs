use super::decimal;
use crate::i18n::Lang;
use crate::model::Metric;

/// Display units of each metric, smallest first: (factor from the stored unit, symbol).
/// Stored units are Wh, g CO2e and L. Spaces inside a unit are no-break, like the one
/// before it, so a figure never wraps apart.
fn units(metric: Metric) -> &'static [(f64, &'static str)] {
    match metric {
        // Nothing below Wh: readers know "0,24 Wh" (Google's own figure), and "mWh" beside
        // "MWh" reads as a typo.
        Metric::Energy => &[
            (1.0, "Wh"),
            (1e3, "kWh"),
            (1e6, "MWh"),
            (1e9, "GWh"),
            (1e12, "TWh"),
        ],
        Metric::Co2 => &[
            (1e-3, "mg\u{a0}CO₂e"),
            (1.0, "g\u{a0}CO₂e"),
            (1e3, "kg\u{a0}CO₂e"),
            (1e6, "t\u{a0}CO₂e"),
            (1e9, "kt\u{a0}CO₂e"),
        ],
        Metric::Water => &[
            (1e-3, "mL"),
            (1.0, "L"),
            // No larger unit: "million m³" would be a word to translate, and hm³ is rarely
            // read; digit groups keep millions of m³ legible.
            (1e3, "m³"),
        ],
    }
}

/// The display unit for a value in the metric's stored unit: the largest whose factor the
/// value reaches (the smallest for values below it), so 0.25 Wh reads "0.25 Wh" and 3,400 Wh
/// "3.4 kWh". Nothing reads in the stored unit: "0 g CO₂e", not "0 mg CO₂e".
pub fn unit_for(metric: Metric, value: f64) -> (f64, &'static str) {
    let table = units(metric);
    let magnitude = value.abs();
    if magnitude == 0.0 {
        return table
            .iter()
            .find(|(factor, _)| *factor == 1.0)
            .copied()
            .unwrap_or(table[0]);
    }
    table
        .iter()
        .rev()
        .find(|(factor, _)| magnitude >= *factor)
        .copied()
        .unwrap_or(table[0])
}

/// A value with its unit scaled for reading: "0,25 Wh", "3,4 kWh", "1,2 t CO₂e".
pub fn quantity(metric: Metric, value: f64, lang: Lang, significant: u32) -> String {
    let (factor, symbol) = unit_for(metric, value);
    format!(
        "{}\u{a0}{symbol}",
        decimal(value / factor, lang, significant)
    )
}

/// A low–central–high range in one unit (the central value's): "≈ 4 Wh (2–9)".
pub fn range(metric: Metric, low: f64, central: f64, high: f64, lang: Lang) -> String {
    let (value, bounds) = range_parts(metric, low, central, high, lang);
    if bounds.is_empty() {
        value
    } else {
        format!("{value} {bounds}")
    }
}

/// [`range`] in its two parts, for a headline that sets them in different sizes:
/// "≈ 4 Wh" and "(2–9)". The bounds are empty when they read the same (a published figure
/// known exactly): "≈ 0,24 Wh", not "≈ 0,24 Wh (0,24–0,24)".
pub fn range_parts(
    metric: Metric,
    low: f64,
    central: f64,
    high: f64,
    lang: Lang,
) -> (String, String) {
    let (factor, symbol) = unit_for(metric, central);
    let d = |v: f64| decimal(v / factor, lang, 2);
    let (low, high) = (d(low), d(high));
    let bounds = if low == high {
        String::new()
    } else {
        format!("({low}–{high})")
    };
    (format!("≈\u{a0}{}\u{a0}{symbol}", d(central)), bounds)
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_bounds_read_as_one_value() {
        use super::range;
        assert_eq!(
            range(Metric::Energy, 0.24, 0.24, 0.24, Lang::Fr),
            "≈\u{a0}0,24\u{a0}Wh"
        );
        assert_eq!(
            range(Metric::Energy, 2.0, 4.0, 9.0, Lang::En),
            "≈\u{a0}4\u{a0}Wh (2–9)"
        );
    }

    use super::*;

    #[test]
    fn scales_to_the_unit_a_reader_expects() {
        assert_eq!(quantity(Metric::Energy, 0.25, Lang::En, 2), "0.25\u{a0}Wh");
        assert_eq!(
            quantity(Metric::Energy, 3400.0, Lang::Fr, 2),
            "3,4\u{a0}kWh"
        );
        assert_eq!(
            quantity(Metric::Co2, 1.2e6, Lang::En, 2),
            "1.2\u{a0}t\u{a0}CO₂e"
        );
        assert_eq!(quantity(Metric::Water, 0.0021, Lang::Fr, 2), "2,1\u{a0}mL");
        assert_eq!(
            quantity(Metric::Co2, 0.0, Lang::Fr, 2),
            "0\u{a0}g\u{a0}CO₂e"
        );
        assert_eq!(quantity(Metric::Water, 0.0, Lang::En, 2), "0\u{a0}L");
        assert_eq!(quantity(Metric::Water, 2500.0, Lang::En, 2), "2.5\u{a0}m³");
        assert_eq!(
            quantity(Metric::Water, 3.4e9, Lang::Fr, 2),
            "3\u{202F}400\u{202F}000\u{a0}m³",
            "no word in a unit: the same in both languages"
        );
    }

    #[test]
    fn zero_and_tiny_values_use_the_smallest_unit() {
        assert_eq!(quantity(Metric::Energy, 0.0, Lang::En, 2), "0\u{a0}Wh");
        assert_eq!(unit_for(Metric::Energy, 1e-9).1, "Wh");
    }

    #[test]
    fn a_range_shares_the_central_value_unit() {
        assert_eq!(
            range(Metric::Energy, 1.96, 4.95, 37.2, Lang::Fr),
            "≈\u{a0}5\u{a0}Wh (2–37)"
        );
        assert_eq!(
            range(Metric::Energy, 0.4, 2.1, 12.0, Lang::En),
            "≈\u{a0}2.1\u{a0}Wh (0.4–12)"
        );
    }
}
