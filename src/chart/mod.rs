//! Charts: pure functions from results to an SVG string, drawn with plotters.
//!
//! Nothing here knows about the DOM; the UI inserts the string. Labels are placed with SVG
//! text anchors, so plotters never measures text (on wasm32 it would do so through the page,
//! forcing a layout): the built module imports no text measurement at all.

mod bars;
mod scale;

pub use bars::{Bar, BarChart, BarStyle, bar_chart_svg};
pub use scale::Scale;
