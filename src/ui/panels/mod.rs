//! Closed panels at the end of the widget: sharing and embedding, sources and method, what a
//! reader shares.

mod on_demand;
mod privacy_panel;
mod share_panel;
mod sources_panel;

pub use privacy_panel::PrivacyPanel;
pub use share_panel::SharePanel;
pub use sources_panel::SourcesPanel;
