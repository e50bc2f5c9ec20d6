use leptos::prelude::*;

use crate::i18n::Strings;

/// The strings of the reader's language, provided once by the app as read-only context.
#[derive(Clone, Copy, Debug)]
pub struct Texts(pub &'static Strings);

/// The current strings; falls back to French outside an app (never blank).
pub fn use_texts() -> &'static Strings {
    use_context::<Texts>().map_or_else(|| crate::i18n::Lang::default().strings(), |t| t.0)
}
