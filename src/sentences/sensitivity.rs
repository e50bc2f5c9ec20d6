//! What moves the result, in words and bars: the sensitivity chart of energy, its table's
//! figures and the sentence naming the setting that matters most.

use crate::chart::{Bar, BarChart, BarStyle};
use crate::format::{decimal, quantity};
use crate::i18n::Strings;
use crate::model::{Assumption, Metric, Swing, TOKENS_SWEPT};

use super::FIGURE_DIGITS;

/// A setting's name ("Image generator", "Reply length (100 to 2,000 tokens)").
pub fn assumption_label(t: &Strings, assumption: Assumption) -> String {
    let key = format!("sens-{}", assumption.id());
    match assumption {
        Assumption::Tokens => t.fill(
            &key,
            &[
                ("from", &decimal(f64::from(TOKENS_SWEPT.0), t.lang(), 9)),
                ("to", &decimal(f64::from(TOKENS_SWEPT.1), t.lang(), 9)),
            ],
        ),
        _ => t.get(&key).to_owned(),
    }
}

/// A swing's span of `metric` ("0.6 Wh – 9 Wh", or one value when it does not move).
pub fn swing_span(t: &Strings, swing: &Swing, metric: Metric) -> String {
    let q = |v: f64| quantity(metric, v, t.lang(), FIGURE_DIGITS);
    let (low, high) = swing.span(metric);
    let (low, high) = (q(low), q(high));
    if low == high {
        low
    } else {
        format!("{low} – {high}")
    }
}

/// One span bar per setting, in the swings' order: from the lowest energy to the highest,
/// marked at the reader's own.
pub fn sensitivity_chart(t: &Strings, swings: &[Swing]) -> BarChart {
    let metric = Metric::Energy;
    BarChart {
        bars: swings
            .iter()
            .map(|swing| {
                let (low, high) = swing.span(metric);
                Bar {
                    label: assumption_label(t, swing.assumption),
                    value: swing.current(metric),
                    low,
                    high,
                    value_label: swing_span(t, swing, metric),
                    note: None,
                    style: BarStyle::Span,
                }
            })
            .collect(),
    }
}

/// "The setting that matters most: “Image quality”, which takes your energy from 5.5 Wh
/// to 50 Wh." Then, for greenhouse gases and water when another setting moves them most
/// (the country, for greenhouse gases), "For greenhouse gases, it is “…”: from … to …".
pub fn sensitivity_most(t: &Strings, swings: &[Swing]) -> String {
    let widest = |metric: Metric| {
        swings
            .iter()
            .filter(|s| s.width(metric) > 0.0)
            .max_by(|a, b| a.width(metric).total_cmp(&b.width(metric)))
    };
    let fill = |key: &str, metric: Metric, swing: &Swing, extra: &[(&str, &str)]| {
        let q = |v: f64| quantity(metric, v, t.lang(), FIGURE_DIGITS);
        let (low, high) = swing.span(metric);
        let label = assumption_label(t, swing.assumption);
        let (low, high) = (q(low), q(high));
        let mut values = vec![
            ("assumption", label.as_str()),
            ("low", &low),
            ("high", &high),
        ];
        values.extend_from_slice(extra);
        t.fill(key, &values)
    };
    let Some(top) = widest(Metric::Energy) else {
        return t.get("sensitivity-none").to_owned();
    };
    let mut sentence = fill("sensitivity-most", Metric::Energy, top, &[]);
    for metric in [Metric::Co2, Metric::Water] {
        if let Some(other) = widest(metric).filter(|s| s.assumption != top.assumption) {
            let key = format!("sens-metric-{}", metric.id());
            let name = t.get(&key);
            sentence.push(' ');
            sentence += &fill("sensitivity-most-other", metric, other, &[("metric", name)]);
        }
    }
    sentence
}
