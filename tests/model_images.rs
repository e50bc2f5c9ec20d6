//! The token-priced image models (GPT Image 2 and 1.5, Gemini 2.5 Flash Image): their shipped
//! figures are the documented method redone by hand from its inputs (output tokens ×
//! per-token energy, plus the server's share), and their ranges hold the published
//! cross-checks. See `assets/data/images.toml` for the reasoning.
#![cfg(not(target_arch = "wasm32"))]

use empreinte::data::Dataset;
use empreinte::model::{
    ChatModel, ChatSource, EcoLogitsMethod, Estimate, ImageModel, ImageQuality, Scenario,
};

/// Shipped per-image figures are rounded to four significant figures.
const STORED: f64 = 5e-4;

/// Output tokens of one 1024×1024 medium-quality image from OpenAI's GPT Image models.
const OPENAI_MEDIUM_TOKENS: f64 = 1056.0;
/// The same for GPT Image 2, low / medium / high (OpenAI's calculator, as reconstructed).
const GPT_IMAGE_2_TOKENS: [f64; 3] = [196.0, 1756.0, 7024.0];
/// Output tokens of one Gemini 2.5 Flash Image image up to 1024×1024 (Google's pricing).
const GEMINI_IMAGE_TOKENS: f64 = 1290.0;

/// Know Your Compute's published estimate for one GPT Image 1.5 image, in Wh.
const KYC_GPT_IMAGE_15_WH: f64 = 3.8;
/// PUE EcoLogits uses for OpenAI, by which the published figures are read.
const OPENAI_PUE: f64 = 1.2;

fn assert_close(actual: f64, expected: f64, tolerance: f64, what: &str) {
    let relative = (actual - expected).abs() / expected.abs();
    assert!(
        relative <= tolerance,
        "{what}: got {actual}, expected {expected} (±{tolerance})"
    );
}

/// EcoLogits 0.11.3's request energy, written out: the GPUs that hold the weights (16-bit,
/// +20 %, rounded up to a power of two) each spend `α·e^(−decay·batch)·active + γ` Wh per
/// token; the rest of the server draws its power for the generation time, shared by the
/// batch. Generation time: tokens / throughput, or the latency regression, plus the time to
/// first token. In Wh of IT energy.
fn ecologits_by_hand(
    m: &EcoLogitsMethod,
    active_b: f64,
    total_b: f64,
    tps: Option<f64>,
    ttft_s: f64,
    tokens: f64,
) -> f64 {
    let gpus_worth = (1.2 * total_b * 2.0 / 80.0).ceil();
    let gpus = gpus_worth.log2().ceil().exp2();
    let per_token = m.gpu_wh_per_token_per_param_b
        * (-m.gpu_energy_decay_per_batch * m.batch_size).exp()
        * active_b
        + m.gpu_wh_per_token_floor;
    let s_per_token = tps.map_or(
        m.latency_s_per_token_per_param_b * active_b
            + m.latency_s_per_token_per_batch * m.batch_size
            + m.latency_s_per_token_floor,
        |tps| 1.0 / tps,
    );
    let latency_s = tokens * s_per_token + ttft_s;
    let server_wh = latency_s / 3600.0 * m.server_power_w * gpus / m.gpus_per_server / m.batch_size;
    gpus * tokens * per_token + server_wh
}

/// One image of a model and quality; `pue` fixes the data-centre overhead (1 = IT energy).
fn one_image(model: ImageModel, quality: ImageQuality, pue: Option<f64>) -> Estimate {
    Dataset::embedded()
        .compute(&Scenario {
            images: 1,
            messages: 0,
            image_model: model,
            quality,
            pue,
            ..Scenario::default()
        })
        .energy_wh
}

fn within(e: Estimate, figure: f64) -> bool {
    e.low <= figure && figure <= e.high
}

#[test]
fn gpt_image_15_is_the_token_method_placed_against_the_published_estimate() {
    let p = Dataset::embedded().parameters();
    let gpt4o = &p.chat_model(ChatModel::Gpt4o).expect("GPT-4o").ecologits;
    let (tps, ttft) = (gpt4o.tokens_per_s, gpt4o.ttft_s.expect("measured"));
    let at = |active| {
        let total = gpt4o.total_params_b.central;
        ecologits_by_hand(&p.ecologits, active, total, tps, ttft, OPENAI_MEDIUM_TOKENS)
    };
    let active = gpt4o.active_params_b;
    let (method_low, method_middle) = (at(active.low), at(active.central));
    // The widget's own EcoLogits path gives the same for 1,056 tokens of GPT-4o (IT energy).
    let via_widget = Dataset::embedded()
        .compute(&Scenario {
            images: 0,
            messages: 1,
            chat_source: ChatSource::EcoLogits,
            tokens: OPENAI_MEDIUM_TOKENS as u32,
            pue: Some(1.0),
            ..Scenario::default()
        })
        .energy_wh;
    assert_close(
        via_widget.central,
        method_middle,
        1e-9,
        "widget's EcoLogits",
    );
    // EcoLogits 0.11.3 itself, run on gpt-4o with 1,056 output tokens: 1.26310 Wh of IT
    // energy at the low size (printed to 6 figures).
    assert_close(method_low, 1.263_10, 1e-5, "EcoLogits itself");

    let e = one_image(ImageModel::GptImage15, ImageQuality::Medium, Some(1.0));
    assert_close(e.low, method_low, STORED, "low: the method's low");
    let published_it = KYC_GPT_IMAGE_15_WH / OPENAI_PUE;
    assert_close(
        e.central,
        (method_middle * published_it).sqrt(),
        STORED,
        "central: geometric mean of method and published estimate",
    );
    assert_close(
        e.high,
        KYC_GPT_IMAGE_15_WH,
        STORED,
        "high: published, as IT",
    );
}

#[test]
fn gpt_image_2_is_the_token_method_scaled_as_its_predecessors_estimate() {
    let p = Dataset::embedded().parameters();
    let gpt4o = &p.chat_model(ChatModel::Gpt4o).expect("GPT-4o").ecologits;
    let (tps, ttft) = (gpt4o.tokens_per_s, gpt4o.ttft_s.expect("measured"));
    let total = gpt4o.total_params_b.central;
    let at = |active, tokens| ecologits_by_hand(&p.ecologits, active, total, tps, ttft, tokens);
    let active = gpt4o.active_params_b;
    let medium = GPT_IMAGE_2_TOKENS[1];
    let (method_low, method_middle) = (at(active.low, medium), at(active.central, medium));
    // EcoLogits 0.11.3 itself, gpt-4o with 1,756 output tokens: 2.51541 Wh at PUE 1.2.
    assert_close(method_low, 2.515_41 / OPENAI_PUE, 1e-5, "EcoLogits itself");
    // GPT Image 1.5's published estimate over the same method's middle for its 1,056 tokens.
    let ratio = KYC_GPT_IMAGE_15_WH / OPENAI_PUE / at(active.central, OPENAI_MEDIUM_TOKENS);

    let e = one_image(ImageModel::GptImage2, ImageQuality::Medium, Some(1.0));
    assert_close(e.low, method_low, STORED, "low: the method's low");
    assert_close(e.central, method_middle * ratio.sqrt(), STORED, "central");
    assert_close(e.high, method_middle * ratio, STORED, "high");
    // Quality follows GPT Image 2's own token schedule.
    for (quality, tokens) in [
        (ImageQuality::Low, GPT_IMAGE_2_TOKENS[0]),
        (ImageQuality::High, GPT_IMAGE_2_TOKENS[2]),
    ] {
        let q = one_image(ImageModel::GptImage2, quality, Some(1.0));
        assert_close(q.central / e.central, tokens / medium, STORED, quality.id());
    }
}

#[test]
fn gemini_25_flash_image_is_the_token_method_placed_against_googles_own_measurement() {
    let p = Dataset::embedded().parameters();
    // EcoLogits 0.11.3's entry for gemini-2.5-flash-image: 440 B total, 44-132 B active,
    // no measured throughput (latency regression), 15.05 s to first token.
    let at = |active| {
        ecologits_by_hand(
            &p.ecologits,
            active,
            440.0,
            None,
            15.05,
            GEMINI_IMAGE_TOKENS,
        )
    };
    let (method_low, method_middle, method_high) = (at(44.0), at(88.0), at(132.0));
    // EcoLogits itself for 1,290 output tokens: 2.66126 and 4.66312 Wh at Google's PUE
    // 1.09 (printed to 6 figures), i.e. these IT energies.
    assert_close(method_low, 2.661_26 / 1.09, 1e-5, "EcoLogits itself, low");
    assert_close(method_high, 4.663_12 / 1.09, 1e-5, "EcoLogits itself, high");
    // Google's median prompt per token, as the widget reads it, scaled to 1,290 tokens.
    let google = p.google.it_wh_for(GEMINI_IMAGE_TOKENS);

    let e = one_image(
        ImageModel::Gemini25FlashImage,
        ImageQuality::Medium,
        Some(1.0),
    );
    assert_close(
        e.low,
        google.central,
        STORED,
        "low: Google's per-token energy",
    );
    assert_close(
        e.central,
        (method_middle * google.central).sqrt(),
        STORED,
        "central: geometric mean of method and measurement",
    );
    assert_close(e.high, method_high, STORED, "high: the method's high");
}

#[test]
fn token_image_ranges_hold_the_cross_checks() {
    // GPT Image 1.5 at default settings (the dataset's PUE range) holds Know Your Compute's
    // 3.8 Wh and the method at OpenAI's PUE (1.516-2.532 Wh).
    let gpt = one_image(ImageModel::GptImage15, ImageQuality::Medium, None);
    for figure in [KYC_GPT_IMAGE_15_WH, 1.516, 2.532] {
        assert!(
            within(gpt, figure),
            "GPT Image 1.5: {figure} not in {gpt:?}"
        );
    }
    // GPT Image 2 has no published estimate: its range holds the method at OpenAI's PUE
    // (2.515-4.205 Wh, EcoLogits itself for 1,756 tokens).
    let gpt2 = one_image(ImageModel::GptImage2, ImageQuality::Medium, None);
    for figure in [2.515, 4.205] {
        assert!(
            within(gpt2, figure),
            "GPT Image 2: {figure} not in {gpt2:?}"
        );
    }
    // Gemini at Google's own PUE (1.09) holds Google's per-token figure (0.24 Wh × 1,290/400
    // = 0.774 Wh, the low bound itself, so with the stored rounding as slack) and EcoLogits'
    // own range at that PUE (2.661-4.663 Wh).
    let gemini = one_image(
        ImageModel::Gemini25FlashImage,
        ImageQuality::Medium,
        Some(1.09),
    );
    let google = 0.24 * GEMINI_IMAGE_TOKENS / 400.0;
    assert!(
        gemini.low <= google * (1.0 + STORED),
        "{google} not in {gemini:?}"
    );
    for figure in [google, 2.661, 4.663] {
        assert!(figure <= gemini.high, "Gemini: {figure} above {gemini:?}");
    }
    assert!(gemini.low <= 2.661, "{gemini:?}");
}

#[test]
fn gemini_images_cost_the_same_whatever_the_quality_asked() {
    let medium = one_image(ImageModel::Gemini25FlashImage, ImageQuality::Medium, None);
    for quality in [ImageQuality::Low, ImageQuality::High] {
        let e = one_image(ImageModel::Gemini25FlashImage, quality, None);
        assert_eq!(e, medium, "{}", quality.id());
    }
    // OpenAI's models do scale with quality (more tokens).
    let high = one_image(ImageModel::GptImage15, ImageQuality::High, None);
    assert!(high.central > one_image(ImageModel::GptImage15, ImageQuality::Medium, None).central);
}

#[test]
fn old_image_ids_keep_their_models_and_new_ids_parse() {
    for (id, model) in [
        ("gpt-4o", ImageModel::Gpt4o),
        ("dall-e-3", ImageModel::DallE3),
        ("sd3-medium", ImageModel::Sd3Medium),
        ("sdxl", ImageModel::Sdxl),
        ("flux-1", ImageModel::Flux1),
        ("gpt-image-1.5", ImageModel::GptImage15),
        ("gpt-image-2", ImageModel::GptImage2),
        ("gemini-2.5-flash-image", ImageModel::Gemini25FlashImage),
    ] {
        assert_eq!(ImageModel::from_id(id), Some(model), "{id}");
    }
    assert_eq!(Scenario::default().image_model, ImageModel::Gpt4o);
}
