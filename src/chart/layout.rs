//! Where everything goes for a given width, in CSS px: label and plot columns, each row's
//! lines and bar, the axis. Pure geometry; `bars.rs` draws it.

use super::BarChart;
use super::axis::{TickLabel, tick_labels};
use super::text::{ABOVE_MIDDLE_PX, LINE_PX, lines_width, wrap};

/// The narrowest drawing, in px: a 320 px phone less an article's and the widget's margins
/// (about 270 px) still fits; narrower columns get this width (texts stay readable).
pub const MIN_WIDTH: u32 = 240;
/// The widest drawing, in px, so that a bogus measure cannot ask for a huge image.
pub const MAX_WIDTH: u32 = 4096;
/// Below this width each label goes on its own lines above its bar, which then has the
/// whole width; from it on, labels sit in a column beside the bars.
pub const STACK_BELOW: u32 = 560;

/// Space kept clear along the drawing's edges, in px.
const PAD: i32 = 4;
/// Space between a label column, a bar's end or its whisker, and the next text, in px.
const GAP: i32 = 8;
/// The label column beside the bars: this share of the width, at most `MAX_LABEL_COLUMN`.
const LABEL_SHARE: f64 = 0.42;
const MAX_LABEL_COLUMN: i32 = 360;
/// The bars always get at least this share of their column; the value texts the rest.
const MIN_PLOT_SHARE: f64 = 0.4;
/// The longest bar's length is a multiple of this, in px, so that a value text one
/// character longer rarely moves every bar.
const PLOT_STEP: i32 = 8;
/// Half a bar's height, in px.
pub(super) const HALF_BAR: i32 = 9;
/// Space between a row and the next, in px.
const ROW_GAP: i32 = 10;

/// The geometry of one chart.
pub(super) struct Layout {
    pub width: i32,
    pub height: i32,
    /// Where bars start, in px.
    pub plot_left: i32,
    /// Where a label line is anchored, and whether it starts (stacked) or ends there.
    pub label_x: i32,
    pub stacked: bool,
    pub rows: Vec<RowLayout>,
    /// Top and bottom of the decade lines, in px (no lines on a linear scale).
    pub grid: (i32, i32),
    /// Decades (x in px) and the labels under them, at `axis_y`.
    pub ticks: Vec<i32>,
    pub tick_labels: Vec<TickLabel>,
    pub axis_y: i32,
}

/// One row: label lines, the bar's middle, value text lines.
pub(super) struct RowLayout {
    /// Label lines with the y of their middles.
    pub label: Vec<(String, i32)>,
    pub mid: i32,
    /// Where the bar ends (at least 1 px long), its whisker's ends, and where its value
    /// text starts, in px.
    pub end: i32,
    pub low_x: i32,
    pub high_x: i32,
    pub value_x: i32,
    /// The value label and note, wrapped, with the y of their middles.
    pub value: Vec<(String, i32)>,
}

/// Lays `chart` out for `width` px (clamped to `MIN_WIDTH..=MAX_WIDTH`); `tick_label`
/// writes a decade of a log axis.
pub(super) fn layout(chart: &BarChart, width: u32, tick_label: &dyn Fn(f64) -> String) -> Layout {
    let scale = chart.scale();
    let stacked = width < STACK_BELOW;
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH) as i32;
    let right = width - PAD;
    let (label_x, plot_left) = if stacked {
        (PAD, PAD)
    } else {
        let column = ((f64::from(width) * LABEL_SHARE) as i32).min(MAX_LABEL_COLUMN);
        (column - GAP, column)
    };
    let label_px = if stacked { right - PAD } else { label_x - PAD };
    let room = right - plot_left;
    let min_plot = (f64::from(room) * MIN_PLOT_SHARE).ceil() as i32;
    let value_px = room - min_plot - GAP;

    let texts: Vec<(Vec<String>, Vec<String>)> = chart
        .bars
        .iter()
        .map(|bar| {
            let value = match &bar.note {
                Some(note) => format!("{} {note}", bar.value_label),
                None => bar.value_label.clone(),
            };
            (wrap(&bar.label, label_px), wrap(&value, value_px))
        })
        .collect();

    // The longest bars that leave room for every value text after their end (whisker
    // included), but never shorter than `min_plot`: value texts were wrapped to fit then.
    let fit = chart
        .bars
        .iter()
        .zip(&texts)
        .filter_map(|(bar, (_, value))| {
            let reach = scale.position(bar.value).max(scale.position(bar.high));
            let left = f64::from(room - GAP - lines_width(value) - 1);
            (reach > 0.0).then(|| (left / reach).floor() as i32)
        })
        .fold(room, i32::min);
    let plot_px = (fit - fit.rem_euclid(PLOT_STEP)).max(min_plot);

    // Never NaN: positions are clamped to 0..=1 (see `Scale::position`).
    let x = |value: f64| plot_left + (scale.position(value) * f64::from(plot_px)).round() as i32;
    let mut y = PAD;
    let mut rows = Vec::with_capacity(texts.len());
    for (bar, (label, value)) in chart.bars.iter().zip(texts) {
        let end = x(bar.value).max(plot_left + 1);
        let (low_x, high_x) = (x(bar.low), x(bar.high));
        let value_x = end.max(high_x) + GAP;
        let lines = |n: usize| LINE_PX * n as i32;
        let row = if stacked {
            let label_top = y;
            let label_block = lines(label.len());
            let bar_top = label_top + label_block + 2;
            let block = lines(value.len()).max(2 * HALF_BAR);
            y = bar_top + block + ROW_GAP;
            RowLayout {
                label: centred(label, label_top + label_block / 2),
                mid: bar_top + block / 2,
                end,
                low_x,
                high_x,
                value_x,
                value: centred(value, bar_top + block / 2),
            }
        } else {
            let block = lines(label.len()).max(lines(value.len())).max(2 * HALF_BAR);
            let mid = y + block / 2;
            y += block + ROW_GAP;
            RowLayout {
                label: centred(label, mid),
                mid,
                end,
                low_x,
                high_x,
                value_x,
                value: centred(value, mid),
            }
        };
        rows.push(row);
    }

    let mut layout = Layout {
        width,
        height: y + PAD,
        plot_left,
        label_x,
        stacked,
        rows,
        grid: (PAD, y - ROW_GAP / 2),
        ticks: Vec::new(),
        tick_labels: Vec::new(),
        axis_y: y + ABOVE_MIDDLE_PX,
    };
    let decades = scale.decades();
    if !decades.is_empty() {
        let marks: Vec<(i32, i32, String)> = decades
            .iter()
            .map(|&exp| {
                let value = 10f64.powi(exp);
                (exp, x(value), tick_label(value))
            })
            .collect();
        layout.ticks = marks.iter().map(|(_, x, _)| *x).collect();
        layout.tick_labels = tick_labels(&marks, width);
        layout.height += LINE_PX;
    }
    layout
}

/// `lines` one below the other, their block centred on `mid`.
fn centred(lines: Vec<String>, mid: i32) -> Vec<(String, i32)> {
    let first = mid - LINE_PX * (lines.len() as i32 - 1) / 2;
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| (line, first + LINE_PX * i as i32))
        .collect()
}
