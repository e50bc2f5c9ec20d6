//! Protects what readers take away: CSV and JSON carry the model's numbers exactly, the
//! embed code is safe to paste and has what hosts need, the citation line names everything.

use empreinte::data::Dataset;
use empreinte::export::{embed_code, figures_csv, figures_json};
use empreinte::i18n::Lang;
use empreinte::model::{Period, Scenario};

#[test]
fn csv_has_a_row_per_part_and_metric_with_the_models_numbers() {
    let footprint = Dataset::embedded().compute(&Scenario::default());
    let csv = figures_csv(&footprint, Period::Once);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "part,metric,unit,low,central,high");
    // total, images, videos, chat, extras: three metrics each.
    assert_eq!(lines.len(), 1 + 5 * 3);
    let energy: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(energy[..3], ["total", "energy", "Wh"]);
    assert_eq!(
        energy[4].parse::<f64>().unwrap(),
        footprint.energy_wh.central
    );
}

#[test]
fn a_habits_exports_add_its_year() {
    let footprint = Dataset::embedded().compute(&Scenario::default());
    let year = footprint.year(Period::Month).unwrap();
    let csv = figures_csv(&footprint, Period::Month);
    assert_eq!(csv.lines().count(), 1 + 6 * 3);
    let row = format!(
        "year,water,L,{},{},{}",
        year.water_l.low, year.water_l.central, year.water_l.high
    );
    assert!(csv.lines().any(|l| l == row), "{csv}");
    let json = figures_json(&footprint, Period::Month, "per=month");
    assert!(json.contains(&format!(
        "\"year\":{{\"energy\":{{\"unit\":\"Wh\",\"low\":{}",
        year.energy_wh.low
    )));
    assert!(!figures_json(&footprint, Period::Once, "").contains("\"year\""));
}

#[test]
fn json_is_well_formed_and_carries_the_query() {
    let footprint = Dataset::embedded().compute(&Scenario::default());
    let json = figures_json(&footprint, Period::Once, "images=4&note=\"quoted\"\\");
    assert!(
        json.starts_with("{\"query\":\"images=4&note=\\\"quoted\\\"\\\\\","),
        "{json}"
    );
    assert!(json.contains(&format!("\"central\":{}", footprint.co2_g.central)));
    let opens = json.matches('{').count();
    assert_eq!(opens, json.matches('}').count(), "balanced braces");
}

#[test]
fn embed_code_is_lazy_private_titled_and_escaped() {
    let code = embed_code(
        "https://x.test/?images=4&embed=1",
        "https://x.test/embed.js",
        "A \"title\" <b>",
    );
    assert!(code.contains("loading=\"lazy\"") && code.contains("referrerpolicy=\"no-referrer\""));
    assert!(code.contains("src=\"https://x.test/?images=4&amp;embed=1\""));
    assert!(code.contains("title=\"A &quot;title&quot; &lt;b&gt;\""));
    assert!(code.contains("<script src=\"https://x.test/embed.js\" async></script>"));
}

#[test]
fn citation_names_version_date_and_link_with_each_languages_quotes() {
    let fill = |lang: Lang| {
        lang.strings().fill(
            "cite-line",
            &[
                ("title", "Mon starter pack"),
                ("version", "0.1.0"),
                ("date", "2026-11-25"),
                ("url", "https://x.test/?images=4"),
            ],
        )
    };
    assert_eq!(
        fill(Lang::Fr),
        "Empreinte 0.1.0, «\u{202F}Mon starter pack\u{202F}», 2026-11-25, https://x.test/?images=4"
    );
    assert_eq!(
        fill(Lang::En),
        "Empreinte 0.1.0, “Mon starter pack”, 2026-11-25, https://x.test/?images=4"
    );
}

#[test]
fn the_snippet_sits_beside_the_page_whatever_its_name() {
    use empreinte::export::snippet_url;
    assert_eq!(
        snippet_url("https://x.test/empreinte/"),
        "https://x.test/empreinte/embed.js"
    );
    assert_eq!(
        snippet_url("https://x.test/empreinte/index.html"),
        "https://x.test/empreinte/embed.js"
    );
    assert_eq!(
        snippet_url("http://127.0.0.1:8080/"),
        "http://127.0.0.1:8080/embed.js"
    );
}
