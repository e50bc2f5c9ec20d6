//! Numbers as each language writes them. Pure functions, tested natively.

mod number;

pub use number::decimal;
