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
/// decade, or starts or ends there at the drawing's edges. When only one would be left, the
/// first and last decades instead if they fit (one label cannot show a scale). Empty when
/// even one label does not fit.
pub(super) fn tick_labels(ticks: &[(i32, i32, String)], width: i32) -> Vec<TickLabel> {
    let labels = evenly_spaced(ticks, width);
    if labels.len() >= 2 {
        return labels;
    }
    let ends: Vec<_> = [ticks.first(), ticks.last()]
        .into_iter()
        .flatten()
        .collect();
    match fit(&ends, width) {
        Some(both) if ticks.len() >= 2 => both,
        _ => labels,
    }
}

/// Every `k`-th decade for the smallest `k` that fits, as described above.
fn evenly_spaced(ticks: &[(i32, i32, String)], width: i32) -> Vec<TickLabel> {
    for k in 1..=ticks.len().max(1) as i32 {
        for r in 0..k {
            let chosen: Vec<_> = ticks
                .iter()
                .filter(|(exp, _, _)| exp.rem_euclid(k) == r)
                .collect();
            if chosen.is_empty() {
                continue;
            }
            if let Some(labels) = fit(&chosen, width) {
                return labels;
            }
        }
    }
    Vec::new()
}

/// The labels of `chosen` decades, if each fits the drawing and none touches the next.
fn fit(chosen: &[&(i32, i32, String)], width: i32) -> Option<Vec<TickLabel>> {
    let gap = FONT_PX.ceil() as i32;
    let placed: Vec<(i32, i32, TickLabel)> = chosen
        .iter()
        .map(|(_, x, text)| place(text, *x, width))
        .collect::<Option<_>>()?;
    placed
        .windows(2)
        .all(|w| w[0].1 + gap <= w[1].0)
        .then(|| placed.into_iter().map(|(_, _, label)| label).collect())
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
