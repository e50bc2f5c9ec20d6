//! Protects the no-JavaScript fallback: its figures must be what the model gives for the
//! default scenario, in both languages, so the static text can never drift from the widget.

use empreinte::data::Dataset;
use empreinte::format::range;
use empreinte::i18n::Lang;
use empreinte::model::{Metric, Scenario};

#[test]
fn the_noscript_figures_are_the_default_scenarios() {
    let html = include_str!("../index.html");
    let noscript = &html[html.find("<noscript>").expect("a noscript block")..];
    let total = Dataset::embedded().compute(&Scenario::default()).total();
    for lang in Lang::ALL {
        for &metric in Metric::ALL {
            let e = total.get(metric);
            let figure = range(metric, e.low, e.central, e.high, lang);
            assert!(
                noscript.contains(&figure),
                "noscript lacks {figure} ({})",
                lang.tag()
            );
        }
    }
}
