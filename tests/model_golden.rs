//! Worked examples: with the inputs set to a source's own assumptions, the
//! model gives back the source's published figure. Each check states its
//! tolerance and why.
#![cfg(not(target_arch = "wasm32"))]

use empreinte::data::{DataFiles, Dataset};
use empreinte::model::{
    ChatModel, ChatSource, Estimate, ImageModel, ImageQuality, RegionCode, Scenario, WaterScope,
};

fn dataset() -> &'static Dataset {
    Dataset::embedded()
}

/// Value of a shipped coefficient (the source's own assumption), as the data files give it.
fn coefficient(id: &str) -> f64 {
    DataFiles::SHIPPED
        .read()
        .unwrap_or_else(|e| panic!("{e}"))
        .coefficient(id)
        .unwrap_or_else(|| panic!("no coefficient {id}"))
        .value
}

/// One chat reply and nothing else.
fn one_reply(source: ChatSource, model: ChatModel, tokens: u32, pue: f64) -> Scenario {
    Scenario {
        images: 0,
        messages: 1,
        chat_source: source,
        chat_model: model,
        tokens,
        pue: Some(pue),
        ..Scenario::default()
    }
}

/// One medium-quality image and nothing else, IT energy only (PUE 1).
fn one_image(model: ImageModel) -> Scenario {
    Scenario {
        images: 1,
        messages: 0,
        image_model: model,
        quality: ImageQuality::Medium,
        pue: Some(1.0),
        ..Scenario::default()
    }
}

fn assert_close(actual: f64, expected: f64, tolerance: f64, what: &str) {
    let relative = (actual - expected).abs() / expected.abs();
    assert!(
        relative <= tolerance,
        "{what}: got {actual}, expected {expected} (±{tolerance})"
    );
}

/// Epoch's spreadsheet prints three significant figures: 1 %.
const EPOCH_ROUNDING: f64 = 0.01;

#[test]
fn epoch_typical_gpt4o_query_is_0_3_wh() {
    // Epoch: 100 B active parameters, 500 output tokens, PUE 1.2 -> 0.301 Wh.
    let pue = coefficient("chat.epoch.pue");
    let f = dataset().compute(&one_reply(ChatSource::Epoch, ChatModel::Gpt4o, 500, pue));
    assert_close(f.energy_wh.central, 0.301, EPOCH_ROUNDING, "Epoch baseline");
}

#[test]
fn epoch_long_output_and_smaller_model_cases() {
    // Epoch's other columns: GPT-4o with 1,500 output tokens -> 0.902 Wh;
    // a 20 B 'GPT-4o mini' with 500 tokens -> 0.06 Wh.
    let pue = coefficient("chat.epoch.pue");
    let long = dataset().compute(&one_reply(ChatSource::Epoch, ChatModel::Gpt4o, 1500, pue));
    assert_close(
        long.energy_wh.central,
        0.902,
        EPOCH_ROUNDING,
        "Epoch long output",
    );
    let mini = dataset().compute(&one_reply(
        ChatSource::Epoch,
        ChatModel::Gpt4oMini,
        500,
        pue,
    ));
    assert_close(
        mini.energy_wh.central,
        0.060,
        EPOCH_ROUNDING,
        "Epoch smaller model",
    );
}

/// Published per-query figures go through a PUE division and back; only
/// floating-point error may remain.
const ROUND_TRIP: f64 = 1e-9;

#[test]
fn google_median_gemini_prompt_is_0_24_wh() {
    let pue = coefficient("chat.published.google.pue");
    let tokens = coefficient("chat.published.google.reference_tokens") as u32;
    let f = dataset().compute(&one_reply(
        ChatSource::Google,
        ChatModel::Gpt4o,
        tokens,
        pue,
    ));
    assert_close(
        f.energy_wh.central,
        0.24,
        ROUND_TRIP,
        "Google median prompt",
    );
    // Google's 0.03 g CO2e is market-based (its clean-energy purchases); a
    // location-based grid factor cannot reproduce it, so it is not checked.
}

#[test]
fn openai_average_chatgpt_query_is_0_34_wh() {
    let pue = coefficient("chat.published.openai.pue");
    let tokens = coefficient("chat.published.openai.reference_tokens") as u32;
    let f = dataset().compute(&one_reply(
        ChatSource::OpenAi,
        ChatModel::Gpt4o,
        tokens,
        pue,
    ));
    assert_close(
        f.energy_wh.central,
        0.34,
        ROUND_TRIP,
        "OpenAI average query",
    );
}

/// Image figures are stored in Wh rounded to three or four significant figures.
const WH_ROUNDING: f64 = 0.002;

#[test]
fn mit_technology_review_sd3_medium_image_is_2282_joules() {
    // ML.ENERGY GPU energy 1,141 J, doubled for the rest of the server.
    let f = dataset().compute(&one_image(ImageModel::Sd3Medium));
    assert_close(
        f.energy_wh.central * 3600.0,
        2282.0,
        WH_ROUNDING,
        "SD3 Medium",
    );
    assert_close(
        f.energy_wh.low * 3600.0,
        1112.0,
        WH_ROUNDING,
        "SD3 Medium, GPU only",
    );
}

#[test]
fn ml_energy_flux_image_is_7551_joules_of_gpu_energy() {
    let f = dataset().compute(&one_image(ImageModel::Flux1));
    assert_close(
        f.energy_wh.low * 3600.0,
        7551.0,
        WH_ROUNDING,
        "FLUX.1 dev, GPU only",
    );
    assert_close(
        f.energy_wh.central * 3600.0,
        2.0 * 7551.0,
        WH_ROUNDING,
        "FLUX.1 dev, server",
    );
}

#[test]
fn luccioni_least_efficient_image_model_bounds_dalle3() {
    // 11.49 kWh per 1,000 images: DALL·E 3 is unmeasured, so its band spans the study.
    let f = dataset().compute(&one_image(ImageModel::DallE3));
    assert_close(f.energy_wh.high, 11.49, ROUND_TRIP, "DALL·E 3");
}

#[test]
fn ml_energy_sdxl_image_stays_within_its_measurements() {
    // ML.ENERGY v2, H100: 738 J (GPU only, batch 16) to 2 × 969 J (batch 1, whole server).
    let f = dataset().compute(&one_image(ImageModel::Sdxl));
    assert_close(
        f.energy_wh.low * 3600.0,
        738.0,
        WH_ROUNDING,
        "SDXL, GPU only",
    );
    assert_close(
        f.energy_wh.high * 3600.0,
        2.0 * 969.0,
        WH_ROUNDING,
        "SDXL, batch of one",
    );
}

#[test]
fn epoch_pessimistic_case_is_1_3_wh_from_epochs_own_bounds() {
    // Epoch's pessimistic column: 200 B active, 5 % utilisation, PUE 1.3, 500 tokens ->
    // 1.3 Wh. Our GPT-4o size and utilisation bands end at those inputs; the widget's
    // range does not multiply them together (independent factors), so this anchor is
    // checked on the bounds themselves.
    let p = dataset().parameters();
    let active_high = p
        .chat_model(ChatModel::Gpt4o)
        .expect("GPT-4o")
        .active_params_b
        .high;
    let wh_per_param_token_high = p.epoch.it_wh_per_param_b_token.high;
    assert_close(active_high, 200.0, ROUND_TRIP, "Epoch's pessimistic size");
    assert_close(
        active_high * wh_per_param_token_high * 500.0 * 1.3,
        1.3,
        EPOCH_ROUNDING,
        "Epoch pessimistic",
    );
}

#[test]
fn default_chat_range_covers_the_sources_own_figures() {
    // GPT-4o, 400 tokens, Epoch's method, dataset PUE range: the range must hold Epoch's own
    // 0.301 Wh at 500 tokens scaled to 400, Google's 0.24 Wh, OpenAI's 0.34 Wh, Jegham et
    // al.'s 0.43 Wh (as reported), and reach both EcoLogits' own high bound for the same
    // reply (0.96 Wh in EcoLogits 0.11.3, computed here at OpenAI's PUE) and Epoch's
    // pessimistic column scaled to 400 tokens (1.3 × 400/500 = 1.04 Wh).
    let reply = Scenario {
        images: 0,
        messages: 1,
        ..Scenario::default()
    };
    let e = dataset().compute(&reply).energy_wh;
    assert!(e.is_ordered(), "{e:?}");
    let scaled = f64::from(Scenario::DEFAULT_TOKENS) / 500.0;
    for figure in [0.301 * scaled, 0.24, 0.34, 0.43] {
        assert!(
            e.low <= figure && figure <= e.high,
            "{figure} Wh not in {e:?}"
        );
    }
    let ecologits = dataset()
        .compute(&Scenario {
            chat_source: ChatSource::EcoLogits,
            pue: Some(1.2),
            ..reply
        })
        .energy_wh;
    assert_close(ecologits.high, 0.96, 0.01, "EcoLogits' own high bound");
    assert!(
        e.high >= ecologits.high,
        "{e:?} does not reach {ecologits:?}"
    );
    let epoch_pessimistic = 1.3 * scaled;
    assert!(e.high >= epoch_pessimistic, "{e:?}");
    // Not wider than needed: the bounds are 5-95 %, not the product of every extreme.
    assert!(e.high <= 1.5 * epoch_pessimistic, "{e:?}");
}

#[test]
fn google_figure_is_shown_as_published_unless_the_reader_sets_a_pue() {
    let tokens = coefficient("chat.published.google.reference_tokens") as u32;
    let as_published = Scenario {
        images: 0,
        messages: 1,
        chat_source: ChatSource::Google,
        tokens,
        ..Scenario::default()
    };
    let f = dataset().compute(&as_published);
    assert_eq!(f.energy_wh, Estimate::exact(f.energy_wh.central));
    assert_close(f.energy_wh.central, 0.24, ROUND_TRIP, "Google as published");
    // A PUE of the reader's replaces Google's own: IT energy 0.24 / 1.09 at PUE 1.5.
    let f = dataset().compute(&Scenario {
        pue: Some(1.5),
        ..as_published
    });
    assert_close(
        f.energy_wh.central,
        0.24 / 1.09 * 1.5,
        ROUND_TRIP,
        "Google at the reader's PUE",
    );
}

#[test]
fn gpt4o_image_range_holds_the_method_and_the_published_estimate() {
    // EcoLogits 0.11.3 on 1,056 image tokens (GPT-4o, PUE 1.2): 1.516-2.532 Wh (run by
    // scripts/ecologits_golden.py's method, see images.toml); Know Your Compute: 4.5 Wh;
    // published estimates quoted in the issue reach 5.4 Wh. Default settings.
    let f = dataset().compute(&Scenario {
        images: 1,
        messages: 0,
        ..Scenario::default()
    });
    let e = f.energy_wh;
    assert!(e.low <= 1.516 && e.high >= 5.4, "{e:?}");
    assert!((2.5..=4.0).contains(&e.central), "{e:?}");
}

#[test]
fn ecologits_llama_70b_reply_follows_the_published_formula() {
    // Worked by hand from EcoLogits' methodology, 400 tokens, PUE 1.2:
    // memory 1.2 × 70.55 × 2 = 169.3 GB -> 3 GPUs' worth -> 4 GPUs;
    // GPU: 4 × 400 × (α·e^(−0.011206·64)·70.55 + γ) Wh;
    // server: 400 × (0.000679·70.55 + 0.000312·64 + 0.01947) s × 1.2 kW × 4/8 / 64.
    let (a, decay, g) = (
        1.1665273170451914e-6,
        0.011205921025579175,
        4.052928146734005e-5,
    );
    let gpu_wh = 4.0 * 400.0 * (a * (-decay * 64.0f64).exp() * 70.55 + g);
    let latency_s = 400.0
        * (0.0006785088094353663 * 70.55 + 0.0003119310311688259 * 64.0 + 0.019473717579473387);
    let server_wh = latency_s / 3600.0 * 1200.0 * 4.0 / 8.0 / 64.0;
    let expected = 1.2 * (gpu_wh + server_wh);
    let f = dataset().compute(&one_reply(
        ChatSource::EcoLogits,
        ChatModel::Llama31_70b,
        400,
        1.2,
    ));
    assert_close(
        f.energy_wh.central,
        expected,
        ROUND_TRIP,
        "EcoLogits Llama 3.1 70B",
    );
}

#[test]
fn grid_and_water_follow_ecologits_for_france() {
    // One Epoch GPT-4o reply in France: g CO2e = Wh × 44.18 / 1000;
    // water = IT Wh × (WUE + PUE × 3.674 L/kWh) / 1000 (Li et al. via EcoLogits).
    let scenario = Scenario {
        region: RegionCode::from_id("FR").expect("valid code"),
        water: WaterScope::Full,
        wue: Some(0.569),
        ..one_reply(ChatSource::Epoch, ChatModel::Gpt4o, 500, 1.2)
    };
    let f = dataset().compute(&scenario);
    let it_wh = f.energy_wh.central / 1.2;
    let grid = coefficient("regions.fr.grid_g_per_kwh");
    let water = coefficient("regions.fr.water_l_per_kwh");
    assert_close(
        f.co2_g.central,
        f.energy_wh.central * grid / 1000.0,
        ROUND_TRIP,
        "CO2, FR",
    );
    assert_close(
        f.water_l.central,
        it_wh * (0.569 + 1.2 * water) / 1000.0,
        ROUND_TRIP,
        "water, FR",
    );
}
