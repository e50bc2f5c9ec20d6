//! `source=ecologits` against EcoLogits 0.11.3 itself: reference cases written by
//! `scripts/ecologits_golden.py` (`make golden`) from the package's own Python API,
//! replayed here with the widget's data and formula.
#![cfg(not(target_arch = "wasm32"))]

use empreinte::data::Dataset;
use empreinte::model::{ChatModel, ChatSource, Estimate, RegionCode, Scenario, WaterScope};
use serde::Deserialize;

const GOLDEN: &str = include_str!("golden/ecologits-0.11.3.json");

/// The data files retype EcoLogits' constants and factors digit for digit, so agreement is
/// expected to floating-point error; 1 % is the stated bar and leaves room only for
/// a retyped factor rounded in its last digits, not for a different formula or datum.
const TOLERANCE: f64 = 0.01;

#[derive(Deserialize)]
struct Golden {
    ecologits_version: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    chat_model: String,
    output_tokens: u32,
    region: String,
    pue: f64,
    wue_l_per_kwh: f64,
    energy_kwh: [f64; 2],
    gwp_usage_kg: [f64; 2],
    gwp_embodied_kg: [f64; 2],
    water_l: [f64; 2],
}

fn golden() -> Golden {
    serde_json::from_str(GOLDEN).expect("golden file parses")
}

/// One EcoLogits reply with the case's inputs, everything EcoLogits counts switched on.
fn scenario(case: &Case) -> Scenario {
    Scenario {
        images: 0,
        messages: 1,
        photos: 0,
        chat_source: ChatSource::EcoLogits,
        chat_model: ChatModel::from_id(&case.chat_model).expect("known chat model"),
        tokens: case.output_tokens,
        region: RegionCode::from_id(&case.region).expect("valid region"),
        pue: Some(case.pue),
        wue: Some(case.wue_l_per_kwh),
        water: WaterScope::Full,
        embodied: true,
        training: false,
        ..Scenario::default()
    }
}

fn assert_bounds(actual: Estimate, expected: [f64; 2], scale: f64, what: &str) {
    for (got, want) in [(actual.low, expected[0]), (actual.high, expected[1])] {
        let want = want * scale;
        let relative = (got - want).abs() / want.abs();
        assert!(
            relative <= TOLERANCE,
            "{what}: got {got}, EcoLogits {want} ({:.3} % off)",
            relative * 100.0
        );
    }
}

#[test]
fn golden_file_is_ecologits_0_11_3_with_enough_cases() {
    let g = golden();
    assert_eq!(g.ecologits_version, "0.11.3");
    let models: std::collections::HashSet<_> = g.cases.iter().map(|c| &c.chat_model).collect();
    let regions: std::collections::HashSet<_> = g.cases.iter().map(|c| &c.region).collect();
    assert!(models.len() >= 4 && regions.len() >= 3 && g.cases.len() >= 40);
}

#[test]
fn ecologits_source_reproduces_ecologits_0_11_3() {
    for case in golden().cases {
        let what = |metric: &str| {
            format!(
                "{metric}, {} × {} tokens in {}",
                case.chat_model, case.output_tokens, case.region
            )
        };
        let f = Dataset::embedded().compute(&scenario(&case));
        let usage = f.by_stage.computation + f.by_stage.overhead;
        assert_bounds(f.energy_wh, case.energy_kwh, 1000.0, &what("energy"));
        assert_bounds(usage.co2_g, case.gwp_usage_kg, 1000.0, &what("GWP usage"));
        assert_bounds(
            f.by_stage.embodied.co2_g,
            case.gwp_embodied_kg,
            1000.0,
            &what("GWP embodied"),
        );
        assert_bounds(f.water_l, case.water_l, 1.0, &what("water"));
    }
}
