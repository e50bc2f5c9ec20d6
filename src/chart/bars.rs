use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar: a labelled value, optionally highlighted (the reader's own scenario).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Stable identifier, independent of the language.
    pub id: String,
    /// Text shown beside the bar.
    pub label: String,
    /// Length of the bar, in the chart's unit; negative or non-finite values draw as zero.
    pub value: f64,
    /// Text shown at the end of the bar (the value, formatted by the caller).
    pub value_label: String,
    pub highlight: bool,
}

/// A horizontal bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub bars: Vec<Bar>,
}

const WIDTH: u32 = 640;
const ROW_HEIGHT: u32 = 36;
const LABEL_AREA: u32 = 170;
const BAR_COLOUR: RGBColor = RGBColor(0x6b, 0x7a, 0x8f);
const HIGHLIGHT_COLOUR: RGBColor = RGBColor(0x0b, 0x6e, 0x4f);

/// Draws `chart` as an SVG document. Never panics; a plotters failure (only possible when text
/// cannot be measured) is returned as its message.
pub fn bar_chart_svg(chart: &BarChart) -> Result<String, String> {
    let rows = chart.bars.len().max(1);
    let height = ROW_HEIGHT * rows as u32 + 16;
    let longest = chart
        .bars
        .iter()
        .map(|b| drawable(b.value))
        .fold(0.0, f64::max);
    // Leave room after the longest bar for its value label.
    let x_max = if longest > 0.0 { longest * 1.3 } else { 1.0 };

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        let mut plot = ChartBuilder::on(&root)
            .margin(8)
            .y_label_area_size(LABEL_AREA)
            .build_cartesian_2d(0f64..x_max, (0..rows).into_segmented())
            .map_err(|e| e.to_string())?;
        let labels: Vec<&str> = chart.bars.iter().map(|b| b.label.as_str()).collect();
        plot.configure_mesh()
            .disable_mesh()
            .disable_x_axis()
            .y_labels(rows)
            .y_label_formatter(&|segment| match segment {
                SegmentValue::CenterOf(i) => labels.get(*i).copied().unwrap_or_default().to_owned(),
                _ => String::new(),
            })
            .label_style(("sans-serif", 14))
            .draw()
            .map_err(|e| e.to_string())?;

        plot.draw_series(chart.bars.iter().enumerate().map(|(i, bar)| {
            let colour = if bar.highlight {
                HIGHLIGHT_COLOUR
            } else {
                BAR_COLOUR
            };
            let mut rect = Rectangle::new(
                [
                    (0.0, SegmentValue::Exact(i)),
                    (drawable(bar.value), SegmentValue::Exact(i + 1)),
                ],
                colour.filled(),
            );
            rect.set_margin(6, 6, 0, 0);
            rect
        }))
        .map_err(|e| e.to_string())?;

        plot.draw_series(chart.bars.iter().enumerate().map(|(i, bar)| {
            Text::new(
                format!(" {}", bar.value_label),
                (drawable(bar.value), SegmentValue::CenterOf(i)),
                TextStyle::from(("sans-serif", 14).into_font())
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            )
        }))
        .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

/// A bar length that can be drawn: negative and non-finite values become zero.
fn drawable(value: f64) -> f64 {
    if value.is_finite() {
        value.max(0.0)
    } else {
        0.0
    }
}
