//! Which decades of a log axis get a label: as many as fit without touching each other.

use plotters::style::text_anchor::HPos;

use super::text::{FONT_PX, text_width};

/// One label under the axis: its text, where it is anchored (px) and how.
pub(super) struct TickLabel {
    pub text: String,
    pub x: i32,
    pub anchor: HPos,
}

/// Labels for the decades `ticks` (exponent, x in px, text), every `k`-th one for the
/// smallest `k` whose labels fit between 0 and `width` with a space between them, preferring
/// round exponents (1, 100, 10 000 when every other one). Each label sits centred on its
/// decade, or starts or ends there at the drawing's edges. Empty when even one label does
/// not fit.
pub(super) fn tick_labels(ticks: &[(i32, i32, String)], width: i32) -> Vec<TickLabel> {
    let gap = FONT_PX.ceil() as i32;
    for k in 1..=ticks.len().max(1) as i32 {
        for r in 0..k {
            let chosen: Vec<_> = ticks
                .iter()
                .filter(|(exp, _, _)| exp.rem_euclid(k) == r)
                .collect();
            if chosen.is_empty() {
                continue;
            }
            let placed: Option<Vec<(i32, i32, TickLabel)>> = chosen
                .iter()
                .map(|(_, x, text)| place(text, *x, width))
                .collect();
            let Some(placed) = placed else { continue };
            if placed.windows(2).all(|w| w[0].1 + gap <= w[1].0) {
                return placed.into_iter().map(|(_, _, label)| label).collect();
            }
        }
    }
    Vec::new()
}

/// A label at `x`: its left and right edges and how it is anchored, centred when it fits
/// inside `0..width`, else starting or ending at `x`; `None` when none fits.
fn place(text: &str, x: i32, width: i32) -> Option<(i32, i32, TickLabel)> {
    let w = text_width(text);
    let half = (w + 1) / 2;
    let candidates = [
        (x - half, x + half, HPos::Center),
        (x, x + w, HPos::Left),
        (x - w, x, HPos::Right),
    ];
    candidates
        .into_iter()
        .find(|(left, right, _)| *left >= 0 && *right <= width)
        .map(|(left, right, anchor)| {
            let label = TickLabel {
                text: text.to_owned(),
                x,
                anchor,
            };
            (left, right, label)
        })
}
