//! Numbers as each language writes them, with units scaled for reading. Pure functions.

mod number;
mod quantity;

pub use number::decimal;
pub use quantity::{quantity, range, unit_for};
