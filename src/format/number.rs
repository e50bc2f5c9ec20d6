use crate::i18n::Lang;

/// Narrow no-break space: the French thousands separator.
const NARROW_NBSP: char = '\u{202F}';

/// Formats `value` rounded to `significant` digits (at least 1), the way `lang` writes numbers:
/// `1 234,5` in French (narrow no-break space, decimal comma), `1,234.5` in English.
/// Trailing zeros after the decimal mark are dropped. A non-finite value, which the model never
/// produces, shows as a dash rather than "NaN".
pub fn decimal(value: f64, lang: Lang, significant: u32) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let significant = significant.max(1) as i32;
    let magnitude = if value == 0.0 {
        0
    } else {
        value.abs().log10().floor() as i32
    };
    let shift = (significant - 1 - magnitude).min(12);
    let decimals = shift.max(0) as usize;
    // A negative shift rounds to tens, hundreds…: 987.6 to 2 digits is 990.
    let factor = 10f64.powi(shift);
    let rounded = (value * factor).round() / factor;
    let plain = format!("{:.*}", decimals, rounded.abs());
    let (int_part, frac_part) = plain.split_once('.').unwrap_or((&plain, ""));
    let frac_part = frac_part.trim_end_matches('0');

    let (group, mark) = match lang {
        Lang::Fr => (NARROW_NBSP, ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::new();
    if rounded < 0.0 {
        out.push('-');
    }
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !frac_part.is_empty() {
        out.push(mark);
        out.push_str(frac_part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_uses_decimal_comma_and_narrow_space() {
        assert_eq!(decimal(1234.5, Lang::Fr, 5), "1\u{202F}234,5");
        assert_eq!(decimal(0.034, Lang::Fr, 2), "0,034");
    }

    #[test]
    fn english_uses_point_and_comma_groups() {
        assert_eq!(decimal(1234.5, Lang::En, 5), "1,234.5");
        assert_eq!(decimal(1_234_567.0, Lang::En, 7), "1,234,567");
    }

    #[test]
    fn rounds_to_significant_digits_and_drops_trailing_zeros() {
        assert_eq!(decimal(3.149, Lang::En, 2), "3.1");
        assert_eq!(decimal(2.0, Lang::En, 3), "2");
        assert_eq!(decimal(987.6, Lang::En, 2), "990");
        assert_eq!(decimal(0.0, Lang::Fr, 2), "0");
        assert_eq!(decimal(-0.25, Lang::En, 1), "-0.3");
    }

    #[test]
    fn non_finite_values_never_show_as_nan() {
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(decimal(v, Lang::Fr, 2), "–");
        }
    }
}
