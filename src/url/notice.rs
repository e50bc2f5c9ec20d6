//! What [`parse`](super::parse) tells the reader about a link it had to correct.

use super::Param;

/// One correction: which parameter, what was done, and a short, safe excerpt of what was there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub param: Param,
    pub kind: NoticeKind,
    /// The value as the link had it, cut to [`Notice::EXCERPT_CHARS`] characters (then `…`),
    /// with control and bidirectional-override characters replaced by `�`. Links are
    /// untrusted: show this as text, never as HTML.
    pub excerpt: String,
}

/// What was done to a value. The UI words it through the i18n key [`NoticeKind::key`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// A number out of range was brought to the nearest bound, `to` (written as in a link).
    Clamped { to: String },
    /// The value could not be read (not a number, an unknown id, empty…); the default or the
    /// preset's value stays.
    Ignored,
    /// The parameter came more than once; the last occurrence counts and this one, the first,
    /// was dropped. Reported once per parameter however many times it repeats.
    Duplicate,
    /// An `accent` colour too faint on the theme's background to colour text; `ratio` is its
    /// contrast, written with one decimal (the default accent stays).
    LowContrast { ratio: String },
}

impl NoticeKind {
    /// The i18n key of the message for this kind.
    pub const fn key(&self) -> &'static str {
        match self {
            NoticeKind::Clamped { .. } => "notice_clamped",
            NoticeKind::Ignored => "notice_ignored",
            NoticeKind::Duplicate => "notice_duplicate",
            NoticeKind::LowContrast { .. } => "notice_contrast",
        }
    }
}

impl Notice {
    /// Longest excerpt kept, in characters: enough to recognise a typo, too short to carry a
    /// payload.
    pub const EXCERPT_CHARS: usize = 40;

    pub(super) fn new(param: Param, kind: NoticeKind, raw: &str) -> Notice {
        Notice {
            param,
            kind,
            excerpt: excerpt(raw),
        }
    }
}

fn excerpt(raw: &str) -> String {
    let mut chars = raw.chars();
    let mut out: String = chars
        .by_ref()
        .take(Notice::EXCERPT_CHARS)
        .map(|c| if is_unsafe(c) { '\u{FFFD}' } else { c })
        .collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// Characters that would break or disguise the text around an excerpt: controls (newlines,
/// escapes) and the marks that reorder bidirectional text.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                | '\u{2028}' | '\u{2029}'
        )
}
