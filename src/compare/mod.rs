//! Comparisons that give the footprint a meaning: everyday things, published claims, and the
//! collective scale. Pure functions of the model's results and the dataset.

mod breakdown;
mod collective;
mod multiple;
mod per_unit;
mod rows;
mod sentences;
mod verdict;
mod year;

pub use breakdown::{Share, shares};
pub use collective::{CollectiveRow, collective_rows, count_stops, stop_index, week_of_images};
pub use multiple::{Multiple, multiple};
pub use per_unit::per_unit;
pub use rows::{Row, RowKind, chart_rows, neighbours};
pub use sentences::{Equivalence, headline_equivalence};
pub use verdict::{Verdict, verdict};
pub use year::{YEARLY, year_rows};
