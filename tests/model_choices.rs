//! Enumerated choices and region codes: stable lowercase ids that round-trip,
//! as the URL parameters and translation keys will rely on them.

use std::collections::HashSet;

use empreinte::model::{
    Activity, ChatModel, ChatSource, ImageFamily, ImageModel, ImageQuality, RegionCode, Stage,
    WaterScope,
};

macro_rules! check_ids {
    ($($choice:ty),+) => {$(
        let mut seen = HashSet::new();
        for &c in <$choice>::ALL {
            let id = c.id();
            assert!(seen.insert(id), "duplicate id {id}");
            assert_eq!(id, id.to_lowercase(), "ids are lowercase");
            assert!(!id.contains(' '), "ids have no spaces");
            assert_eq!(<$choice>::from_id(id), Some(c));
            assert_eq!(<$choice>::from_id(&format!(" {} ", id.to_uppercase())), Some(c));
        }
        assert_eq!(<$choice>::from_id("no-such-choice"), None);
    )+};
}

#[test]
fn choice_ids_are_unique_lowercase_and_round_trip() {
    check_ids!(
        ImageModel,
        ImageQuality,
        ImageFamily,
        ChatModel,
        ChatSource,
        WaterScope,
        Activity,
        Stage
    );
}

#[test]
fn only_parametric_chat_sources_depend_on_the_model() {
    assert!(ChatSource::Epoch.uses_model() && ChatSource::EcoLogits.uses_model());
    assert!(!ChatSource::Google.uses_model() && !ChatSource::OpenAi.uses_model());
}

#[test]
fn region_codes_are_case_insensitive_two_letters_or_world() {
    assert_eq!(
        RegionCode::from_id("FR").map(|r| r.id().to_owned()),
        Some("fr".to_owned())
    );
    assert_eq!(RegionCode::from_id(" World "), Some(RegionCode::WORLD));
    assert_eq!(RegionCode::WORLD.id(), "world");
    for bad in ["", "f", "fra", "f1", "é", "--"] {
        assert_eq!(RegionCode::from_id(bad), None, "{bad:?}");
    }
}

/// Native only: `toml` is not a dependency of the wasm build.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn scenario_reads_ids_and_fills_defaults() {
    use empreinte::model::Scenario;

    let text = r#"
        images = 12
        image_model = "SDXL"
        region = "de"
        chat_source = "ecologits"
        pue = 1.4
    "#;
    let scenario: Scenario = toml::from_str(text).expect("valid scenario");
    assert_eq!(scenario.images, 12);
    assert_eq!(scenario.image_model, ImageModel::Sdxl);
    assert_eq!(scenario.region, RegionCode::from_id("DE").expect("valid"));
    assert_eq!(scenario.chat_source, ChatSource::EcoLogits);
    assert_eq!(scenario.pue, Some(1.4));
    assert_eq!(
        scenario.messages,
        Scenario::default().messages,
        "missing fields take defaults"
    );
    assert!(toml::from_str::<Scenario>("image_model = \"midjourney\"").is_err());
    assert!(toml::from_str::<Scenario>("region = \"france\"").is_err());
}
