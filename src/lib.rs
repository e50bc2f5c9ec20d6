//! Empreinte: the environmental footprint of everyday generative AI.
//!
//! Modules in reading order, each depending only on those above it:

/// Plain-Rust footprint model: scenario in, energy / greenhouse gases / water out.
pub mod model;
/// Sourced coefficients, embedded from `assets/data/*.toml`, parsed into model parameters.
pub mod data;
