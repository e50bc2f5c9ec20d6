//! Numbers as each language writes them, with units scaled for reading. Pure functions.

mod number;
mod quantity;
mod times;

pub use number::decimal;
pub use quantity::{quantity, range, unit_for};
pub use times::times;
