//! Properties of reading and writing links, each checked on 2,000 generated cases
//! (`ProptestConfig::with_cases(2000)`; 7 properties, so 14,000 cases a run, the one
//! checking notices against an oracle parsing every case once per parameter):
//! - a valid state survives `to_query` then `parse` exactly, without notice;
//! - any state, even out of range, is written so that it reads back clamped, without notice;
//! - `parse` never panics, and always gives an in-range state with finite overrides and a
//!   short list of short, control-free excerpts, for arbitrary text and for arbitrary values
//!   of the known parameters;
//! - a notice appears exactly when a value was changed (clamped to a bound) or dropped
//!   (ignored, or repeated), checked against an independent reading of each value;
//! - numbers out of range are clamped to the bound the notice names.
//!
//! Native only: proptest does not build for wasm32 (see Cargo.toml).
#![cfg(not(target_arch = "wasm32"))]

use empreinte::data::Dataset;
use empreinte::i18n::Lang;
use empreinte::model::{
    ChatModel, ChatSource, ImageModel, ImageQuality, Period, RegionCode, Scenario, VideoModel,
    WaterScope,
};
use empreinte::url::{
    Hidden, Notice, NoticeKind, Param, Parsed, Preset, Rgb, Section, Theme, UrlState, parse,
    to_query,
};
use proptest::prelude::*;
use proptest::sample::select;

const CASES: u32 = 2000;

/// A region the dataset covers (links with other codes are corrected, with a notice).
fn region() -> impl Strategy<Value = RegionCode> {
    select(Dataset::embedded().regions().collect::<Vec<_>>())
}

/// An override in `(min, max)`, the bounds themselves included, or none; with at most the six
/// decimals a link keeps.
fn ratio((min, max): (f64, f64)) -> impl Strategy<Value = Option<f64>> {
    let micro = |v: f64| (v * 1e6).round() as i64;
    prop_oneof![
        Just(None),
        Just(Some(min)),
        Just(Some(max)),
        (micro(min)..=micro(max)).prop_map(|n| Some(n as f64 / 1e6))
    ]
}

fn valid_scenario() -> impl Strategy<Value = Scenario> {
    (
        (
            0..=Scenario::MAX_IMAGES,
            select(ImageModel::ALL),
            select(ImageQuality::ALL),
        ),
        (
            0..=Scenario::MAX_VIDEOS,
            select(VideoModel::ALL),
            Scenario::VIDEO_SECONDS.0..=Scenario::VIDEO_SECONDS.1,
        ),
        (
            0..=Scenario::MAX_MESSAGES,
            select(ChatModel::ALL),
            0..=Scenario::MAX_TOKENS,
        ),
        (0..=Scenario::MAX_PHOTOS, select(ChatSource::ALL), region()),
        (ratio(Scenario::PUE_RANGE), ratio(Scenario::WUE_RANGE)),
        (select(WaterScope::ALL), any::<bool>(), any::<bool>()),
        select(Period::ALL),
    )
        .prop_map(
            |(
                (images, image_model, quality),
                (videos, video_model, video_seconds),
                (messages, chat_model, tokens),
                (photos, chat_source, region),
                (pue, wue),
                (water, embodied, training),
                per,
            )| Scenario {
                images,
                image_model,
                quality,
                videos,
                video_model,
                video_seconds,
                messages,
                chat_model,
                tokens,
                photos,
                chat_source,
                region,
                pue,
                wue,
                water,
                embodied,
                training,
                per,
            },
        )
}

/// How the host asked the widget to look: theme, layout, background, hidden sections and
/// an accent colour `parse` accepts for that theme (readable on one of its backgrounds).
fn valid_look() -> impl Strategy<Value = (Theme, bool, bool, Hidden, Option<Rgb>)> {
    (
        select(Theme::ALL.to_vec()),
        any::<(bool, bool)>(),
        any::<u16>(),
        any::<Option<(u8, u8, u8)>>(),
    )
        .prop_map(|(theme, (embed, transparent), mask, accent)| {
            let hide = Section::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| mask >> i & 1 == 1)
                .map(|(_, s)| s)
                .collect();
            let accent = accent
                .map(|(r, g, b)| Rgb(r, g, b))
                .filter(|c| theme.backgrounds().iter().any(|b| c.readable_on(*b)));
            (theme, embed, transparent, hide, accent)
        })
}

/// A state `parse` can give, except `preset`, which is never written.
fn valid_state() -> impl Strategy<Value = UrlState> {
    let (min_people, max_people) = UrlState::PEOPLE_RANGE;
    (
        select(Lang::ALL.to_vec()),
        valid_look(),
        valid_scenario(),
        min_people..=max_people,
    )
        .prop_map(
            |(lang, (theme, embed, transparent, hide, accent), scenario, people)| UrlState {
                lang,
                theme,
                embed,
                transparent,
                hide,
                accent,
                preset: None,
                scenario,
                people,
            },
        )
}

/// Any state at all: counts up to `u32::MAX`, any `f64` (NaN and infinities included).
fn wild_state() -> impl Strategy<Value = UrlState> {
    (
        valid_state(),
        any::<[u32; 4]>(),
        any::<[Option<f64>; 2]>(),
        any::<u64>(),
    )
        .prop_map(
            |(mut state, [images, messages, tokens, photos], [pue, wue], people)| {
                let s = &mut state.scenario;
                (s.images, s.messages, s.tokens, s.photos) = (images, messages, tokens, photos);
                (s.pue, s.wue, state.people) = (pue, wue, people);
                state
            },
        )
}

/// Every id a choice parameter knows, plus words and numbers close to them.
fn ids() -> Vec<&'static str> {
    let mut ids: Vec<&str> = Vec::new();
    ids.extend(Lang::ALL.map(Lang::tag));
    ids.extend(Theme::ALL.map(Theme::id));
    ids.extend(Preset::ALL.map(Preset::id));
    ids.extend(ImageModel::ALL.iter().map(|c| c.id()));
    ids.extend(ImageQuality::ALL.iter().map(|c| c.id()));
    ids.extend(ChatModel::ALL.iter().map(|c| c.id()));
    ids.extend(ChatSource::ALL.iter().map(|c| c.id()));
    ids.extend(WaterScope::ALL.iter().map(|c| c.id()));
    ids.extend(Section::ALL.map(Section::id));
    ids.extend(["title,share", " intro , sources,", "title,sharing", ",,"]);
    ids.extend([
        "#0b6e4f", "0B6E4F", "#fc6", "ffcc66", "#777", "#12345", "red", "#gggggg",
    ]);
    ids.extend(["world", "fr", "us", "dataset", "true", "false", "1", "0"]);
    // Near misses: words a reader might try, and numbers `f64::from_str` reads but we refuse.
    ids.extend([
        "de", "gpt-5", "yes", "no", "on", "off", "nan", "inf", "-inf", "infinity",
    ]);
    ids.extend(["-0", "1,5", "e", "", "fr-FR", "world "]);
    ids
}

/// Values that hit every branch of the reader: ids in any case, numbers in and out of range in
/// many spellings, and arbitrary text.
fn value() -> impl Strategy<Value = String> {
    let spaced = |s: String, (before, after): (bool, bool)| {
        format!(
            "{}{s}{}",
            if before { " " } else { "" },
            if after { "\t" } else { "" }
        )
    };
    prop_oneof![
        (select(ids()), any::<u64>(), any::<(bool, bool)>()).prop_map(move |(id, mask, pad)| {
            let cased = id
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if (mask >> (i % 64)) & 1 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect();
            spaced(cased, pad)
        }),
        (-20i64..=300, any::<(bool, bool)>()).prop_map(move |(n, pad)| spaced(n.to_string(), pad)),
        (any::<i128>(), any::<bool>()).prop_map(|(n, plus)| if plus && n >= 0 {
            format!("+{n}")
        } else {
            n.to_string()
        }),
        "-?[0-9]{18,40}",
        (-1.0f64..12.0, any::<bool>()).prop_map(|(x, comma)| {
            let text = x.to_string();
            if comma { text.replace('.', ",") } else { text }
        }),
        any::<f64>().prop_map(|x| format!("{x:e}")),
        "[0-9eE.,+-]{0,8}",
        "\\PC{0,12}",
        any::<String>(),
    ]
}

/// The value of `param` in `state`, as a link would write it.
fn field(state: &UrlState, param: Param) -> String {
    let s = &state.scenario;
    let ratio = |v: Option<f64>| v.map_or("dataset".to_owned(), |v| v.to_string());
    let flag = |on: bool| if on { "1" } else { "0" }.to_owned();
    match param {
        Param::Lang => state.lang.tag().to_owned(),
        Param::Theme => state.theme.id().to_owned(),
        Param::Embed => flag(state.embed),
        Param::Transparent => flag(state.transparent),
        Param::Hide => state.hide.to_list(),
        Param::Accent => state.accent.map(Rgb::to_hex).unwrap_or_default(),
        Param::Preset => state.preset.map_or("", Preset::id).to_owned(),
        Param::Images => s.images.to_string(),
        Param::ImageModel => s.image_model.id().to_owned(),
        Param::Quality => s.quality.id().to_owned(),
        Param::Videos => s.videos.to_string(),
        Param::VideoModel => s.video_model.id().to_owned(),
        Param::VideoSeconds => s.video_seconds.to_string(),
        Param::Messages => s.messages.to_string(),
        Param::ChatModel => s.chat_model.id().to_owned(),
        Param::Tokens => s.tokens.to_string(),
        Param::Photos => s.photos.to_string(),
        Param::Per => s.per.id().to_owned(),
        Param::Source => s.chat_source.id().to_owned(),
        Param::Region => s.region.id().to_owned(),
        Param::Pue => ratio(s.pue),
        Param::Wue => ratio(s.wue),
        Param::Water => s.water.id().to_owned(),
        Param::Embodied => flag(s.embodied),
        Param::Training => flag(s.training),
        Param::People => state.people.to_string(),
    }
}

/// An independent reading of `raw` for `param`, built on the standard parsers: the value as a
/// link would write it if it is acceptable as it stands (no change needed), else `None`.
fn oracle(param: Param, raw: &str) -> Option<String> {
    let int = |min: u64, max: u64| {
        let n = raw.trim().parse::<i128>().ok()?;
        (i128::from(min)..=i128::from(max))
            .contains(&n)
            .then(|| n.to_string())
    };
    let ratio = |(min, max): (f64, f64)| {
        let text = raw.trim();
        if text.eq_ignore_ascii_case("dataset") {
            return Some("dataset".to_owned());
        }
        let x = text.replace(',', ".").parse::<f64>().ok()?;
        // Kept to six decimals, as the model keeps an override.
        (x.is_finite() && (min..=max).contains(&x))
            .then(|| ((x * 1e6).round() / 1e6 + 0.0).to_string())
    };
    let flag = || match raw.trim().to_ascii_lowercase().as_str() {
        "1" | "true" => Some("1".to_owned()),
        "0" | "false" => Some("0".to_owned()),
        _ => None,
    };
    let id = |id: Option<&str>| id.map(str::to_owned);
    let (min_people, max_people) = UrlState::PEOPLE_RANGE;
    match param {
        Param::Lang => id(Lang::from_tag(raw).map(Lang::tag)),
        Param::Theme => id(Theme::from_id(raw).map(Theme::id)),
        Param::Embed | Param::Transparent | Param::Embodied | Param::Training => flag(),
        Param::Hide => {
            let names: Vec<&str> = raw
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect();
            let known = |s: &Section| names.iter().any(|n| n.eq_ignore_ascii_case(s.id()));
            let all_known = names
                .iter()
                .all(|n| Section::ALL.iter().any(|s| n.eq_ignore_ascii_case(s.id())));
            all_known.then(|| {
                let ids: Vec<&str> = Section::ALL
                    .iter()
                    .filter(|s| known(s))
                    .map(|s| s.id())
                    .collect();
                ids.join(",")
            })
        }
        // Alone in a link, the theme is `auto`: readable on white or on the dark background.
        Param::Accent => oracle_colour(raw)
            .filter(|&(r, g, b)| {
                let l = luminance(r, g, b);
                let white = 1.05 / (l + 0.05);
                let dark = (l + 0.05) / (luminance(0x14, 0x18, 0x1f) + 0.05);
                white >= 4.5 || dark >= 4.5
            })
            .map(|(r, g, b)| format!("{r:02x}{g:02x}{b:02x}")),
        Param::Preset => id(Preset::from_id(raw).map(Preset::id)),
        Param::Images => int(0, Scenario::MAX_IMAGES.into()),
        Param::ImageModel => id(ImageModel::from_id(raw).map(ImageModel::id)),
        Param::Quality => id(ImageQuality::from_id(raw).map(ImageQuality::id)),
        Param::Videos => int(0, Scenario::MAX_VIDEOS.into()),
        Param::VideoModel => id(VideoModel::from_id(raw).map(VideoModel::id)),
        Param::VideoSeconds => {
            let (shortest, longest) = Scenario::VIDEO_SECONDS;
            int(shortest.into(), longest.into())
        }
        Param::Messages => int(0, Scenario::MAX_MESSAGES.into()),
        Param::ChatModel => id(ChatModel::from_id(raw).map(ChatModel::id)),
        Param::Tokens => int(0, Scenario::MAX_TOKENS.into()),
        Param::Photos => int(0, Scenario::MAX_PHOTOS.into()),
        Param::Per => id(Period::from_id(raw).map(Period::id)),
        Param::Source => id(ChatSource::from_id(raw).map(ChatSource::id)),
        Param::Region => RegionCode::from_id(raw)
            .filter(|r| Dataset::embedded().regions().any(|k| k == *r))
            .map(|r| r.id().to_owned()),
        Param::Pue => ratio(Scenario::PUE_RANGE),
        Param::Wue => ratio(Scenario::WUE_RANGE),
        Param::Water => id(WaterScope::from_id(raw).map(WaterScope::id)),
        Param::People => int(min_people, max_people),
    }
}

/// A colour as `#rgb` or `#rrggbb` (`#` optional), read with the standard integer parser.
fn oracle_colour(raw: &str) -> Option<(u8, u8, u8)> {
    let text = raw.trim();
    let hex = text.strip_prefix('#').unwrap_or(text);
    if hex.starts_with('+') || hex.starts_with('-') {
        return None;
    }
    let n = u32::from_str_radix(hex, 16).ok()?;
    match hex.len() {
        3 => Some((
            ((n >> 8) * 17) as u8,
            (((n >> 4) & 15) * 17) as u8,
            ((n & 15) * 17) as u8,
        )),
        6 => Some(((n >> 16) as u8, (n >> 8) as u8, n as u8)),
        _ => None,
    }
}

/// WCAG 2's relative luminance of an sRGB colour.
fn luminance(r: u8, g: u8, b: u8) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// The bounds a parameter may be clamped to, as a link writes them; none for choices.
fn bounds(param: Param) -> Vec<String> {
    let (min_people, max_people) = UrlState::PEOPLE_RANGE;
    let pair = |(min, max): (f64, f64)| vec![min.to_string(), max.to_string()];
    match param {
        Param::Images => vec!["0".into(), Scenario::MAX_IMAGES.to_string()],
        Param::Messages => vec!["0".into(), Scenario::MAX_MESSAGES.to_string()],
        Param::Tokens => vec!["0".into(), Scenario::MAX_TOKENS.to_string()],
        Param::Photos => vec!["0".into(), Scenario::MAX_PHOTOS.to_string()],
        Param::Videos => vec!["0".into(), Scenario::MAX_VIDEOS.to_string()],
        Param::VideoSeconds => {
            let (shortest, longest) = Scenario::VIDEO_SECONDS;
            vec![shortest.to_string(), longest.to_string()]
        }
        Param::People => vec![min_people.to_string(), max_people.to_string()],
        Param::Pue => pair(Scenario::PUE_RANGE),
        Param::Wue => pair(Scenario::WUE_RANGE),
        _ => vec![],
    }
}

fn query(pairs: &[(&str, &str)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.extend_pairs(pairs);
    query.finish()
}

/// What must hold of any reading, whatever the input.
fn assert_usable(parsed: &Parsed) -> Result<(), TestCaseError> {
    let Parsed { state, notices } = parsed;
    let s = &state.scenario;
    prop_assert_eq!(s, &s.clamped());
    prop_assert!(s.pue.is_none_or(f64::is_finite) && s.wue.is_none_or(f64::is_finite));
    let (min_people, max_people) = UrlState::PEOPLE_RANGE;
    prop_assert!((min_people..=max_people).contains(&state.people));
    prop_assert!(notices.len() <= 2 * Param::ALL.len());
    for Notice { excerpt, .. } in notices {
        prop_assert!(excerpt.chars().count() <= Notice::EXCERPT_CHARS + 1);
        prop_assert!(!excerpt.chars().any(char::is_control));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn a_valid_state_round_trips_exactly_without_notice(state in valid_state()) {
        let parsed = parse(&to_query(&state));
        prop_assert_eq!(parsed.notices, []);
        prop_assert_eq!(parsed.state, state);
    }

    #[test]
    fn any_state_is_written_clamped_and_reads_back_without_notice(state in wild_state()) {
        let parsed = parse(&to_query(&state));
        prop_assert_eq!(parsed.notices, []);
        let (min_people, max_people) = UrlState::PEOPLE_RANGE;
        let expected = UrlState {
            scenario: state.scenario.clamped(),
            people: state.people.clamp(min_people, max_people),
            ..state
        };
        prop_assert_eq!(parsed.state, expected);
    }

    #[test]
    fn arbitrary_text_never_panics_and_gives_a_usable_state(text in any::<String>()) {
        assert_usable(&parse(&text))?;
        assert_usable(&parse(&format!("?images={text}&pue={text}&{text}")))?;
    }

    #[test]
    fn arbitrary_values_of_known_parameters_give_a_usable_state(
        pairs in prop::collection::vec((select(Param::ALL.to_vec()), any::<bool>(), value()), 0..30),
    ) {
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(param, upper, value)| {
                let name = param.name();
                (if upper { name.to_uppercase() } else { name.to_owned() }, value)
            })
            .collect();
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_usable(&parse(&query(&pairs)))?;
    }

    #[test]
    fn a_notice_appears_exactly_when_a_value_is_changed_or_dropped(raw in value()) {
        for param in Param::ALL {
            let Parsed { state, notices } = parse(&query(&[(param.name(), raw.as_str())]));
            match oracle(param, &raw) {
                Some(expected) => {
                    prop_assert_eq!(&notices, &[], "{:?} {:?}", param, raw);
                    prop_assert_eq!(field(&state, param), expected);
                }
                None => {
                    prop_assert_eq!(notices.len(), 1, "{:?} {:?}", param, raw);
                    prop_assert_eq!(notices[0].param, param);
                    match &notices[0].kind {
                        // Known sections are hidden even beside an unknown name.
                        NoticeKind::Ignored if param == Param::Hide => prop_assert_eq!(
                            &state,
                            &UrlState { hide: state.hide, ..UrlState::default() }
                        ),
                        NoticeKind::Ignored => prop_assert_eq!(&state, &UrlState::default()),
                        NoticeKind::LowContrast { ratio } => {
                            prop_assert_eq!(param, Param::Accent);
                            prop_assert_eq!(&state, &UrlState::default());
                            let ratio: f64 = ratio.parse().unwrap();
                            prop_assert!(ratio < 4.5, "{}", ratio);
                        }
                        NoticeKind::Clamped { to } => {
                            prop_assert!(bounds(param).contains(to), "{:?} {}", param, to);
                            prop_assert_eq!(&field(&state, param), to);
                        }
                        NoticeKind::Duplicate => prop_assert!(false, "no repeat here"),
                    }
                }
            }
        }
    }

    #[test]
    fn numbers_out_of_range_are_clamped_to_the_bound_named(n in any::<i128>(), pad in any::<bool>()) {
        let text = if pad { format!(" {n} ") } else { n.to_string() };
        let (min_people, max_people) = UrlState::PEOPLE_RANGE;
        let counts = [
            (Param::Images, 0, Scenario::MAX_IMAGES.into()),
            (Param::Messages, 0, Scenario::MAX_MESSAGES.into()),
            (Param::Tokens, 0, Scenario::MAX_TOKENS.into()),
            (Param::Photos, 0, Scenario::MAX_PHOTOS.into()),
            (Param::People, min_people, max_people),
        ];
        for (param, min, max) in counts {
            let Parsed { state, notices } = parse(&query(&[(param.name(), text.as_str())]));
            let bound = n.clamp(min.into(), max.into()).to_string();
            prop_assert_eq!(field(&state, param), bound.clone());
            if (i128::from(min)..=i128::from(max)).contains(&n) {
                prop_assert_eq!(notices, []);
            } else {
                prop_assert_eq!(notices.len(), 1);
                prop_assert_eq!(notices[0].param, param);
                prop_assert_eq!(&notices[0].kind, &NoticeKind::Clamped { to: bound });
            }
        }
    }

    #[test]
    fn a_repeated_parameter_reads_as_its_last_value(
        param in select(Param::ALL.to_vec()),
        first in value(),
        last in value(),
    ) {
        let name = param.name();
        let twice = parse(&query(&[(name, first.as_str()), (name, last.as_str())]));
        let once = parse(&query(&[(name, last.as_str())]));
        prop_assert_eq!(twice.state, once.state);
        prop_assert_eq!(twice.notices.len(), once.notices.len() + 1);
        prop_assert_eq!(twice.notices[0].param, param);
        prop_assert_eq!(&twice.notices[0].kind, &NoticeKind::Duplicate);
        prop_assert_eq!(&twice.notices[1..], &once.notices[..]);
    }
}
