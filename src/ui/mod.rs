//! The Leptos components. They read the model's results and never compute a footprint.
//!
//! One signal holds the [`Scenario`](crate::model::Scenario); a memo derives the footprint;
//! every component below reads one of the two. The folders follow the regions a reader sees,
//! top to bottom on a phone: `results` (the answer, then the charts and what others said),
//! `controls` (the two main counts, then the "refine" section), `panels` (share, sources),
//! and `page` for what talks to the page around the widget (address, host, downloads).

mod app;
mod controls;
pub mod page;
mod panels;
mod results;
mod texts;

pub use app::App;
pub use page::error_panel;
