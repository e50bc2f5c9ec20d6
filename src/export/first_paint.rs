//! The first paint: the default scenario's results card, written into `index.html` at build
//! time (`make data` writes it, `scripts/post-build.mjs` puts it in the page), so a reader sees
//! the answer before the wasm has arrived, and a message if it never does. Built from the same
//! pure layers as the app (`model`, `format`, `sentences`, `chart`): the three figures and
//! the energy chart with its table. The app removes it on mount.

use super::escape;
use crate::chart::{Scale, bar_chart_svg};
use crate::compare::{RowKind, chart_rows};
use crate::data::Dataset;
use crate::format::{quantity, range_parts};
use crate::i18n::{Lang, Strings};
use crate::model::{Footprint, Metric, Scenario};
use crate::sentences::{
    bar_chart, energy_split, equivalence, results_evidence, results_for, results_note, row_figures,
    row_label, takeaway,
};

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
         <p class=\"empreinte-split\">{split} {weakest}</p>\n\
         <p class=\"empreinte-results-note\">{note}</p>\n\
         </section>\n\
         {chart}\
         <p class=\"empreinte-boot-status\" data-boot-status=\"\"{messages}></p>\n\
         </main>\n\
         </div>\n",
        title = escape(t.get("title")),
        intro = escape(t.get("intro")),
        results = escape(t.get("results-title")),
        counted = escape(&results_for(t, &scenario)),
        split = escape(&energy_split(t, &footprint).unwrap_or_default()),
        weakest = escape(&results_evidence(t, &scenario, &footprint, data).unwrap_or_default()),
        note = escape(&results_note(t, data)),
        chart = energy_chart(t, data, &scenario, &footprint),
    )
}

/// The widths the first paint's energy chart is drawn at, in CSS px, with the narrowest
/// page each one is shown from (the stylesheet's media queries match them): the chart's
/// column is the page less 24 px, so each drawing is shown at its own size or a little
/// narrower, never enlarged. The app draws it again for its exact column.
pub const CHART_WIDTHS: [(u32, u32); 4] = [(296, 0), (366, 390), (576, 600), (744, 768)];

/// The energy comparison as the app shows it first (chart, legend, takeaway), each drawing
/// tagged with its width, and its figures in a table that opens without the app.
fn energy_chart(t: &Strings, data: &Dataset, scenario: &Scenario, footprint: &Footprint) -> String {
    let metric = Metric::Energy;
    let rows = chart_rows(metric, footprint, scenario, data);
    let chart = bar_chart(t, metric, &rows, scenario, data);
    let tick = |v: f64| quantity(metric, v, t.lang(), 1);
    let drawings: String = CHART_WIDTHS
        .iter()
        .map(|&(width, _)| {
            format!(
                "<div class=\"empreinte-chart-svg\" data-boot-chart=\"{width}\" aria-hidden=\"true\">{}</div>\n",
                bar_chart_svg(&chart, width, &tick).unwrap_or_default()
            )
        })
        .collect();
    let claims = rows.iter().any(|r| r.kind == RowKind::Claim);
    let mut legend: String = ["scenario", "reference", "claim", "range"]
        .iter()
        .filter(|&&key| key != "claim" || claims)
        .map(|key| {
            format!(
                "<li><span class=\"empreinte-swatch empreinte-swatch-{key}\"></span>{}</li>",
                escape(t.get(&format!("legend-{key}")))
            )
        })
        .collect();
    legend += &format!("<li>{}</li>", escape(t.get("legend-evidence")));
    let note = match chart.scale() {
        Scale::Log { .. } => format!(
            "<p class=\"empreinte-chart-note\">{}</p>\n",
            escape(t.get("log-scale"))
        ),
        Scale::Linear { .. } => String::new(),
    };
    let table_rows: String = rows
        .iter()
        .map(|row| {
            let (central, range) = row_figures(t, metric, row.value);
            format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
                escape(&row_label(t, row, scenario, data)),
                escape(&central),
                escape(&range)
            )
        })
        .collect();
    format!(
        "<section class=\"empreinte-comparisons\" data-boot-figures=\"\">\n\
         <h2>{title}</h2>\n\
         <figure class=\"empreinte-chart\">\n\
         <figcaption>{takeaway}</figcaption>\n\
         <ul class=\"empreinte-legend\">{legend}</ul>\n\
         {note}{drawings}</figure>\n\
         <details class=\"empreinte-boot-table\"><summary>{show}</summary>\n\
         <table class=\"empreinte-table\"><caption>{caption}</caption>\n\
         <thead><tr><th scope=\"col\">{use_}</th><th scope=\"col\">{central}</th>\
         <th scope=\"col\">{range}</th></tr></thead>\n\
         <tbody>\n{table_rows}</tbody></table></details>\n\
         </section>\n",
        title = escape(t.get("compare-title")),
        takeaway = escape(&takeaway(t, metric, &rows, scenario, data)),
        show = escape(t.get("table-show")),
        caption = escape(t.get("chart-energy")),
        use_ = escape(t.get("col-use")),
        central = escape(t.get("col-central")),
        range = escape(t.get("col-range")),
    )
}
