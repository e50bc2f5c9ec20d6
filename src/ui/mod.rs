//! The Leptos components. They read the model's results and never compute a footprint.
//!
//! One signal holds the [`Scenario`](crate::model::Scenario); a memo derives the footprint;
//! every component below reads one of the two.

mod app;
mod choice_select;
mod claims_list;
mod collective;
mod controls;
mod count_input;
mod headline;
mod metric_panel;
mod optional_number;
mod sources_panel;
mod summary;
mod texts;
mod toggle;

pub use app::App;
