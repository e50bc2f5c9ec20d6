use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::Scale;

/// How a bar is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarStyle {
    /// The reader's own scenario: filled with the accent colour.
    Highlight,
    /// An everyday reference: filled grey.
    Reference,
    /// A published claim: outlined only, so it never looks like our data.
    Claim,
}

/// One bar: a labelled value with its low–high range.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Text shown beside the bar.
    pub label: String,
    /// Central value, in the chart's unit; negative or non-finite values draw as zero.
    pub value: f64,
    /// Low and high bounds, in the chart's unit; drawn as a whisker when they differ.
    pub low: f64,
    pub high: f64,
    /// Text shown after the bar (the value, formatted by the caller).
    pub value_label: String,
    pub style: BarStyle,
}

/// A horizontal bar chart, bars drawn top to bottom in the given order.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub bars: Vec<Bar>,
}

impl BarChart {
    /// The scale the chart is drawn with, from every bar's central value and bounds (the
    /// caller reads it too, to say when the axis is logarithmic).
    pub fn scale(&self) -> Scale {
        Scale::fit(self.bars.iter().flat_map(|b| [b.low, b.value, b.high]))
    }
}

const WIDTH: i32 = 640;
const LABEL_WIDTH: i32 = 230;
const VALUE_WIDTH: i32 = 100;
const ROW_HEIGHT: i32 = 34;
const BAR_HEIGHT: i32 = 18;
const AXIS_HEIGHT: i32 = 24;
/// plotters writes font sizes at about 0.8 of this.
const FONT_PX: f64 = 16.0;
/// Labels longer than this wrap onto a second line.
const WRAP_CHARS: usize = 32;

const INK: RGBColor = RGBColor(0x1d, 0x24, 0x30);
const HIGHLIGHT: RGBColor = RGBColor(0x0b, 0x6e, 0x4f);
/// Dark enough for the 3:1 contrast WCAG asks of graphics on white.
const REFERENCE: RGBColor = RGBColor(0x74, 0x81, 0x96);
const CLAIM: RGBColor = RGBColor(0xb4, 0x5f, 0x06);
const GRID: RGBColor = RGBColor(0xd5, 0xda, 0xe1);

/// Draws `chart` as an SVG document, choosing a log scale when values span more than two
/// orders of magnitude; `tick_label` formats the decades of a log axis. Never panics; a
/// plotters failure is returned as its message.
pub fn bar_chart_svg(
    chart: &BarChart,
    tick_label: &dyn Fn(f64) -> String,
) -> Result<String, String> {
    let scale = chart.scale();
    let ticks = scale.ticks();
    let rows = chart.bars.len() as i32;
    let axis = if ticks.is_empty() { 0 } else { AXIS_HEIGHT };
    let height = ROW_HEIGHT * rows.max(1) + axis + 8;
    let plot_width = f64::from(WIDTH - LABEL_WIDTH - VALUE_WIDTH);
    let x = |v: f64| LABEL_WIDTH + (scale.position(v) * plot_width).round() as i32;
    let font = |h: HPos| {
        TextStyle::from(("sans-serif", FONT_PX).into_font())
            .color(&INK)
            .pos(Pos::new(h, VPos::Center))
    };

    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (WIDTH as u32, height as u32)).into_drawing_area();
        let draw_err = |e: DrawingAreaErrorKind<_>| e.to_string();
        let bottom = ROW_HEIGHT * rows;
        for tick in &ticks {
            let tx = x(*tick);
            root.draw(&PathElement::new(
                vec![(tx, 0), (tx, bottom)],
                GRID.stroke_width(1),
            ))
            .map_err(draw_err)?;
            root.draw(&Text::new(
                tick_label(*tick),
                (tx, bottom + AXIS_HEIGHT / 2),
                font(HPos::Center),
            ))
            .map_err(draw_err)?;
        }
        for (i, bar) in chart.bars.iter().enumerate() {
            let mid = ROW_HEIGHT * i as i32 + ROW_HEIGHT / 2;
            let lines = wrap(&bar.label);
            let first = mid - (lines.len() as i32 - 1) * 8;
            for (n, line) in lines.iter().enumerate() {
                root.draw(&Text::new(
                    line.clone(),
                    (LABEL_WIDTH - 8, first + 16 * n as i32),
                    font(HPos::Right),
                ))
                .map_err(draw_err)?;
            }
            let end = x(bar.value);
            let corners = [
                (LABEL_WIDTH, mid - BAR_HEIGHT / 2),
                (end.max(LABEL_WIDTH + 1), mid + BAR_HEIGHT / 2),
            ];
            let style = match bar.style {
                BarStyle::Highlight => HIGHLIGHT.filled(),
                BarStyle::Reference => REFERENCE.filled(),
                BarStyle::Claim => CLAIM.stroke_width(2),
            };
            root.draw(&Rectangle::new(corners, style))
                .map_err(draw_err)?;
            let (lo, hi) = (x(bar.low), x(bar.high));
            if hi > lo {
                // The low cap, the range, then the high cap, as one line: a third of the
                // elements to parse when a slider move redraws the bar.
                let whisker = [
                    (lo, mid - 5),
                    (lo, mid + 5),
                    (lo, mid),
                    (hi, mid),
                    (hi, mid - 5),
                    (hi, mid + 5),
                ];
                root.draw(&PathElement::new(whisker, INK.stroke_width(1)))
                    .map_err(draw_err)?;
            }
            let label_x = end.max(hi) + 6;
            root.draw(&Text::new(
                bar.value_label.clone(),
                (label_x, mid),
                font(HPos::Left),
            ))
            .map_err(draw_err)?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

/// Splits a long label into two lines at the space nearest its middle.
fn wrap(label: &str) -> Vec<String> {
    if label.chars().count() <= WRAP_CHARS {
        return vec![label.to_owned()];
    }
    let middle = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) => vec![label[..i].to_owned(), label[i + 1..].to_owned()],
        None => vec![label.to_owned()],
    }
}
