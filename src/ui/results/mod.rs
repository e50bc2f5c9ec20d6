//! The answer: the results card first, then the comparison charts (one metric at a time),
//! what others have claimed, the collective scale, and what moves the result.

mod card;
mod chart_svg;
mod claims_list;
mod collective;
mod comparisons;
mod headline;
mod legend;
mod metric_panel;
mod sensitivity;
mod summary;
mod table_mirror;

pub use card::ResultsCard;
pub use claims_list::ClaimsList;
pub use collective::{Collective, MAX_PEOPLE};
pub use comparisons::Comparisons;
pub use sensitivity::Sensitivity;
pub use summary::Summary;
