//! Writing links and the presets they may start from. Published links must keep their
//! format, restore exactly, and never trigger a notice when read back.

use empreinte::i18n::Lang;
use empreinte::model::{ImageModel, Scenario};
use empreinte::url::{Preset, Theme, UrlState, parse, to_query};

#[test]
fn the_default_link_is_pinned() {
    // Changing this string breaks links already published in articles: add, never rename.
    assert_eq!(
        to_query(&UrlState::default()),
        "lang=fr&images=4&image_model=gpt-4o&quality=medium&videos=0&video_model=veo-3.1&video_seconds=8&messages=10&chat_model=gpt-4o\
         &tokens=400&photos=0&source=epoch&region=world&pue=dataset&wue=dataset&water=full\
         &embodied=0&training=0"
    );
}

#[test]
fn theme_embed_and_people_are_written_only_when_not_default() {
    let state = UrlState {
        lang: Lang::En,
        theme: Theme::Dark,
        embed: true,
        people: 1000,
        ..UrlState::default()
    };
    let query = to_query(&state);
    assert!(
        query.starts_with("lang=en&theme=dark&embed=1&images=4&"),
        "{query}"
    );
    assert!(query.ends_with("&training=0&people=1000"), "{query}");
}

#[test]
fn the_preset_is_never_written_but_its_values_are() {
    let parsed = parse("preset=month");
    let query = to_query(&parsed.state);
    assert!(!query.contains("preset"), "{query}");
    assert!(
        query.contains("images=60&") && query.contains("messages=600&"),
        "{query}"
    );
    let back = parse(&query).state;
    assert_eq!(back.scenario, Preset::Month.scenario());
    assert_eq!(back.preset, None);
}

#[test]
fn overrides_are_kept_to_six_decimals_and_written_short() {
    let state = |pue: f64, wue: f64| UrlState {
        scenario: Scenario {
            pue: Some(pue),
            wue: Some(wue),
            ..Scenario::default()
        },
        ..UrlState::default()
    };
    let query = to_query(&state(1.1, 0.0));
    assert!(query.contains("&pue=1.1&wue=0&"), "{query}");
    let query = to_query(&state(1.000_000_000_000_000_2, 9.999_999_999_999_998));
    assert!(query.contains("&pue=1&wue=10&"), "{query}");
    let query = to_query(&state(1.234_567_89, 5e-324));
    assert!(query.contains("&pue=1.234568&wue=0&"), "{query}");
    // A link's 1e-300 reads as 0 and is written back as such, not as 302 characters.
    let parsed = parse("?wue=1e-300");
    assert_eq!(parsed.state.scenario.wue, Some(0.0));
    assert!(to_query(&parsed.state).contains("&wue=0&"));
    // What is written reads back as itself.
    let kept = state(1.234_568, 0.000_001);
    assert_eq!(parse(&to_query(&kept)).state, kept);
}

#[test]
fn an_out_of_range_state_is_written_clamped_so_it_reads_back_without_notice() {
    let wild = UrlState {
        scenario: Scenario {
            images: 5000,
            pue: Some(f64::NAN),
            wue: Some(f64::INFINITY),
            ..Scenario::default()
        },
        people: 0,
        ..UrlState::default()
    };
    let query = to_query(&wild);
    assert!(query.contains("images=200&") && query.contains("pue=dataset&wue=dataset"));
    let parsed = parse(&query);
    assert_eq!(parsed.notices, []);
    assert_eq!(parsed.state.scenario, wild.scenario.clamped());
    assert_eq!(parsed.state.people, 1);
}

#[test]
fn preset_ids_are_unique_lowercase_and_round_trip() {
    let ids: Vec<_> = Preset::ALL.iter().map(|p| p.id()).collect();
    assert_eq!(
        ids,
        [
            "starter-pack",
            "single-image",
            "video-clip",
            "month",
            "year",
            "article"
        ]
    );
    for preset in Preset::ALL {
        assert_eq!(Preset::from_id(&preset.id().to_uppercase()), Some(preset));
    }
}

#[test]
fn presets_say_what_their_names_promise_and_stay_in_range() {
    assert_eq!(Preset::StarterPack.scenario(), Scenario::default());
    let single = Preset::SingleImage.scenario();
    assert_eq!((single.images, single.messages, single.photos), (1, 0, 0));
    // Our assumption of regular use: 2 images and 20 replies a day for 30 days.
    let month = Preset::Month.scenario();
    assert_eq!((month.images, month.messages), (60, 600));
    let article = Preset::Article.scenario();
    assert_eq!(
        (article.images, article.messages, article.photos),
        (1, 0, 1)
    );
    assert_eq!(article.image_model, ImageModel::Gpt4o);
    for preset in Preset::ALL {
        let s = preset.scenario();
        assert_eq!(s, s.clamped(), "{preset:?} is in range");
        assert_eq!(parse(&format!("preset={}", preset.id())).state.scenario, s);
    }
}

#[test]
fn theme_ids_round_trip() {
    for theme in Theme::ALL {
        assert_eq!(
            Theme::from_id(&format!(" {} ", theme.id().to_uppercase())),
            Some(theme)
        );
    }
    assert_eq!(Theme::default(), Theme::Auto);
}
