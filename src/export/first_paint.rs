//! The first paint: the default scenario's results card, written into `index.html` at build
//! time (`make data` writes it, `scripts/post-build.mjs` puts it in the page), so a reader sees
//! the answer before the wasm has arrived, and a message if it never does. Built from the same
//! pure layers as the app (`model`, `format`, `sentences`); the app removes it on mount.

use super::escape;
use crate::data::Dataset;
use crate::format::range_parts;
use crate::i18n::Lang;
use crate::model::{Metric, Scenario};
use crate::sentences::{energy_split, equivalence, results_for, results_note};

/// Where `make data` writes it, relative to the repository.
pub const FIRST_PAINT_PATH: &str = "assets/prerender/first-paint.html";

/// The block, in French (the default language). `data-boot-figures` marks what the page's
/// inline script hides when the link asks for another scenario or language; the status line
/// carries its messages in both languages for that script (loading, slow, failed, reload).
pub fn first_paint_html(data: &Dataset) -> String {
    let t = Lang::Fr.strings();
    let scenario = Scenario::default();
    let footprint = data.compute(&scenario);
    let total = footprint.total();
    let mut figures = String::new();
    for &metric in Metric::ALL {
        let e = total.get(metric);
        let (value, range) = range_parts(metric, e.low, e.central, e.high, t.lang());
        figures += &format!(
            "<div class=\"empreinte-figure\"><h3 class=\"empreinte-headline-label\">{label}</h3>\
             <p class=\"empreinte-headline\" data-boot-metric=\"{id}\">\
             <strong class=\"empreinte-headline-value\">{value}</strong> \
             <span class=\"empreinte-headline-range\">{range}</span></p>\
             <p class=\"empreinte-equivalence\">{equivalence}</p></div>\n",
            label = escape(t.get(metric.id())),
            id = metric.id(),
            value = escape(&value),
            range = escape(&range),
            equivalence = escape(&equivalence(t, metric, e, data).unwrap_or_default()),
        );
    }
    let messages: String = Lang::ALL
        .iter()
        .flat_map(|&lang| {
            ["loading", "slow", "failed", "reload"].map(move |key| {
                let suffix = if lang == Lang::Fr {
                    String::new()
                } else {
                    format!("-{}", lang.tag())
                };
                format!(
                    " data-{key}{suffix}=\"{}\"",
                    escape(lang.strings().get(&format!("boot-{key}")))
                )
            })
        })
        .collect();
    format!(
        "<div class=\"empreinte-boot\" data-boot=\"\">\n\
         <main class=\"empreinte\" lang=\"fr\">\n\
         <h1 class=\"empreinte-title\">{title}</h1>\n\
         <p class=\"empreinte-intro\">{intro}</p>\n\
         <section class=\"empreinte-results\" data-boot-figures=\"\">\n\
         <h2 class=\"empreinte-results-title\">{results}</h2>\n\
         <p class=\"empreinte-results-for\">{counted}</p>\n\
         <div class=\"empreinte-figures\">\n{figures}</div>\n\
         <p class=\"empreinte-split\">{split}</p>\n\
         <p class=\"empreinte-results-note\">{note}</p>\n\
         </section>\n\
         <p class=\"empreinte-boot-status\" data-boot-status=\"\"{messages}></p>\n\
         </main>\n\
         </div>\n",
        title = escape(t.get("title")),
        intro = escape(t.get("intro")),
        results = escape(t.get("results-title")),
        counted = escape(&results_for(t, &scenario)),
        split = escape(&energy_split(t, &footprint).unwrap_or_default()),
        note = escape(&results_note(t, data)),
    )
}
