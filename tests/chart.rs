//! Protects the chart function: drawn for the width it is given, 1:1, with readable texts
//! (at least 12 px) that never overlap and never leave the drawing, labels wrapped but never
//! cut, tick labels thinned rather than run together; one bar per row in order, proportional
//! lengths, whiskers, a log scale only when values span more than two orders of magnitude,
//! notes after values, no NaN.
//!
//! Text boxes are estimated as the chart estimates them (the tests cannot measure either):
//! 0.6 em per character, from 0.65 em above the anchor's y to 0.5 em below it (plotters
//! centres text with `dy="0.5ex"`).
#![cfg(not(target_arch = "wasm32"))]

use empreinte::chart::{Bar, BarChart, BarStyle, MIN_WIDTH, STACK_BELOW, Scale, bar_chart_svg};
use empreinte::compare::multiple;
use empreinte::format::{quantity, times};
use empreinte::i18n::Lang;
use empreinte::model::Metric;
use proptest::prelude::*;

/// The widths a chart is checked at: a phone column, the old fixed width, a desktop one.
const WIDTHS: [u32; 4] = [240, 320, 640, 960];

fn bar(label: &str, value: f64, style: BarStyle) -> Bar {
    Bar {
        label: label.into(),
        value,
        low: value,
        high: value,
        value_label: format!("{value}\u{a0}Wh"),
        note: None,
        style,
    }
}

fn draw(bars: Vec<Bar>, width: u32) -> String {
    bar_chart_svg(&BarChart { bars }, width, &|v| format!("tick-{v}")).expect("chart draws")
}

fn svg(bars: Vec<Bar>) -> String {
    draw(bars, 640)
}

// --- Reading the SVG back -------------------------------------------------------------

/// The opening tags of the elements named `tag`, in document order.
fn tags<'a>(svg: &'a str, tag: &str) -> Vec<&'a str> {
    svg.split(&format!("<{tag} "))
        .skip(1)
        .map(|r| &r[..r.find('>').unwrap()])
        .collect()
}

fn rects(svg: &str) -> Vec<&str> {
    tags(svg, "rect")
}

fn text_attr<'a>(element: &'a str, name: &str) -> &'a str {
    // Searched with a space before the name, also for the first attribute.
    let start = format!(" {element}")
        .find(&format!(" {name}=\""))
        .unwrap_or_else(|| panic!("attribute {name} in {element}"))
        + name.len()
        + 2;
    let len = element[start..].find('"').unwrap();
    &element[start..start + len]
}

fn attr(element: &str, name: &str) -> f64 {
    let value = text_attr(element, name);
    value
        .parse()
        .unwrap_or_else(|_| panic!("{name}={value:?} is a number"))
}

fn widths(svg: &str) -> Vec<f64> {
    rects(svg).iter().map(|r| attr(r, "width")).collect()
}

/// The drawing's size, from the root element (and its viewBox, which must agree: 1:1).
fn size(svg: &str) -> (f64, f64) {
    let root = &svg[..svg.find('>').unwrap()];
    let (w, h) = (attr(root, "width"), attr(root, "height"));
    assert_eq!(text_attr(root, "viewBox"), format!("0 0 {w} {h}"), "{root}");
    (w, h)
}

/// One `<text>` element: anchor point, font size, anchor, content.
#[derive(Debug)]
struct Text {
    x: f64,
    y: f64,
    size: f64,
    anchor: String,
    content: String,
}

impl Text {
    /// The estimated box: (left, top, right, bottom).
    fn bounds(&self) -> (f64, f64, f64, f64) {
        let w = self.content.chars().count() as f64 * 0.6 * self.size;
        let left = match self.anchor.as_str() {
            "start" => self.x,
            "middle" => self.x - w / 2.0,
            "end" => self.x - w,
            other => panic!("anchor {other}"),
        };
        (
            left,
            self.y - 0.65 * self.size,
            left + w,
            self.y + 0.5 * self.size,
        )
    }
}

fn texts(svg: &str) -> Vec<Text> {
    svg.split("<text ")
        .skip(1)
        .map(|t| {
            let (open, rest) = t.split_once('>').unwrap();
            let content = rest[..rest.find("</text>").unwrap()].trim();
            Text {
                x: attr(open, "x"),
                y: attr(open, "y"),
                size: attr(open, "font-size"),
                anchor: text_attr(open, "text-anchor").to_owned(),
                content: content
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&"),
            }
        })
        .collect()
}

/// The points of each `<polyline>`.
fn polylines(svg: &str) -> Vec<Vec<(f64, f64)>> {
    tags(svg, "polyline")
        .iter()
        .map(|p| {
            text_attr(p, "points")
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect()
}

/// Whiskers: the polylines with two caps (six points); the others are decade lines.
fn whiskers(svg: &str) -> Vec<Vec<(f64, f64)>> {
    polylines(svg)
        .into_iter()
        .filter(|p| p.len() == 6)
        .collect()
}

fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    const EPS: f64 = 0.01;
    a.0 < b.2 - EPS && b.0 < a.2 - EPS && a.1 < b.3 - EPS && b.1 < a.3 - EPS
}

fn rect_bounds(r: &str) -> (f64, f64, f64, f64) {
    let (x, y) = (attr(r, "x"), attr(r, "y"));
    (x, y, x + attr(r, "width"), y + attr(r, "height"))
}

/// Everything a chart must hold at any width: the drawing is `width` px wide, 1:1; texts of
/// at least 12 px, inside it, apart from each other, off the bars and whiskers; bars inside.
fn check_layout(svg: &str, width: u32) {
    assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    let (w, h) = size(svg);
    assert_eq!(w, f64::from(width.max(MIN_WIDTH)), "drawn for its width");
    let texts = texts(svg);
    for t in &texts {
        assert!(t.size >= 12.0, "{t:?} is too small");
        let (left, top, right, bottom) = t.bounds();
        assert!(
            left >= 0.0 && top >= 0.0 && right <= w && bottom <= h,
            "{t:?} leaves the {w}×{h} drawing\n{svg}"
        );
    }
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            assert!(
                !overlap(a.bounds(), b.bounds()),
                "{a:?} overlaps {b:?}\n{svg}"
            );
        }
    }
    for r in rects(svg) {
        // A claim's outline is 2 px wide, half of it outside the rectangle.
        let (left, top, right, bottom) = rect_bounds(r);
        assert!(
            left >= 1.0 && top >= 1.0 && right <= w - 1.0 && bottom <= h - 1.0,
            "{r} leaves the {w}×{h} drawing"
        );
        for t in &texts {
            assert!(!overlap(rect_bounds(r), t.bounds()), "{t:?} on {r}");
        }
    }
    for line in polylines(svg) {
        for &(x, y) in &line {
            assert!((0.0..=w).contains(&x) && (0.0..=h).contains(&y), "{line:?}");
        }
    }
    for whisker in whiskers(svg) {
        let (left, right) = (whisker[0].0, whisker[3].0);
        let (top, bottom) = (whisker[4].1, whisker[5].1);
        for t in &texts {
            assert!(
                !overlap((left - 1.0, top, right + 1.0, bottom), t.bounds()),
                "{t:?} on the whisker {whisker:?}"
            );
        }
    }
}

/// All the text of the chart, lines joined by spaces, in drawing order.
fn all_text(svg: &str) -> String {
    texts(svg)
        .iter()
        .map(|t| t.content.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

// --- Realistic charts -----------------------------------------------------------------

/// A value as the widget writes it, in French.
fn fr(metric: Metric, value: f64) -> String {
    quantity(metric, value, Lang::Fr, 2)
}

/// A chart like the widget's: the reader's scenario among everyday uses and scaled press
/// claims, long French labels, whiskers, and a note with the multiple of the scenario.
fn realistic(metric: Metric, rows: &[(&str, f64, f64, f64, BarStyle)]) -> BarChart {
    let scenario = rows
        .iter()
        .find(|r| r.4 == BarStyle::Highlight)
        .map_or(1.0, |r| r.1);
    BarChart {
        bars: rows
            .iter()
            .map(|&(label, value, low, high, style)| Bar {
                label: label.into(),
                value,
                low,
                high,
                value_label: fr(metric, value),
                note: (style != BarStyle::Highlight)
                    .then(|| multiple(value, scenario).map(|m| times(m, Lang::Fr)))
                    .flatten(),
                style,
            })
            .collect(),
    }
}

/// Twelve rows of an energy chart, in Wh, spanning six decades (a log scale).
fn energy_log() -> BarChart {
    use BarStyle::*;
    realistic(
        Metric::Energy,
        &[
            (
                "Une semaine d’images générées dans le monde, selon la presse (× 12 images)",
                3200.0,
                1500.0,
                6400.0,
                Claim,
            ),
            (
                "Un cycle de lave-linge à 40 °C",
                800.0,
                500.0,
                1100.0,
                Reference,
            ),
            (
                "Une heure de vidéo en streaming sur un téléviseur",
                120.0,
                80.0,
                200.0,
                Reference,
            ),
            (
                "Recharge complète d’un smartphone (batterie et chargeur)",
                15.0,
                12.0,
                19.0,
                Reference,
            ),
            ("Votre usage", 5.0, 2.0, 37.0, Highlight),
            (
                "Une requête à un assistant conversationnel selon une estimation publiée (× 12)",
                3.6,
                3.6,
                3.6,
                Claim,
            ),
            (
                "Une ampoule LED allumée pendant une heure",
                8.0,
                6.0,
                10.0,
                Reference,
            ),
            ("Une recherche sur le web", 0.3, 0.2, 0.4, Reference),
            ("Un courriel sans pièce jointe", 0.05, 0.03, 0.1, Reference),
            (
                "Faire bouillir un litre d’eau dans une bouilloire électrique",
                110.0,
                100.0,
                120.0,
                Reference,
            ),
            (
                "Un trajet de cinq kilomètres en voiture électrique",
                900.0,
                700.0,
                1200.0,
                Reference,
            ),
            ("Grille-pain, deux tranches", 40.0, 30.0, 50.0, Reference),
        ],
    )
}

/// A CO₂ chart in g CO₂e from 20 mg to 3 kg, whose decade labels ("100 mg CO₂e") are long.
fn co2_log() -> BarChart {
    use BarStyle::*;
    realistic(
        Metric::Co2,
        &[
            (
                "Un kilomètre en voiture thermique",
                3000.0,
                2500.0,
                3500.0,
                Reference,
            ),
            (
                "Recharge complète d’un smartphone (batterie et chargeur)",
                1.0,
                0.5,
                1.5,
                Reference,
            ),
            ("Votre usage", 0.9, 0.4, 6.0, Highlight),
            ("Une recherche sur le web", 0.2, 0.1, 0.3, Reference),
            ("Un courriel sans pièce jointe", 0.02, 0.01, 0.04, Reference),
        ],
    )
}

/// Rows within a factor of 100: a linear scale.
fn water_linear() -> BarChart {
    use BarStyle::*;
    realistic(
        Metric::Water,
        &[
            ("Une tasse de thé", 0.25, 0.2, 0.3, Reference),
            ("Votre usage", 0.5, 0.1, 0.9, Highlight),
            (
                "Une bouteille d’eau, selon un article de presse largement repris",
                1.5,
                1.5,
                1.5,
                Claim,
            ),
            ("Une chasse d’eau économique", 3.0, 3.0, 6.0, Reference),
        ],
    )
}

fn french_ticks(metric: Metric) -> impl Fn(f64) -> String {
    move |v| quantity(metric, v, Lang::Fr, 1)
}

#[test]
fn realistic_charts_fit_every_width_with_readable_texts_apart() {
    for (metric, chart) in [
        (Metric::Energy, energy_log()),
        (Metric::Co2, co2_log()),
        (Metric::Water, water_linear()),
    ] {
        for width in [240, 280, 320, 390, 559, 560, 640, 960] {
            let svg = bar_chart_svg(&chart, width, &french_ticks(metric)).unwrap();
            check_layout(&svg, width);
            assert_eq!(rects(&svg).len(), chart.bars.len(), "one bar per row");
            let text = all_text(&svg);
            for bar in &chart.bars {
                assert!(
                    text.contains(&bar.label),
                    "{width}: {:?} cut\n{text}",
                    bar.label
                );
                let value = match &bar.note {
                    Some(note) => format!("{} {note}", bar.value_label),
                    None => bar.value_label.clone(),
                };
                assert!(text.contains(&value), "{width}: {value:?} missing\n{text}");
            }
        }
    }
}

#[test]
fn texts_are_written_at_14_px_at_every_width() {
    for width in WIDTHS {
        let svg = bar_chart_svg(&co2_log(), width, &french_ticks(Metric::Co2)).unwrap();
        let sizes: Vec<f64> = texts(&svg).iter().map(|t| t.size).collect();
        assert!(!sizes.is_empty());
        assert!(sizes.iter().all(|s| *s == 14.0), "{width}: {sizes:?}");
    }
}

#[test]
fn labels_go_above_bars_when_narrow_and_beside_them_when_wide() {
    let chart = BarChart {
        bars: vec![bar("Une recherche", 2.0, BarStyle::Reference)],
    };
    let narrow = draw(chart.bars.clone(), STACK_BELOW - 1);
    let label = &texts(&narrow)[0];
    let rect = rect_bounds(rects(&narrow)[0]);
    assert_eq!(label.anchor, "start");
    assert!(label.bounds().3 <= rect.1, "above its bar: {narrow}");
    assert!(label.x <= rect.0, "the bar has the whole width: {narrow}");

    let wide = draw(chart.bars, STACK_BELOW);
    let label = &texts(&wide)[0];
    let rect = rect_bounds(rects(&wide)[0]);
    assert_eq!(label.anchor, "end");
    assert!(label.x <= rect.0, "beside its bar: {wide}");
    assert!(
        label.y > rect.1 && label.y < rect.3,
        "level with its bar: {wide}"
    );
}

#[test]
fn narrower_than_the_minimum_is_drawn_at_the_minimum() {
    let svg = draw(vec![bar("a", 1.0, BarStyle::Reference)], 100);
    assert_eq!(size(&svg).0, f64::from(MIN_WIDTH));
    check_layout(&svg, 100);
}

#[test]
fn long_labels_wrap_to_the_width_never_cut() {
    let label = "Recharge complète d’un smartphone (batterie et chargeur)";
    let mut lines_at = Vec::new();
    for width in [320, 640, 960] {
        let svg = draw(vec![bar(label, 1.0, BarStyle::Reference)], width);
        check_layout(&svg, width);
        let lines: Vec<String> = texts(&svg)
            .into_iter()
            .map(|t| t.content)
            .filter(|c| !c.contains("Wh"))
            .collect();
        assert_eq!(lines.join(" "), label, "{width}");
        lines_at.push(lines.len());
    }
    assert!(lines_at[0] > 1, "wrapped on a phone: {lines_at:?}");
    assert!(lines_at[0] >= lines_at[2], "{lines_at:?}");
}

// --- Axis ---------------------------------------------------------------------------

#[test]
fn decade_labels_are_thinned_until_they_fit_never_dropped_altogether() {
    let mut shown = 0;
    for width in WIDTHS {
        let chart = co2_log();
        let svg = bar_chart_svg(&chart, width, &french_ticks(Metric::Co2)).unwrap();
        check_layout(&svg, width);
        let Scale::Log { min_exp, max_exp } = chart.scale() else {
            panic!("a log scale");
        };
        let decades = (max_exp - min_exp + 1) as usize;
        assert_eq!(
            polylines(&svg).len() - whiskers(&svg).len(),
            decades,
            "a line each"
        );
        let labels: Vec<String> = texts(&svg)
            .into_iter()
            .map(|t| t.content)
            .filter(|c| {
                (min_exp..=max_exp).any(|e| *c == quantity(Metric::Co2, 10f64.powi(e), Lang::Fr, 1))
            })
            .collect();
        assert!(labels.len() >= 2, "{width}: {labels:?}");
        assert!(labels.len() <= decades, "{width}: {labels:?}");
        assert!(
            labels.len() >= shown,
            "{width}: fewer labels than narrower: {labels:?}"
        );
        shown = labels.len();
    }
}

#[test]
fn a_log_scale_is_chosen_beyond_two_orders_of_magnitude() {
    assert_eq!(Scale::fit([1.0, 50.0, 100.0]), Scale::Linear { max: 100.0 });
    assert_eq!(
        Scale::fit([0.2, 1.0, 3000.0]),
        Scale::Log {
            min_exp: -1,
            max_exp: 4
        }
    );
    // Low bounds count too: a wide whisker can call for a log scale on its own.
    assert!(matches!(Scale::fit([0.01, 2.0, 3.0]), Scale::Log { .. }));
    assert_eq!(
        Scale::fit([0.0, f64::NAN, -1.0]),
        Scale::Linear { max: 1.0 }
    );
}

#[test]
fn on_a_log_scale_decades_are_equally_long_and_marked() {
    for width in WIDTHS {
        let svg = draw(
            vec![
                bar("one", 1.0, BarStyle::Reference),
                bar("ten", 10.0, BarStyle::Reference),
                bar("thousand", 1000.0, BarStyle::Highlight),
            ],
            width,
        );
        check_layout(&svg, width);
        let w = widths(&svg);
        let decade = w[1] - w[0];
        assert!(decade > 10.0, "{width}: {w:?}");
        assert!(
            ((w[2] - w[1]) - 2.0 * decade).abs() < 2.0,
            "{width}: two decades: {w:?}"
        );
        let lines: Vec<f64> = polylines(&svg).iter().map(|p| p[0].0).collect();
        assert_eq!(lines.len(), 5, "0.1 to 1000: {lines:?}");
        assert!(
            lines
                .windows(2)
                .all(|p| ((p[1] - p[0]) - decade).abs() < 2.0),
            "{width}: decade lines {lines:?}, decade {decade}"
        );
        let labelled = ["tick-0.1", "tick-1", "tick-10", "tick-100", "tick-1000"]
            .iter()
            .filter(|t| texts(&svg).iter().any(|x| x.content == **t))
            .count();
        assert!(labelled >= 2, "{width}: decades labelled {labelled}\n{svg}");
        if width == 960 {
            assert_eq!(labelled, 5, "room for every label\n{svg}");
        }
    }
    let linear = svg(vec![
        bar("a", 1.0, BarStyle::Reference),
        bar("b", 3.0, BarStyle::Reference),
    ]);
    assert!(
        !linear.contains("tick-") && polylines(&linear).is_empty(),
        "no decade marks on a linear chart"
    );
}

// --- Bars -----------------------------------------------------------------------------

#[test]
fn draws_one_bar_per_row_top_to_bottom_with_lengths_in_proportion() {
    for width in WIDTHS {
        let svg = draw(
            vec![
                bar("a", 4.0, BarStyle::Reference),
                bar("b", 1.0, BarStyle::Highlight),
                bar("c", 2.5, BarStyle::Claim),
            ],
            width,
        );
        check_layout(&svg, width);
        let rects = rects(&svg);
        assert_eq!(rects.len(), 3, "{svg}");
        assert!(
            attr(rects[0], "y") < attr(rects[1], "y"),
            "first bar on top"
        );
        let w = widths(&svg);
        assert!(
            (w[0] / w[1] - 4.0).abs() < 0.1,
            "{width}: a should be 4× b: {w:?}"
        );
        assert!(
            (w[2] / w[1] - 2.5).abs() < 0.1,
            "{width}: c should be 2.5× b: {w:?}"
        );
        assert!(
            w[0] > f64::from(width) * 0.3,
            "{width}: the longest bar uses the room: {w:?}"
        );
    }
}

#[test]
fn realistic_linear_bars_are_in_proportion_to_their_values() {
    let chart = water_linear();
    assert!(matches!(chart.scale(), Scale::Linear { .. }));
    for width in WIDTHS {
        let svg = bar_chart_svg(&chart, width, &french_ticks(Metric::Water)).unwrap();
        let w = widths(&svg);
        let unit = w[3] / chart.bars[3].value;
        for (bar, w) in chart.bars.iter().zip(&w) {
            assert!(
                (w - bar.value * unit).abs() <= 1.0,
                "{width}: {w} for {}",
                bar.value
            );
        }
    }
}

#[test]
fn each_style_is_drawn_differently_and_claims_are_outlined() {
    let svg = svg(vec![
        bar("mine", 2.0, BarStyle::Highlight),
        bar("kettle", 3.0, BarStyle::Reference),
        bar("press", 5.0, BarStyle::Claim),
    ]);
    let rects = rects(&svg);
    let fill = |r: &str| {
        r.split("fill=\"")
            .nth(1)
            .map(|f| f[..f.find('"').unwrap()].to_owned())
    };
    let fills: Vec<_> = rects.iter().map(|r| fill(r)).collect();
    assert_ne!(fills[0], fills[1]);
    assert_eq!(
        fills[2].as_deref(),
        Some("none"),
        "a claim is not filled: {}",
        rects[2]
    );
}

#[test]
fn labels_and_value_labels_are_present() {
    let svg = svg(vec![
        bar("label-a", 2.5, BarStyle::Reference),
        bar("mine", 7.0, BarStyle::Highlight),
    ]);
    for text in ["label-a", "mine", "2.5\u{a0}Wh", "7\u{a0}Wh"] {
        assert!(svg.contains(text), "missing {text}");
    }
}

#[test]
fn ranges_draw_as_whiskers_only_where_low_and_high_differ() {
    let exact = svg(vec![bar("a", 2.0, BarStyle::Highlight)]);
    let ranged = svg(vec![Bar {
        low: 1.0,
        high: 3.0,
        ..bar("a", 2.0, BarStyle::Highlight)
    }]);
    let lines = |s: &str| s.matches("<polyline").count() + s.matches("<path").count();
    assert_eq!(lines(&exact), 0);
    assert_eq!(lines(&ranged), 1, "a whisker with its two caps: {ranged}");
    let points = &polylines(&ranged)[0];
    let [low_a, low_b, low_mid, high_mid, high_a, high_b] = points[..] else {
        panic!("low cap, range, high cap: {points:?}");
    };
    assert!(low_a.0 == low_b.0 && low_b.0 == low_mid.0, "{points:?}");
    assert!(high_mid.0 == high_a.0 && high_a.0 == high_b.0, "{points:?}");
    assert!(
        low_mid.0 < high_mid.0 && low_mid.1 == high_mid.1,
        "{points:?}"
    );
    assert_eq!(
        low_b.1 - low_a.1,
        10.0,
        "caps span the bar's middle: {points:?}"
    );
    assert_eq!(high_b.1 - high_a.1, 10.0, "{points:?}");
    let value = &texts(&ranged)[1];
    assert!(
        value.x > high_mid.0,
        "the value after the high cap: {ranged}"
    );
}

#[test]
fn bad_values_draw_as_empty_bars_never_nan() {
    for width in WIDTHS {
        let bars = [f64::NAN, -3.0, f64::INFINITY, f64::NEG_INFINITY]
            .iter()
            .map(|v| Bar {
                value_label: "?".into(),
                low: *v,
                high: *v,
                note: Some("× 3".into()),
                ..bar("x", *v, BarStyle::Reference)
            })
            .collect();
        let svg = draw(bars, width);
        check_layout(&svg, width);
        assert!(widths(&svg).iter().all(|w| *w <= 1.0), "{svg}");
    }
}

// --- Notes ----------------------------------------------------------------------------

#[test]
fn a_note_follows_its_value_and_fits_even_after_the_longest_bar() {
    for width in WIDTHS {
        let bars = vec![
            Bar {
                note: Some("×\u{a0}640".into()),
                low: 2000.0,
                high: 6400.0,
                value_label: "3,2\u{a0}kWh".into(),
                ..bar("presse", 3200.0, BarStyle::Claim)
            },
            bar("votre usage", 5.0, BarStyle::Highlight),
        ];
        let svg = draw(bars, width);
        check_layout(&svg, width);
        let texts = texts(&svg);
        let value = texts
            .iter()
            .find(|t| t.content == "3,2\u{a0}kWh ×\u{a0}640")
            .unwrap_or_else(|| panic!("{width}: value then note on one line: {texts:?}"));
        let bar = rect_bounds(rects(&svg)[0]);
        assert!(value.x > bar.2, "after the bar");
        assert!(value.bounds().2 <= f64::from(width), "inside the drawing");
    }
}

#[test]
fn a_note_too_long_for_one_line_goes_under_its_value_inside_the_drawing() {
    let note = "×\u{a0}640 selon un article de presse largement repris";
    let svg = draw(
        vec![Bar {
            note: Some(note.into()),
            ..bar("a", 10.0, BarStyle::Claim)
        }],
        320,
    );
    check_layout(&svg, 320);
    assert!(
        all_text(&svg).contains(&format!("10\u{a0}Wh {note}")),
        "{svg}"
    );
}

// --- Stability ------------------------------------------------------------------------

/// The elements' names, in order, as the UI's patching sees them.
fn structure(svg: &str) -> Vec<&str> {
    svg.lines()
        .filter(|l| l.starts_with('<') && !l.starts_with("</"))
        .map(|l| &l[1..l.find([' ', '>', '/']).unwrap_or(l.len())])
        .collect()
}

#[test]
fn the_elements_stay_the_same_when_only_values_change() {
    for width in WIDTHS {
        let before = energy_log();
        let mut after = energy_log();
        for bar in after
            .bars
            .iter_mut()
            .filter(|b| b.style != BarStyle::Reference)
        {
            bar.value *= 1.2;
            bar.low *= 1.2;
            bar.high *= 1.2;
            bar.value_label = fr(Metric::Energy, bar.value);
        }
        let ticks = french_ticks(Metric::Energy);
        let (a, b) = (
            bar_chart_svg(&before, width, &ticks).unwrap(),
            bar_chart_svg(&after, width, &ticks).unwrap(),
        );
        assert_ne!(a, b);
        assert_eq!(structure(&a), structure(&b), "{width}");
    }
}

// --- Random charts --------------------------------------------------------------------

const WORDS: [&str; 10] = [
    "Recharge",
    "complète",
    "d’un",
    "smartphone",
    "(batterie",
    "et",
    "chargeur)",
    "à",
    "anticonstitutionnellement",
    "Wh",
];

fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => (-4.0..7.0f64).prop_map(|e| 10f64.powf(e)),
        1 => Just(0.0),
        1 => prop::sample::select(vec![f64::NAN, -1.0, f64::INFINITY]),
    ]
}

fn any_bar() -> impl Strategy<Value = Bar> {
    (
        prop::collection::vec(prop::sample::select(WORDS.to_vec()), 1..12),
        any_value(),
        0.1..1.0f64,
        1.0..8.0f64,
        "[0-9]{1,4}(,[0-9])?\u{a0}(Wh|kg\u{a0}CO₂e|m³)",
        prop::option::of((1.0..1e5f64, any::<bool>())),
        prop::sample::select(vec![
            BarStyle::Highlight,
            BarStyle::Reference,
            BarStyle::Claim,
        ]),
    )
        .prop_map(|(words, value, low, high, value_label, note, style)| Bar {
            label: words.join(" "),
            value,
            low: value * low,
            high: value * high,
            value_label,
            note: note.map(|(n, times)| {
                let sign = if times { '×' } else { '÷' };
                format!("{sign}\u{a0}{}", n.round())
            }),
            style,
        })
}

proptest! {
    #[test]
    fn random_charts_fit_with_texts_apart_and_nothing_cut(
        bars in prop::collection::vec(any_bar(), 0..14),
        width in prop_oneof![Just(240u32), Just(320), Just(640), Just(960), 240..1400u32],
    ) {
        let chart = BarChart { bars };
        let svg = bar_chart_svg(&chart, width, &|v| quantity(Metric::Co2, v, Lang::Fr, 1))
            .expect("chart draws");
        check_layout(&svg, width);
        prop_assert_eq!(rects(&svg).len(), chart.bars.len());
        let squeezed: String = all_text(&svg).split_whitespace().collect();
        for bar in &chart.bars {
            let label: String = bar.label.split_whitespace().collect();
            prop_assert!(squeezed.contains(&label), "{:?} cut", bar.label);
        }
    }
}
