//! Closed panels at the end of the widget: sharing and embedding, sources and method.

mod share_panel;
mod sources_panel;

pub use share_panel::SharePanel;
pub use sources_panel::SourcesPanel;
