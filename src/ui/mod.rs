//! The Leptos components. They read the model's results and never compute a footprint.
//!
//! One signal holds the [`Scenario`](crate::model::Scenario); a memo derives the footprint;
//! every component below reads one of the two.

mod app;
mod count_input;
mod energy_chart;
pub mod error_panel;
mod headline;
mod texts;

pub use app::App;
