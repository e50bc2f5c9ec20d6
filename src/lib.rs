//! Empreinte: the environmental footprint of everyday generative AI.
//!
//! Layers, one direction: [`model`] (plain Rust, std + serde: types and
//! arithmetic) ← [`data`] (embedded TOML files → typed model parameters) ←
//! presentation and UI. The model never reads files or touches the web.

/// Sourced coefficients, embedded from `assets/data/*.toml`, parsed into model parameters.
pub mod data;
/// Plain-Rust footprint model: scenario in, energy / greenhouse gases / water out.
pub mod model;
