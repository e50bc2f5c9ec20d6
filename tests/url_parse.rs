//! Reading links: each test names the input it protects against and what the reader gets.
//! Links are typed, pasted and forged by anyone; `parse` must always give a usable state and
//! say what it corrected, without echoing a hostile value at length.

use empreinte::i18n::Lang;
use empreinte::model::{
    ChatModel, ChatSource, ImageModel, ImageQuality, Period, RegionCode, Scenario, VideoModel,
    WaterScope,
};
use empreinte::url::{
    Notice, NoticeKind, Param, Parsed, Preset, Rgb, Section, Theme, UrlState, parse,
};

fn notice(param: Param, kind: NoticeKind, excerpt: &str) -> Notice {
    Notice {
        param,
        kind,
        excerpt: excerpt.to_owned(),
    }
}

fn clamped(param: Param, to: &str, excerpt: &str) -> Notice {
    notice(param, NoticeKind::Clamped { to: to.to_owned() }, excerpt)
}

fn ignored(param: Param, excerpt: &str) -> Notice {
    notice(param, NoticeKind::Ignored, excerpt)
}

/// A query whose only effect must be the notices listed: the state stays the default.
fn assert_ignored(query: &str, expected: &[Notice]) {
    let Parsed { state, notices } = parse(query);
    assert_eq!(state, UrlState::default(), "{query}");
    assert_eq!(notices, expected, "{query}");
}

fn scenario(query: &str) -> Scenario {
    let parsed = parse(query);
    assert_eq!(parsed.notices, [], "{query}");
    parsed.state.scenario
}

#[test]
fn an_empty_query_gives_the_defaults_without_notice() {
    for query in ["", "?", "&", "?&&"] {
        assert_ignored(query, &[]);
    }
}

#[test]
fn the_leading_question_mark_is_optional() {
    assert_eq!(parse("?images=3&lang=en"), parse("images=3&lang=en"));
    assert_eq!(scenario("?images=3").images, 3);
}

#[test]
fn every_parameter_is_read() {
    let query = "lang=en&theme=dark&embed=1&transparent=1&hide=title,%20Share&accent=%23FFCC66\
                 &images=7&image_model=sdxl&quality=high&videos=3&video_model=WAN-2.1-14b\
                 &video_seconds=12&messages=12\
                 &chat_model=mistral-large&tokens=250&photos=2&source=google&region=fr&pue=1.2\
                 &wue=0.5&water=onsite&embodied=1&training=true&people=5000&per=Week";
    let Parsed { state, notices } = parse(query);
    assert_eq!(notices, []);
    let expected = UrlState {
        lang: Lang::En,
        theme: Theme::Dark,
        embed: true,
        transparent: true,
        hide: [Section::Title, Section::Share].into_iter().collect(),
        accent: Some(Rgb(0xff, 0xcc, 0x66)),
        preset: None,
        scenario: Scenario {
            images: 7,
            image_model: ImageModel::Sdxl,
            quality: ImageQuality::High,
            videos: 3,
            video_model: VideoModel::Wan21_14b,
            video_seconds: 12,
            messages: 12,
            chat_model: ChatModel::MistralLarge,
            tokens: 250,
            photos: 2,
            chat_source: ChatSource::Google,
            region: RegionCode::from_id("fr").unwrap(),
            pue: Some(1.2),
            wue: Some(0.5),
            water: WaterScope::Onsite,
            embodied: true,
            training: true,
            per: Period::Week,
        },
        people: 5000,
    };
    assert_eq!(state, expected);
}

#[test]
fn a_preset_is_the_start_and_explicit_parameters_override_it_in_any_order() {
    for query in ["preset=month&images=3", "images=3&preset=month"] {
        let Parsed { state, notices } = parse(query);
        assert_eq!(notices, []);
        assert_eq!(state.preset, Some(Preset::Month));
        assert_eq!(state.scenario.images, 3, "explicit value wins");
        assert_eq!(
            state.scenario.messages, 600,
            "the rest comes from the preset"
        );
    }
}

#[test]
fn an_unknown_preset_is_ignored_and_the_defaults_stay() {
    assert_ignored("preset=everything", &[ignored(Param::Preset, "everything")]);
}

#[test]
fn ids_and_names_ignore_case_and_surrounding_spaces() {
    // Readers retype links; some tools upper-case them.
    let Parsed { state, notices } =
        parse("LANG=EN&Theme=Light&image_model=DALL-E-3&quality=+High+&water=ONSITE&region=FR");
    assert_eq!(notices, []);
    assert_eq!((state.lang, state.theme), (Lang::En, Theme::Light));
    assert_eq!(state.scenario.image_model, ImageModel::DallE3);
    assert_eq!(state.scenario.quality, ImageQuality::High);
    assert_eq!(state.scenario.water, WaterScope::Onsite);
    assert_eq!(state.scenario.region.id(), "fr");
}

#[test]
fn numbers_accept_surrounding_spaces_and_a_plus_sign() {
    // A `+` in a query string is a space; `%2B` is a literal plus.
    assert_eq!(scenario("images=+12+").images, 12);
    assert_eq!(scenario("images=%20%0912%20").images, 12);
    assert_eq!(scenario("images=%2B12").images, 12);
    assert_eq!(scenario("images=007").images, 7);
    assert_eq!(
        scenario("images=-0").images,
        0,
        "minus zero is zero, not out of range"
    );
}

#[test]
fn decimals_accept_a_comma_as_french_readers_type_them() {
    let s = scenario("pue=1,25&wue=0,5");
    assert_eq!((s.pue, s.wue), (Some(1.25), Some(0.5)));
    let s = scenario("pue=1.25&wue=5e-1");
    assert_eq!((s.pue, s.wue), (Some(1.25), Some(0.5)));
}

#[test]
fn dataset_means_no_override_and_minus_zero_reads_as_zero() {
    let s = scenario("preset=month&pue=Dataset&wue=dataset");
    assert_eq!((s.pue, s.wue), (None, None));
    let wue = scenario("wue=-0").wue.unwrap();
    assert!(
        wue == 0.0 && wue.is_sign_positive(),
        "so a link never writes `wue=-0`"
    );
}

#[test]
fn flags_accept_one_zero_true_false() {
    let on = parse("embed=TRUE&embodied=1&training=true").state;
    assert!(on.embed && on.scenario.embodied && on.scenario.training);
    let off = parse("preset=month&embed=0&embodied=false&training=0").state;
    assert!(!off.embed && !off.scenario.embodied && !off.scenario.training);
    assert_ignored("embed=yes", &[ignored(Param::Embed, "yes")]);
}

#[test]
fn numbers_out_of_range_are_clamped_to_the_nearest_bound() {
    let Parsed { state, notices } =
        parse("images=201&messages=-3&tokens=8001&photos=-1&pue=0.5&wue=11&people=0");
    let s = &state.scenario;
    assert_eq!(
        (s.images, s.messages, s.tokens, s.photos),
        (200, 0, 8000, 0)
    );
    assert_eq!((s.pue, s.wue, state.people), (Some(1.0), Some(10.0), 1));
    assert_eq!(
        notices,
        [
            clamped(Param::Images, "200", "201"),
            clamped(Param::Messages, "0", "-3"),
            clamped(Param::Tokens, "8000", "8001"),
            clamped(Param::Photos, "0", "-1"),
            clamped(Param::Pue, "1", "0.5"),
            clamped(Param::Wue, "10", "11"),
            clamped(Param::People, "1", "0"),
        ]
    );
}

#[test]
fn huge_numbers_are_clamped_not_ignored_nor_overflowing() {
    // Larger than any integer type, or than f64: still "a lot", so the top of the range.
    let Parsed { state, notices } = parse(
        "images=99999999999999999999&people=99999999999999999999999&pue=1e400&wue=-1e400\
         &messages=-99999999999999999999",
    );
    assert_eq!(state.scenario.images, Scenario::MAX_IMAGES);
    assert_eq!(state.people, UrlState::PEOPLE_RANGE.1);
    assert_eq!(
        (state.scenario.pue, state.scenario.wue),
        (Some(3.0), Some(0.0))
    );
    assert_eq!(state.scenario.messages, 0);
    let kinds: Vec<_> = notices.iter().map(|n| (n.param, n.kind.clone())).collect();
    let to = |s: &str| NoticeKind::Clamped { to: s.to_owned() };
    assert_eq!(
        kinds,
        [
            (Param::Images, to("200")),
            (Param::Messages, to("0")),
            (Param::Pue, to("3")),
            (Param::Wue, to("0")),
            (Param::People, to("100000000")),
        ]
    );
}

#[test]
fn nan_and_infinity_written_as_words_are_ignored() {
    // `f64::from_str` would accept them; a PUE of NaN would poison every result.
    for word in ["NaN", "nan", "inf", "-inf", "infinity", "Infinity"] {
        assert_ignored(&format!("pue={word}"), &[ignored(Param::Pue, word)]);
    }
}

#[test]
fn malformed_numbers_are_ignored_and_the_default_stays() {
    for value in [
        "abc", "5.5", "1e3", "0x10", "5abc", "1_000", "½", "５", "--5", "+-5", "1 2",
    ] {
        assert_ignored(
            &format!("images={}", urlencode(value)),
            &[ignored(Param::Images, value)],
        );
    }
    for value in ["1.2.3", "1,2,3", ".", "e", "1e", "1,234.5", "1.5%"] {
        assert_ignored(
            &format!("pue={}", urlencode(value)),
            &[ignored(Param::Pue, value)],
        );
    }
}

#[test]
fn a_malformed_value_keeps_the_presets_value_not_the_default() {
    let Parsed { state, notices } = parse("preset=month&images=lots");
    assert_eq!(state.scenario, Preset::Month.scenario());
    assert_eq!(notices, [ignored(Param::Images, "lots")]);
}

#[test]
fn empty_values_are_ignored() {
    assert_ignored("images=", &[ignored(Param::Images, "")]);
    assert_ignored("images", &[ignored(Param::Images, "")]);
    assert_ignored("pue=+", &[ignored(Param::Pue, " ")]);
    assert_ignored("lang=", &[ignored(Param::Lang, "")]);
}

#[test]
fn unknown_values_of_choices_are_ignored() {
    assert_ignored(
        "lang=de&theme=blue&chat_model=gpt-5&image_model=midjourney&quality=ultra&source=me\
         &water=none&region=france",
        &[
            ignored(Param::Lang, "de"),
            ignored(Param::Theme, "blue"),
            ignored(Param::ImageModel, "midjourney"),
            ignored(Param::Quality, "ultra"),
            ignored(Param::ChatModel, "gpt-5"),
            ignored(Param::Source, "me"),
            ignored(Param::Region, "france"),
            ignored(Param::Water, "none"),
        ],
    );
}

#[test]
fn a_repeated_parameter_takes_its_last_value_and_says_so_once() {
    // Last wins: a reader appending `&images=3` to a shared link expects 3.
    let Parsed { state, notices } = parse("images=1&images=2&images=3");
    assert_eq!(state.scenario.images, 3);
    assert_eq!(notices, [notice(Param::Images, NoticeKind::Duplicate, "1")]);
    // However often it repeats, one notice: the list stays short.
    let query = "images=1&".repeat(10_000);
    assert_eq!(parse(&query).notices.len(), 1);
}

#[test]
fn a_repeated_parameter_whose_last_value_is_bad_keeps_the_default() {
    let Parsed { state, notices } = parse("images=5&images=oops");
    assert_eq!(state, UrlState::default());
    assert_eq!(
        notices,
        [
            notice(Param::Images, NoticeKind::Duplicate, "5"),
            ignored(Param::Images, "oops"),
        ]
    );
}

#[test]
fn unknown_parameters_such_as_trackers_are_skipped_silently() {
    // News sites append these to every article link; a notice for each would be noise.
    assert_ignored(
        "utm_source=newsletter&utm_medium=email&fbclid=abc&gclid=x&foo=bar&=5&images_=3",
        &[],
    );
    // A hostile name is skipped too, and never echoed.
    assert_ignored("%3Cscript%3Ealert(1)%3C%2Fscript%3E=1", &[]);
}

#[test]
fn names_are_percent_decoded() {
    assert_eq!(scenario("%69mages=5").images, 5);
}

#[test]
fn a_script_tag_is_ignored_and_its_excerpt_is_short_plain_text() {
    // The UI renders excerpts as text; the excerpt must still be short.
    let script = "<script>alert(1)</script>";
    let query = format!("lang={}&images={}", urlencode(script), urlencode(script));
    assert_ignored(
        &query,
        &[ignored(Param::Lang, script), ignored(Param::Images, script)],
    );
}

#[test]
fn quotes_are_ignored() {
    for value in [
        "\"",
        "'",
        "5\"",
        "fr' OR '1'='1",
        "\"><img src=x onerror=alert(1)>",
    ] {
        let query = format!("lang={}", urlencode(value));
        assert_ignored(&query, &[ignored(Param::Lang, value)]);
    }
}

#[test]
fn a_very_long_value_is_ignored_and_cut_to_forty_characters() {
    let long = "9".repeat(20_000) + "x";
    let Parsed { state, notices } = parse(&format!("images={long}&region={long}"));
    assert_eq!(state, UrlState::default());
    let cut = format!("{}…", "9".repeat(Notice::EXCERPT_CHARS));
    assert_eq!(
        notices,
        [ignored(Param::Images, &cut), ignored(Param::Region, &cut)]
    );
    // A long but valid number is just a huge number: clamped.
    let digits = "9".repeat(20_000);
    assert_eq!(scenario_clamped(&format!("tokens={digits}")).tokens, 8000);
}

fn scenario_clamped(query: &str) -> Scenario {
    let parsed = parse(query);
    assert!(matches!(
        parsed.notices[..],
        [Notice {
            kind: NoticeKind::Clamped { .. },
            ..
        }]
    ));
    parsed.state.scenario
}

#[test]
fn excerpts_count_characters_not_bytes() {
    // Cutting a multi-byte character in half would panic with byte slicing.
    let long = "é".repeat(100);
    let parsed = parse(&format!("lang={}", urlencode(&long)));
    assert_eq!(parsed.notices[0].excerpt, format!("{}…", "é".repeat(40)));
}

#[test]
fn control_and_bidi_characters_are_replaced_in_excerpts() {
    // A newline or escape could break a log line; a right-to-left override could disguise
    // the text around it.
    let parsed = parse("lang=a%0Ab%1B%E2%80%AEc%00");
    assert_eq!(
        parsed.notices,
        [ignored(Param::Lang, "a\u{FFFD}b\u{FFFD}\u{FFFD}c\u{FFFD}")]
    );
}

#[test]
fn invalid_percent_encoding_is_kept_as_typed_and_ignored() {
    assert_ignored("images=%zz", &[ignored(Param::Images, "%zz")]);
    assert_ignored("images=5%", &[ignored(Param::Images, "5%")]);
    assert_ignored("images=%", &[ignored(Param::Images, "%")]);
    assert_ignored("images=%4", &[ignored(Param::Images, "%4")]);
}

#[test]
fn bytes_that_are_not_utf8_become_replacement_characters_and_are_ignored() {
    assert_ignored("lang=%FF%FE", &[ignored(Param::Lang, "\u{FFFD}\u{FFFD}")]);
    assert_ignored("images=5%C3", &[ignored(Param::Images, "5\u{FFFD}")]);
}

#[test]
fn a_megabyte_of_query_is_read_without_trouble() {
    let query = format!("{}&images=3", "utm_x=y&".repeat(130_000));
    assert!(query.len() > 1_000_000);
    assert_eq!(scenario(&query).images, 3);
}

#[test]
fn notice_kinds_have_i18n_keys() {
    let to = String::from("1");
    assert_eq!(NoticeKind::Clamped { to }.key(), "notice_clamped");
    assert_eq!(NoticeKind::Ignored.key(), "notice_ignored");
    assert_eq!(NoticeKind::Duplicate.key(), "notice_duplicate");
}

fn urlencode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[test]
fn a_region_the_data_does_not_cover_is_ignored_with_a_notice() {
    // `zz` is a well-formed code; without this it would silently become the world average.
    let Parsed { state, notices } = parse("region=zz&images=2");
    assert_eq!(state.scenario.region, RegionCode::WORLD);
    assert_eq!(notices.len(), 1);
    assert_eq!(
        (notices[0].param, &notices[0].kind),
        (Param::Region, &NoticeKind::Ignored)
    );
    assert_eq!(parse("region=SE").state.scenario.region.id(), "se");
}

#[test]
fn links_written_before_model_v2_keep_their_chat_model() {
    // `mistral-large` was Mistral Large 2 (July 2024) before Mistral Large 3 existed; old
    // links keep that model, without notice, and the newer one has its own id.
    assert_eq!(
        scenario("chat_model=mistral-large").chat_model,
        ChatModel::MistralLarge
    );
    assert_eq!(
        scenario("chat_model=mistral-large-3").chat_model,
        ChatModel::MistralLarge3
    );
    for id in [
        "gpt-5.5",
        "gemini-3.5-flash",
        "mistral-medium-3.5",
        "gpt-oss-120b",
    ] {
        assert_eq!(scenario(&format!("chat_model={id}")).chat_model.id(), id);
    }
}

#[test]
fn notices_follow_the_documented_order_whatever_the_links() {
    // Read preset first (the others build on it), listed in `Param::ALL` order.
    let parsed = parse("?images=9999&preset=nope&theme=blue&lang=xx");
    let params: Vec<Param> = parsed.notices.iter().map(|n| n.param).collect();
    assert_eq!(
        params,
        [Param::Lang, Param::Theme, Param::Preset, Param::Images]
    );
}

#[test]
fn every_direction_mark_is_kept_out_of_an_excerpt() {
    for mark in ['\u{061C}', '\u{200F}', '\u{202E}', '\u{2067}', '\u{2028}'] {
        let parsed = parse(&format!("?images=a{}b", mark));
        assert_eq!(
            parsed.notices,
            [ignored(Param::Images, "a\u{FFFD}b")],
            "{mark:?}"
        );
    }
}
