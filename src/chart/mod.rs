//! Charts: pure functions from results to an SVG string, drawn with plotters.
//!
//! Nothing here knows about the DOM; the UI inserts the string. On wasm32, plotters measures
//! text through the page, so these functions need `document.body` there.

mod bars;
mod scale;

pub use bars::{Bar, BarChart, BarStyle, bar_chart_svg};
pub use scale::Scale;
