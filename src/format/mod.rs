//! Numbers and dates as each language writes them, with units scaled for reading. Pure
//! functions.

mod date;
mod number;
mod quantity;
mod times;

pub use date::{day_month_year, month_year};
pub use number::decimal;
pub use quantity::{quantity, range, range_parts, unit_for};
pub use times::times;
