//! Protects the chart function: one bar per row in order, proportional lengths, whiskers,
//! a log scale only when values span more than two orders of magnitude, no NaN.
#![cfg(not(target_arch = "wasm32"))]

use empreinte::chart::{Bar, BarChart, BarStyle, Scale, bar_chart_svg};

fn bar(label: &str, value: f64, style: BarStyle) -> Bar {
    Bar {
        label: label.into(),
        value,
        low: value,
        high: value,
        value_label: format!("{value} Wh"),
        style,
    }
}

fn svg(bars: Vec<Bar>) -> String {
    bar_chart_svg(&BarChart { bars }, &|v| format!("tick-{v}")).expect("chart draws")
}

/// The `<rect>` elements, in document order.
fn rects(svg: &str) -> Vec<&str> {
    svg.split("<rect")
        .skip(1)
        .map(|r| &r[..r.find("/>").unwrap()])
        .collect()
}

fn attr(element: &str, name: &str) -> f64 {
    let start = element
        .find(&format!(" {name}=\""))
        .expect("attribute present")
        + name.len()
        + 3;
    let len = element[start..].find('"').unwrap();
    element[start..start + len].parse().unwrap()
}

fn widths(svg: &str) -> Vec<f64> {
    rects(svg).iter().map(|r| attr(r, "width")).collect()
}

#[test]
fn draws_one_bar_per_row_top_to_bottom_with_lengths_in_proportion() {
    let svg = svg(vec![
        bar("a", 4.0, BarStyle::Reference),
        bar("b", 1.0, BarStyle::Highlight),
    ]);
    let rects = rects(&svg);
    assert_eq!(rects.len(), 2, "{svg}");
    assert!(
        attr(rects[0], "y") < attr(rects[1], "y"),
        "first bar on top"
    );
    let w = widths(&svg);
    assert!(
        (w[0] / w[1] - 4.0).abs() < 0.1,
        "bar a should be 4× bar b: {w:?}"
    );
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
    for text in ["label-a", "mine", "2.5 Wh", "7 Wh"] {
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
    let start = ranged.find("points=\"").unwrap() + 8;
    let points: Vec<(i32, i32)> = ranged[start..start + ranged[start..].find('"').unwrap()]
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect();
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
        10,
        "caps span the bar's middle: {points:?}"
    );
    assert_eq!(high_b.1 - high_a.1, 10, "{points:?}");
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
    let svg = svg(vec![
        bar("one", 1.0, BarStyle::Reference),
        bar("ten", 10.0, BarStyle::Reference),
        bar("thousand", 1000.0, BarStyle::Highlight),
    ]);
    let w = widths(&svg);
    let decade = w[1] - w[0];
    assert!(decade > 10.0, "{w:?}");
    assert!(
        ((w[2] - w[1]) - 2.0 * decade).abs() < 2.0,
        "two decades: {w:?}"
    );
    for tick in ["tick-1", "tick-10", "tick-100", "tick-1000"] {
        assert!(svg.contains(tick), "missing {tick}");
    }
    let linear = self::svg(vec![
        bar("a", 1.0, BarStyle::Reference),
        bar("b", 3.0, BarStyle::Reference),
    ]);
    assert!(
        !linear.contains("tick-"),
        "no decade marks on a linear chart"
    );
}

#[test]
fn bad_values_draw_as_empty_bars_never_nan() {
    let bars = [f64::NAN, -3.0, f64::INFINITY]
        .iter()
        .map(|v| Bar {
            value_label: "?".into(),
            low: *v,
            high: *v,
            ..bar("x", *v, BarStyle::Reference)
        })
        .collect();
    let svg = svg(bars);
    assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    assert!(widths(&svg).iter().all(|w| *w <= 1.0));
}

#[test]
fn long_labels_wrap_onto_two_lines() {
    let label = "Images générées par ChatGPT la première semaine";
    let svg = svg(vec![bar(label, 1.0, BarStyle::Reference)]);
    assert!(!svg.contains(label));
    assert!(svg.contains("Images générées par") && svg.contains("ChatGPT la première semaine"));
}
