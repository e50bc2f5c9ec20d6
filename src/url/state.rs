//! What a link says: the scenario plus how the widget shows it.

use crate::i18n::Lang;
use crate::model::Scenario;

use super::{Hidden, Preset, Rgb};

/// Everything the query string carries.
#[derive(Clone, Debug, PartialEq)]
pub struct UrlState {
    pub lang: Lang,
    /// Without a `theme` parameter, [`Theme::default_for`] the layout.
    pub theme: Theme,
    /// Shown inside a news article: the host page frames it, so the widget drops its own chrome.
    pub embed: bool,
    /// Paint no background, so the host page's shows through. Opt-in: the host must then
    /// choose a `theme` that suits its own background.
    pub transparent: bool,
    /// Parts of the widget the host leaves out.
    pub hide: Hidden,
    /// The host's accent colour, already checked to be readable on the theme's background
    /// (on at least one of the two in `auto`; the UI uses it only where it is).
    pub accent: Option<Rgb>,
    /// The preset the link named, if it was a known one. The scenario started from it, but
    /// explicit parameters may have changed it since; [`to_query`](super::to_query) never
    /// writes it, so it is `None` after a round trip.
    pub preset: Option<Preset>,
    pub scenario: Scenario,
    /// How many readers did the same, in people ([`UrlState::PEOPLE_RANGE`]), to scale the
    /// footprint up to a crowd.
    pub people: u64,
}

impl UrlState {
    /// Accepted `people` counts, in people: one reader up to a national audience.
    pub const PEOPLE_RANGE: (u64, u64) = (1, 100_000_000);
}

impl Default for UrlState {
    fn default() -> Self {
        UrlState {
            lang: Lang::default(),
            theme: Theme::default(),
            embed: false,
            transparent: false,
            hide: Hidden::default(),
            accent: None,
            preset: None,
            scenario: Scenario::default(),
            people: Self::PEOPLE_RANGE.0,
        }
    }
}

/// The colour scheme: follow the reader's system, or the one the host page asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The `theme` URL value.
    pub const fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme when the link names none. A page of its own follows the reader's system;
    /// embedded in an article, the widget is light on its own white background, since the
    /// reader's system says nothing of the article around it (a dark system reading a light
    /// article would otherwise get light text on the article's white).
    pub const fn default_for(embed: bool) -> Theme {
        if embed { Theme::Light } else { Theme::Auto }
    }

    /// The backgrounds this theme may paint: one, or both for `auto`.
    pub fn backgrounds(self) -> &'static [Rgb] {
        use super::accent::{DARK_BACKGROUND, LIGHT_BACKGROUND};
        match self {
            Theme::Auto => &[LIGHT_BACKGROUND, DARK_BACKGROUND],
            Theme::Light => &[LIGHT_BACKGROUND],
            Theme::Dark => &[DARK_BACKGROUND],
        }
    }

    /// Parses a `theme` value, ignoring case and surrounding spaces.
    pub fn from_id(id: &str) -> Option<Theme> {
        super::find_by_id(&Theme::ALL, Theme::id, id)
    }
}
