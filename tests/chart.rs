//! Protects the chart function: one bar per row, proportional lengths, labels, no NaN.
#![cfg(not(target_arch = "wasm32"))]

use empreinte::chart::{Bar, BarChart, bar_chart_svg};

fn bar(id: &str, value: f64, highlight: bool) -> Bar {
    Bar {
        id: id.into(),
        label: format!("label-{id}"),
        value,
        value_label: format!("{value} Wh"),
        highlight,
    }
}

/// The `width` of every `<rect>`, in document order.
fn rect_widths(svg: &str) -> Vec<f64> {
    svg.split("<rect")
        .skip(1)
        .map(|r| attr(r, "width"))
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

#[test]
fn draws_one_bar_per_row_with_lengths_in_proportion() {
    let chart = BarChart {
        bars: vec![bar("a", 1.0, false), bar("b", 4.0, true)],
    };
    let svg = bar_chart_svg(&chart).unwrap();
    let widths = rect_widths(&svg);
    assert_eq!(widths.len(), 2, "{svg}");
    let ratio = widths[1] / widths[0];
    assert!(
        (ratio - 4.0).abs() < 0.1,
        "bar b should be 4× bar a, got {ratio}"
    );
}

#[test]
fn shows_labels_and_value_labels() {
    let chart = BarChart {
        bars: vec![bar("a", 2.5, false), bar("scenario", 7.0, true)],
    };
    let svg = bar_chart_svg(&chart).unwrap();
    for text in ["label-a", "label-scenario", "2.5 Wh", "7 Wh"] {
        assert!(svg.contains(text), "missing {text}");
    }
}

#[test]
fn bad_values_draw_as_empty_bars_never_nan() {
    let chart = BarChart {
        bars: [f64::NAN, -3.0, f64::INFINITY]
            .iter()
            .enumerate()
            .map(|(i, v)| Bar {
                value_label: "?".into(),
                ..bar(&i.to_string(), *v, false)
            })
            .collect(),
    };
    let svg = bar_chart_svg(&chart).unwrap();
    assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    assert!(rect_widths(&svg).iter().all(|w| *w <= 1.0));
}

#[test]
fn an_all_zero_chart_still_draws() {
    let chart = BarChart {
        bars: vec![bar("a", 0.0, true)],
    };
    let svg = bar_chart_svg(&chart).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("label-a"));
}
