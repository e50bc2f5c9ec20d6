//! [`UrlState`] → query string.

use super::parse::DATASET;
use super::{Param, Theme, UrlState};
use crate::model::Period;

/// Writes the state as a query string, without the leading `?`.
///
/// Every scenario parameter is written, even at its default (`per` only for a habit), so that a shared link restores
/// the same scenario after a later version changes the defaults or the presets; `lang` is
/// always written; `theme` only when it differs from [`Theme::default_for`] the layout;
/// `embed`, `transparent`, `hide`, `accent` and `people` only when they differ from the default;
/// `preset` never (the scenario values already say it all). Parameters come in [`Param::ALL`]
/// order. The scenario and `people` are clamped first, so what this writes parses back without
/// a notice. Numbers use Rust's shortest representation that reads back as the same `f64`.
pub fn to_query(state: &UrlState) -> String {
    let s = state.scenario.clamped();
    let (min_people, max_people) = UrlState::PEOPLE_RANGE;
    let people = state.people.clamp(min_people, max_people);
    let mut query = form_urlencoded::Serializer::new(String::new());
    let mut pair = |param: Param, value: &str| {
        query.append_pair(param.name(), value);
    };
    pair(Param::Lang, state.lang.tag());
    if state.theme != Theme::default_for(state.embed) {
        pair(Param::Theme, state.theme.id());
    }
    if state.embed {
        pair(Param::Embed, flag(true));
    }
    if state.transparent {
        pair(Param::Transparent, flag(true));
    }
    if !state.hide.is_empty() {
        pair(Param::Hide, &state.hide.to_list());
    }
    if let Some(accent) = state.accent {
        pair(Param::Accent, &accent.to_hex());
    }
    pair(Param::Images, &s.images.to_string());
    pair(Param::ImageModel, s.image_model.id());
    pair(Param::Quality, s.quality.id());
    pair(Param::Videos, &s.videos.to_string());
    pair(Param::VideoModel, s.video_model.id());
    pair(Param::VideoSeconds, &s.video_seconds.to_string());
    pair(Param::Messages, &s.messages.to_string());
    pair(Param::ChatModel, s.chat_model.id());
    pair(Param::Tokens, &s.tokens.to_string());
    pair(Param::Photos, &s.photos.to_string());
    // Written only for a habit, so that links made before it existed read the same.
    if s.per != Period::Once {
        pair(Param::Per, s.per.id());
    }
    pair(Param::Source, s.chat_source.id());
    pair(Param::Region, s.region.id());
    pair(Param::Pue, &ratio(s.pue));
    pair(Param::Wue, &ratio(s.wue));
    pair(Param::Water, s.water.id());
    pair(Param::Embodied, flag(s.embodied));
    pair(Param::Training, flag(s.training));
    if people != UrlState::default().people {
        pair(Param::People, &people.to_string());
    }
    query.finish()
}

fn flag(on: bool) -> &'static str {
    if on { "1" } else { "0" }
}

/// `Display` for `f64` is the shortest decimal that parses back to the same value, and never
/// uses an exponent.
fn ratio(value: Option<f64>) -> String {
    value.map_or_else(|| DATASET.to_owned(), |v| v.to_string())
}
