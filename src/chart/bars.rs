use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::Scale;
use super::layout::{HALF_BAR, layout};
use super::text::{INK, font};

/// How a bar is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarStyle {
    /// The reader's own scenario: filled with the accent colour.
    Highlight,
    /// An everyday reference: filled grey.
    Reference,
    /// A published claim: outlined only, so it never looks like our data.
    Claim,
    /// A span: filled from `low` to `high` (no bar from zero, no whisker), with a dark
    /// mark across it at `value` (what moves the result: the reader's choice within its span).
    Span,
}

/// One bar: a labelled value with its low–high range.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Text shown beside the bar, or above it on narrow charts; wrapped, never cut.
    pub label: String,
    /// Central value, in the chart's unit; negative or non-finite values draw as zero.
    pub value: f64,
    /// Low and high bounds, in the chart's unit; drawn as a whisker when they differ.
    pub low: f64,
    pub high: f64,
    /// Text shown after the bar (the value, formatted by the caller).
    pub value_label: String,
    /// Short text shown after the value label, separated by a space, e.g. "× 640": how
    /// many times the reader's scenario this bar is (`compare::multiple`, written by
    /// `format::times`), which bar lengths on a log axis do not show. Wraps under the
    /// value when both do not fit on one line.
    pub note: Option<String>,
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

const HIGHLIGHT: RGBColor = RGBColor(0x0b, 0x6e, 0x4f);
/// Dark enough for the 3:1 contrast WCAG asks of graphics on white.
const REFERENCE: RGBColor = RGBColor(0x74, 0x81, 0x96);
const CLAIM: RGBColor = RGBColor(0xb4, 0x5f, 0x06);
const GRID: RGBColor = RGBColor(0xd5, 0xda, 0xe1);
/// Half the height of a whisker's caps, in px.
const HALF_CAP: i32 = 5;

/// Draws `chart` as an SVG document `width` CSS px wide (see [`MIN_WIDTH`](super::MIN_WIDTH)
/// and [`MAX_WIDTH`](super::MAX_WIDTH)), as tall as its rows need: both are written in the
/// root's `width` and `height`, to be shown at exactly that size. A log scale is chosen when
/// values span more than two orders of magnitude; `tick_label` writes its decades. The
/// elements are the same, in the same order, when only values change (some wrap
/// differently when a text grows a line). Never panics; a plotters failure is returned as
/// its message.
pub fn bar_chart_svg(
    chart: &BarChart,
    width: u32,
    tick_label: &dyn Fn(f64) -> String,
) -> Result<String, String> {
    let l = layout(chart, width, tick_label);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (l.width as u32, l.height as u32))
            .into_drawing_area();
        let draw_err = |e: DrawingAreaErrorKind<_>| e.to_string();
        for &x in &l.ticks {
            let line = vec![(x, l.grid.0), (x, l.grid.1)];
            root.draw(&PathElement::new(line, GRID.stroke_width(1)))
                .map_err(draw_err)?;
        }
        for tick in &l.tick_labels {
            let text = Text::new(tick.text.clone(), (tick.x, l.axis_y), font(tick.anchor));
            root.draw(&text).map_err(draw_err)?;
        }
        let label_anchor = if l.stacked { HPos::Left } else { HPos::Right };
        for (bar, row) in chart.bars.iter().zip(&l.rows) {
            for (line, y) in &row.label {
                let text = Text::new(line.clone(), (l.label_x, *y), font(label_anchor));
                root.draw(&text).map_err(draw_err)?;
            }
            let mid = row.mid;
            let (lo, hi) = (row.low_x, row.high_x);
            if bar.style == BarStyle::Span {
                let corners = [(lo, mid - HALF_BAR), (hi.max(lo + 2), mid + HALF_BAR)];
                root.draw(&Rectangle::new(corners, REFERENCE.filled()))
                    .map_err(draw_err)?;
                let mark = vec![(row.end, mid - HALF_BAR - 3), (row.end, mid + HALF_BAR + 3)];
                root.draw(&PathElement::new(mark, HIGHLIGHT.stroke_width(4)))
                    .map_err(draw_err)?;
            } else {
                let corners = [(l.plot_left, mid - HALF_BAR), (row.end, mid + HALF_BAR)];
                let style = match bar.style {
                    BarStyle::Reference => REFERENCE.filled(),
                    BarStyle::Claim => CLAIM.stroke_width(2),
                    BarStyle::Highlight | BarStyle::Span => HIGHLIGHT.filled(),
                };
                root.draw(&Rectangle::new(corners, style))
                    .map_err(draw_err)?;
            }
            if hi > lo && bar.style != BarStyle::Span {
                // The low cap, the range, then the high cap, as one line: a third of the
                // elements to parse when a slider move redraws the bar.
                let whisker = [
                    (lo, mid - HALF_CAP),
                    (lo, mid + HALF_CAP),
                    (lo, mid),
                    (hi, mid),
                    (hi, mid - HALF_CAP),
                    (hi, mid + HALF_CAP),
                ];
                root.draw(&PathElement::new(whisker, INK.stroke_width(1)))
                    .map_err(draw_err)?;
            }
            for (line, y) in &row.value {
                let text = Text::new(line.clone(), (row.value_x, *y), font(HPos::Left));
                root.draw(&text).map_err(draw_err)?;
            }
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}
