//! The footprint model: plain Rust, no web types.
//!
//! A [`Scenario`] (what the reader did) and a set of coefficients give a
//! [`Footprint`] (energy, greenhouse gases, water) as low / central / high.

mod estimate;
mod footprint;
mod scenario;

pub use estimate::Estimate;
pub use footprint::{Footprint, compute};
pub use scenario::Scenario;
