//! The Leptos components. They read the model's results and never compute a footprint.
//!
//! One signal holds the [`Scenario`](crate::model::Scenario); a memo derives the footprint;
//! every component below reads one of the two.

mod app;
mod chart_svg;
mod choice_select;
mod claims_list;
mod collective;
mod controls;
mod count_input;
mod download;
pub mod error_panel;
mod field_note;
mod headline;
mod host_resize;
mod metric_panel;
mod notices;
mod optional_number;
mod presets;
mod share_panel;
mod sources_panel;
mod summary;
mod texts;
mod toggle;
mod url_sync;

pub use app::App;
