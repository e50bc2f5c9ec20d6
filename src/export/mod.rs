//! What a reader can take away: the figures as CSV or JSON and the embed code; and the sources
//! panel's HTML, written at build time (`sources_html`). Pure text builders; the UI only
//! offers them for download or copy (the citation line is a translated template, `cite-line`).

mod embed;
mod figures;
#[cfg(not(target_arch = "wasm32"))]
mod first_paint;
#[cfg(not(target_arch = "wasm32"))]
mod privacy_html;
#[cfg(not(target_arch = "wasm32"))]
mod sources_html;

pub use embed::{embed_code, snippet_url};
pub use figures::{figures_csv, figures_json};
#[cfg(not(target_arch = "wasm32"))]
pub use first_paint::{FIRST_PAINT_PATH, first_paint_html};
#[cfg(not(target_arch = "wasm32"))]
pub use privacy_html::{privacy_html, privacy_html_path};
#[cfg(not(target_arch = "wasm32"))]
pub use sources_html::{sources_html, sources_html_path};

/// Escapes text for HTML, in an element or a double-quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
