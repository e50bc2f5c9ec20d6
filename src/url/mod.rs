//! The widget's state in the page's query string: read it with [`parse`], write it with
//! [`to_query`]. Pure (std, form_urlencoded, and the dataset to know its regions): no web
//! types, so it is tested natively and the UI only hands it `location.search` and puts back
//! what [`to_query`] returns.
//!
//! Every input is a parameter (see [`Param`] for the names). A link is untrusted text typed,
//! pasted or forged by anyone, so [`parse`] never fails: a value out of range is clamped to the
//! nearest bound, a value it cannot read is ignored (the default or the preset's value stays),
//! and each of these yields a [`Notice`] the UI can show. Parameters it does not know (such as
//! the `utm_*` trackers news sites append to article links) are skipped silently.
//!
//! [`to_query`] writes every scenario value, so a shared link restores the same scenario even
//! if a later version changes the defaults or the presets.

mod accent;
mod decimal;
mod notice;
mod params;
mod parse;
mod preset;
mod sections;
mod state;
mod write;

pub use accent::{DARK_BACKGROUND, LIGHT_BACKGROUND, MIN_TEXT_CONTRAST, Rgb};
pub use decimal::read_f64;
pub use notice::{Notice, NoticeKind};
pub use params::Param;
pub use parse::{Parsed, Reading, grouped_integer, integer, parse, ratio};
pub use preset::Preset;
pub use sections::{Hidden, Section, read_hidden};
pub use state::{Theme, UrlState};
pub use write::to_query;

/// The choice in `all` whose id is `text`, ignoring case and surrounding spaces.
fn find_by_id<T: Copy>(all: &[T], id: fn(T) -> &'static str, text: &str) -> Option<T> {
    let text = text.trim();
    all.iter()
        .copied()
        .find(|&c| id(c).eq_ignore_ascii_case(text))
}
