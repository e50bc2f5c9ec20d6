//! What a link says: the scenario plus how the widget shows it.

use crate::i18n::Lang;
use crate::model::Scenario;

use super::Preset;

/// Everything the query string carries.
#[derive(Clone, Debug, PartialEq)]
pub struct UrlState {
    pub lang: Lang,
    pub theme: Theme,
    /// Shown inside a news article: the host page frames it, so the widget drops its own chrome.
    pub embed: bool,
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

    /// Parses a `theme` value, ignoring case and surrounding spaces.
    pub fn from_id(id: &str) -> Option<Theme> {
        super::find_by_id(&Theme::ALL, Theme::id, id)
    }
}
