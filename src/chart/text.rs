//! Text sizes and line breaking, estimated from the font size: plotters never measures text
//! (on wasm32 it would force a layout), so every box is a conservative estimate.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The `font-size` written in the SVG, in CSS px: the chart is shown 1:1, so this is what a
/// reader sees, at least 12 px at every width.
pub(super) const FONT_PX: f64 = 14.0;
/// plotters writes `font-size` as the size it is given divided by this.
const PLOTTERS_FONT_SCALE: f64 = 1.24;
/// Distance between the middles of two lines of text, in px (about 1.3 em).
pub(super) const LINE_PX: i32 = 18;
/// Room above a line's middle that its glyphs may take, in px: plotters centres text with
/// `dy="0.5ex"` (baseline about 0.25 em below the middle), ascenders reach 0.9 em above it.
pub(super) const ABOVE_MIDDLE_PX: i32 = 10;
/// Average advance of a sans-serif character, in em, rounded up so that estimates err wide.
const CHAR_EM: f64 = 0.6;

/// Text and whiskers: dark enough for the 4.5:1 contrast WCAG asks of text on white.
pub(super) const INK: RGBColor = RGBColor(0x1d, 0x24, 0x30);

/// The chart's text style, anchored horizontally at `h` and centred vertically.
pub(super) fn font(h: HPos) -> TextStyle<'static> {
    TextStyle::from(("sans-serif", FONT_PX * PLOTTERS_FONT_SCALE).into_font())
        .color(&INK)
        .pos(Pos::new(h, VPos::Center))
}

/// The estimated width of `text` on one line, in px.
pub(super) fn text_width(text: &str) -> i32 {
    (text.chars().count() as f64 * CHAR_EM * FONT_PX).ceil() as i32
}

/// How many characters fit in `px`, at least one.
fn chars_in(px: i32) -> usize {
    ((f64::from(px) / (CHAR_EM * FONT_PX)).floor() as usize).max(1)
}

/// Breaks `text` into lines no wider than `max_px`, at spaces (no-break spaces hold), and
/// inside a word only when the word alone is wider: every character is kept.
pub(super) fn wrap(text: &str, max_px: i32) -> Vec<String> {
    let max = chars_in(max_px);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let chars: Vec<char> = word.chars().collect();
        if len > 0 && len + 1 + chars.len() <= max {
            line.push(' ');
            line.extend(&chars);
            len += 1 + chars.len();
            continue;
        }
        if len > 0 {
            lines.push(std::mem::take(&mut line));
        }
        let mut pieces = chars.chunks(max).peekable();
        while let Some(piece) = pieces.next() {
            line = piece.iter().collect();
            len = piece.len();
            if pieces.peek().is_some() {
                lines.push(std::mem::take(&mut line));
            }
        }
    }
    if len > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The width of the widest of `lines`, in px.
pub(super) fn lines_width(lines: &[String]) -> i32 {
    lines.iter().map(|l| text_width(l)).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_within_the_width_and_keeps_every_character() {
        let text = "Recharge complète d’un smartphone (batterie et chargeur)";
        let lines = wrap(text, 200);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l) <= 200), "{lines:?}");
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn breaks_a_word_wider_than_the_line_and_keeps_no_break_spaces() {
        let lines = wrap("aaaaaaaaaa b", 42);
        assert_eq!(lines, ["aaaaa", "aaaaa", "b"]);
        assert_eq!(wrap("12\u{a0}Wh × 3", 1000), ["12\u{a0}Wh × 3"]);
        assert_eq!(wrap("", 100), [""]);
    }
}
