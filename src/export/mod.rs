//! What a reader can take away: the figures as CSV or JSON, the embed code, a citation.
//! Pure text builders; the UI only offers them for download or copy.

mod citation;
mod embed;
mod figures;

pub use citation::citation;
pub use embed::embed_code;
pub use figures::{figures_csv, figures_json};
