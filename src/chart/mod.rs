//! Charts: pure functions from results to an SVG string, drawn with plotters.
//!
//! The width a chart has on the page, in CSS px, is an input: each chart is laid out for it
//! and meant to be shown at exactly its `width` and `height`, never scaled, so its texts
//! keep their 14 px in the column of a 320 px phone. Below [`STACK_BELOW`] labels go above their
//! bars; texts wrap to the width, never cut. Nothing here knows about the DOM; the UI
//! measures its column and inserts the string. Labels are placed with SVG text anchors and
//! their widths estimated from the font size, so plotters never measures text (on wasm32 it
//! would do so through the page, forcing a layout): the built module imports no text
//! measurement at all.

mod axis;
mod bars;
mod layout;
mod scale;
mod text;

pub use bars::{Bar, BarChart, BarStyle, bar_chart_svg};
pub use layout::{MAX_WIDTH, MIN_WIDTH, STACK_BELOW};
pub use scale::Scale;
