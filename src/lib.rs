//! Empreinte: the environmental footprint of everyday generative AI, as an embeddable widget.
//!
//! Layers, one direction (see ARCHITECTURE.md): each imports only the ones listed before it.
//! - [`model`]: scenario in, footprint out; plain Rust (std + serde), no web types, no files.
//! - [`data`]: the sourced coefficients, embedded from `assets/data/*.toml`.
//! - [`compare`]: the footprint next to everyday uses, published claims and large scales.
//! - [`i18n`]: the strings of each language, from `assets/i18n/`.
//! - [`format`]: numbers as each language writes them.
//! - [`chart`]: bar charts as SVG strings (plotters), laid out for the width they are given.
//! - [`export`]: figures as CSV/JSON and the embed code, as text.
//! - [`url`]: the state in the query string: parsed with notices of each correction, written back.
//! - [`ui`]: the Leptos components that read the model's results.

pub mod chart;
pub mod compare;
pub mod data;
pub mod export;
pub mod format;
pub mod i18n;
pub mod model;
pub mod sentences;
pub mod ui;
pub mod url;
