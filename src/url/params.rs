//! The query parameters the widget reads and writes.

/// One query parameter. [`Param::ALL`] is also the order in which [`to_query`](super::to_query)
/// writes them and [`parse`](super::parse) reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Param {
    Lang,
    Theme,
    Embed,
    /// Let the host page's background show through (`embed` only).
    Transparent,
    /// Parts of the widget to leave out ([`Section`](super::Section)).
    Hide,
    /// The host's accent colour ([`Rgb`](super::Rgb)).
    Accent,
    Preset,
    Images,
    ImageModel,
    Quality,
    Videos,
    /// The video generator ([`VideoModel`](crate::model::VideoModel)).
    VideoModel,
    /// Seconds per clip.
    VideoSeconds,
    Messages,
    ChatModel,
    Tokens,
    Photos,
    /// What the counts are per ([`Period`](crate::model::Period)).
    Per,
    /// Whose estimate of a chat reply to use ([`ChatSource`](crate::model::ChatSource)).
    Source,
    Region,
    Pue,
    Wue,
    Water,
    Embodied,
    Training,
    People,
}

impl Param {
    pub const ALL: [Param; 26] = [
        Param::Lang,
        Param::Theme,
        Param::Embed,
        Param::Transparent,
        Param::Hide,
        Param::Accent,
        Param::Preset,
        Param::Images,
        Param::ImageModel,
        Param::Quality,
        Param::Videos,
        Param::VideoModel,
        Param::VideoSeconds,
        Param::Messages,
        Param::ChatModel,
        Param::Tokens,
        Param::Photos,
        Param::Per,
        Param::Source,
        Param::Region,
        Param::Pue,
        Param::Wue,
        Param::Water,
        Param::Embodied,
        Param::Training,
        Param::People,
    ];

    /// The name in the query string; stable, since published links carry it.
    pub const fn name(self) -> &'static str {
        match self {
            Param::Lang => "lang",
            Param::Theme => "theme",
            Param::Embed => "embed",
            Param::Transparent => "transparent",
            Param::Hide => "hide",
            Param::Accent => "accent",
            Param::Preset => "preset",
            Param::Images => "images",
            Param::ImageModel => "image_model",
            Param::Quality => "quality",
            Param::Videos => "videos",
            Param::VideoModel => "video_model",
            Param::VideoSeconds => "video_seconds",
            Param::Messages => "messages",
            Param::ChatModel => "chat_model",
            Param::Tokens => "tokens",
            Param::Photos => "photos",
            Param::Per => "per",
            Param::Source => "source",
            Param::Region => "region",
            Param::Pue => "pue",
            Param::Wue => "wue",
            Param::Water => "water",
            Param::Embodied => "embodied",
            Param::Training => "training",
            Param::People => "people",
        }
    }

    /// The parameter named `name`, ignoring case and surrounding spaces; `None` for any other
    /// name, which [`parse`](super::parse) skips.
    pub fn from_name(name: &str) -> Option<Param> {
        super::find_by_id(&Param::ALL, Param::name, name)
    }
}
