//! What talks to the page around the widget: the address, the host page, the document's
//! look, the width the charts have, downloads, the panic panel, and when the unseen parts
//! are built.

pub mod download;
pub mod error_panel;
mod first_paint;
pub mod host_resize;
pub mod later;
pub mod look;
pub mod notices;
pub mod url_sync;
pub mod width;
