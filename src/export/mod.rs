//! What a reader can take away: the figures as CSV or JSON and the embed code. Pure text
//! builders; the UI only offers them for download or copy (the citation line is a
//! translated template, `cite-line`).

mod embed;
mod figures;

pub use embed::{embed_code, snippet_url};
pub use figures::{figures_csv, figures_json};
