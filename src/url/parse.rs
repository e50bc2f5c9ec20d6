//! Query string → [`UrlState`], correcting what it must and saying so.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::str::FromStr;

use crate::data::Dataset;
use crate::i18n::Lang;
use crate::model::{
    ChatModel, ChatSource, ImageModel, ImageQuality, Period, RegionCode, Scenario, VideoModel,
    WaterScope,
};

use super::decimal::read_f64;
use super::{Notice, NoticeKind, Param, Preset, Rgb, Theme, UrlState, read_hidden};

/// The `pue` / `wue` value meaning "no override: the dataset's range".
pub(super) const DATASET: &str = "dataset";

/// What [`parse`] read, and what it had to correct on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// Always usable: every number in range, every override finite.
    pub state: UrlState,
    /// Duplicated parameters first (in the order they appear), then at most one notice per
    /// parameter in [`Param::ALL`] order; so never more than twice the number of parameters.
    pub notices: Vec<Notice>,
}

/// Reads a query string, with or without its leading `?`; never fails.
///
/// The state starts from the defaults, or from the scenario of a known `preset`; every other
/// known parameter then overrides its part. If a parameter repeats, the last occurrence counts
/// (as when a reader appends `&images=3` to a link) and a [`NoticeKind::Duplicate`] says so.
/// Ids and names ignore case and surrounding spaces; numbers accept surrounding spaces (a `+`
/// in a query is a space), and `pue` / `wue` accept `,` as the decimal mark, as French readers
/// type it. Percent-encoding is decoded first; an invalid escape stays as typed, and bytes that
/// are not UTF-8 become `�`, so such values are ignored.
pub fn parse(query: &str) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut values = BTreeMap::new();
    let mut notices = Vec::new();
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let Some(param) = Param::from_name(&name) else {
            continue;
        };
        if let Some(dropped) = values.insert(param, value.into_owned()) {
            let repeated = notices
                .iter()
                .any(|n: &Notice| n.param == param && n.kind == NoticeKind::Duplicate);
            if !repeated {
                notices.push(Notice::new(param, NoticeKind::Duplicate, &dropped));
            }
        }
    }
    let mut reader = Reader { values, notices };
    let mut state = UrlState::default();
    let preset = |id: &str| Preset::from_id(id).map(Some);
    reader.read(Param::Preset, &mut state.preset, choice(preset));
    if let Some(preset) = state.preset {
        state.scenario = preset.scenario();
    }
    reader.read(Param::Lang, &mut state.lang, choice(Lang::from_tag));
    reader.read(Param::Embed, &mut state.embed, flag);
    state.theme = Theme::default_for(state.embed);
    reader.read(Param::Theme, &mut state.theme, choice(Theme::from_id));
    reader.read(Param::Transparent, &mut state.transparent, flag);
    reader.read_hide(&mut state.hide);
    let backgrounds = state.theme.backgrounds();
    reader.read_accent(&mut state.accent, backgrounds);
    reader.read_scenario(&mut state.scenario);
    let (min, max) = UrlState::PEOPLE_RANGE;
    reader.read(Param::People, &mut state.people, |v| integer(v, min, max));
    // As documented on `notices`: the duplicates as found, then the rest in `Param::ALL`
    // order (they were read in the order the values depend on each other).
    let mut notices = reader.notices;
    let duplicates = notices
        .iter()
        .take_while(|n| n.kind == NoticeKind::Duplicate)
        .count();
    notices[duplicates..].sort_by_key(|n| Param::ALL.iter().position(|p| *p == n.param));
    Parsed { state, notices }
}

/// The last value of each known parameter, and the notices so far.
struct Reader {
    values: BTreeMap<Param, String>,
    notices: Vec<Notice>,
}

/// One value as read: taken as written, brought into range (with the bound as text), or
/// unreadable. Links and the reader's typed fields share these readers, so both correct a
/// value the same way.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading<T> {
    Exact(T),
    Clamped(T, String),
    Invalid,
}

impl Reader {
    /// Reads `param`, if the link has it, into `slot`; keeps `slot` when it cannot.
    fn read<T>(&mut self, param: Param, slot: &mut T, read: impl FnOnce(&str) -> Reading<T>) {
        let Some(raw) = self.values.get(&param) else {
            return;
        };
        let kind = match read(raw) {
            Reading::Exact(value) => {
                *slot = value;
                return;
            }
            Reading::Clamped(value, to) => {
                *slot = value;
                NoticeKind::Clamped { to }
            }
            Reading::Invalid => NoticeKind::Ignored,
        };
        self.notices.push(Notice::new(param, kind, raw));
    }

    /// `hide`: the known sections are hidden; unknown names, if any, get one notice with
    /// those names.
    fn read_hide(&mut self, slot: &mut super::Hidden) {
        let Some(raw) = self.values.get(&Param::Hide) else {
            return;
        };
        let (hidden, unknown) = read_hidden(raw);
        *slot = hidden;
        if !unknown.is_empty() {
            let notice = Notice::new(Param::Hide, NoticeKind::Ignored, &unknown.join(","));
            self.notices.push(notice);
        }
    }

    /// `accent`: a colour readable on at least one of the theme's `backgrounds`; else the
    /// default accent stays and a notice gives the contrast it had.
    fn read_accent(&mut self, slot: &mut Option<Rgb>, backgrounds: &[Rgb]) {
        let Some(raw) = self.values.get(&Param::Accent) else {
            return;
        };
        let kind = match Rgb::from_hex(raw) {
            None => NoticeKind::Ignored,
            Some(colour) if backgrounds.iter().any(|b| colour.readable_on(*b)) => {
                *slot = Some(colour);
                return;
            }
            Some(colour) => {
                let best = backgrounds
                    .iter()
                    .map(|b| colour.contrast(*b))
                    .fold(1.0, f64::max);
                // Rounded down, so a colour at 4.46:1 never reads as "4.5" in a refusal.
                let ratio = format!("{:.1}", (best * 10.0).floor() / 10.0);
                NoticeKind::LowContrast { ratio }
            }
        };
        self.notices.push(Notice::new(Param::Accent, kind, raw));
    }

    fn read_scenario(&mut self, s: &mut Scenario) {
        self.read(Param::Images, &mut s.images, count(Scenario::MAX_IMAGES));
        self.read(
            Param::ImageModel,
            &mut s.image_model,
            choice(ImageModel::from_id),
        );
        self.read(
            Param::Quality,
            &mut s.quality,
            choice(ImageQuality::from_id),
        );
        self.read(Param::Videos, &mut s.videos, count(Scenario::MAX_VIDEOS));
        self.read(
            Param::VideoModel,
            &mut s.video_model,
            choice(VideoModel::from_id),
        );
        let (shortest, longest) = Scenario::VIDEO_SECONDS;
        self.read(Param::VideoSeconds, &mut s.video_seconds, |raw| {
            integer(raw, shortest, longest)
        });
        self.read(
            Param::Messages,
            &mut s.messages,
            count(Scenario::MAX_MESSAGES),
        );
        self.read(
            Param::ChatModel,
            &mut s.chat_model,
            choice(ChatModel::from_id),
        );
        self.read(Param::Tokens, &mut s.tokens, count(Scenario::MAX_TOKENS));
        self.read(Param::Photos, &mut s.photos, count(Scenario::MAX_PHOTOS));
        self.read(Param::Per, &mut s.per, choice(Period::from_id));
        self.read(
            Param::Source,
            &mut s.chat_source,
            choice(ChatSource::from_id),
        );
        self.read(Param::Region, &mut s.region, choice(known_region));
        self.read(Param::Pue, &mut s.pue, |v| ratio(v, Scenario::PUE_RANGE));
        self.read(Param::Wue, &mut s.wue, |v| ratio(v, Scenario::WUE_RANGE));
        self.read(Param::Water, &mut s.water, choice(WaterScope::from_id));
        self.read(Param::Embodied, &mut s.embodied, flag);
        self.read(Param::Training, &mut s.training, flag);
    }
}

/// Reads an id with its type's own parser (which ignores case and surrounding spaces).
fn choice<T>(from_id: fn(&str) -> Option<T>) -> impl FnOnce(&str) -> Reading<T> {
    move |raw| from_id(raw).map_or(Reading::Invalid, Reading::Exact)
}

/// A region the data covers: a well-formed code the dataset lacks (`zz`) would silently
/// become the world average, so it is ignored with a notice instead.
fn known_region(id: &str) -> Option<RegionCode> {
    RegionCode::from_id(id).filter(|r| Dataset::embedded().regions().any(|known| known == *r))
}

/// A count from 0 to `max`.
fn count(max: u32) -> impl FnOnce(&str) -> Reading<u32> {
    move |raw| integer(raw, 0, max)
}

/// `1` / `true` or `0` / `false`, ignoring case and surrounding spaces.
fn flag(raw: &str) -> Reading<bool> {
    let raw = raw.trim();
    if raw == "1" || raw.eq_ignore_ascii_case("true") {
        Reading::Exact(true)
    } else if raw == "0" || raw.eq_ignore_ascii_case("false") {
        Reading::Exact(false)
    } else {
        Reading::Invalid
    }
}

/// A whole number: ASCII digits with an optional sign. A negative number, or one too large
/// for any integer type, is still a number: it is clamped, not ignored.
pub fn integer<T: Copy + Display + FromStr + PartialOrd>(raw: &str, min: T, max: T) -> Reading<T> {
    let text = raw.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Reading::Invalid;
    }
    if negative && digits.bytes().any(|b| b != b'0') {
        return Reading::Clamped(min, min.to_string());
    }
    // Only digits are left, so the parse fails only when the number overflows `T`.
    match digits.parse::<T>() {
        Ok(value) if value < min => Reading::Clamped(min, min.to_string()),
        Ok(value) if value <= max => Reading::Exact(value),
        _ => Reading::Clamped(max, max.to_string()),
    }
}

/// A whole number typed as readers write it: [`integer`] once the digit groups are joined,
/// whether they are separated by spaces of any kind or by `group` (`,` in English; `None`
/// where the comma is a decimal mark, so "1,5" stays a non-integer).
pub fn grouped_integer<T: Copy + Display + FromStr + PartialOrd>(
    raw: &str,
    group: Option<char>,
    min: T,
    max: T,
) -> Reading<T> {
    let joined: String = raw
        .trim()
        .chars()
        .filter(|&c| !c.is_whitespace() && Some(c) != group)
        .collect();
    integer(&joined, min, max)
}

/// A PUE or WUE override: [`DATASET`] for none, or a decimal number with `.` or `,` as the
/// decimal mark and an optional exponent. `inf` and `NaN` are refused as text; a literal too
/// large for `f64` (`1e400`) reads as infinite and is clamped like any large number. Kept to
/// [`Scenario::OVERRIDE_DECIMALS`] decimals, as the model keeps it.
pub fn ratio(raw: &str, (min, max): (f64, f64)) -> Reading<Option<f64>> {
    let text = raw.trim();
    if text.eq_ignore_ascii_case(DATASET) {
        return Reading::Exact(None);
    }
    let numeric =
        |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'+' | b'-' | b'e' | b'E');
    if !text.bytes().all(numeric) {
        return Reading::Invalid;
    }
    let Some(value) = read_f64(&text.replace(',', ".")) else {
        return Reading::Invalid;
    };
    if value < min {
        Reading::Clamped(Some(min), min.to_string())
    } else if value > max {
        Reading::Clamped(Some(max), max.to_string())
    } else {
        Reading::Exact(Some(Scenario::round_override(value)))
    }
}
