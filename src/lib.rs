//! Empreinte: the environmental footprint of everyday generative AI, as an embeddable widget.
//!
//! Modules in reading order, each layer importing only the ones above it:
//! - [`model`]: scenario in, footprint out; plain Rust, no web types.
//! - [`i18n`]: the strings of each language, from `assets/i18n/`.
//! - [`format`]: numbers as each language writes them.
//! - [`chart`]: bar charts as SVG strings (plotters).
//! - [`ui`]: the Leptos components that read the model's results.

pub mod chart;
pub mod format;
pub mod i18n;
pub mod model;
pub mod ui;
