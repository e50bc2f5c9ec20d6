//! IT energy of one chat reply, by source.

use super::site::ItUse;
use super::{ChatSource, EcoLogitsMethod, EcoLogitsModel, Estimate, Parameters, Scenario};

/// IT energy (and, for EcoLogits, hardware time) of one reply of `scenario.tokens` output
/// tokens.
///
/// - Epoch scales with the chat model's active parameters and its own uncertain
///   utilisation, times the spread between bottom-up methods; EcoLogits follows its own model data (sizes, measured throughput).
/// - Google and OpenAI publish one figure per query for their own service, at their own
///   scope; it is scaled linearly by `tokens / reference_tokens` and ignores the model.
/// - A reply of zero tokens costs nothing (EcoLogits would still count the time to the
///   first token; a reply that does not exist has none).
pub(crate) fn reply_use(scenario: &Scenario, params: &Parameters) -> ItUse {
    let tokens = f64::from(scenario.tokens);
    let Some(model) = params.chat_model(scenario.chat_model) else {
        return ItUse::ZERO;
    };
    if tokens <= 0.0 {
        return ItUse::ZERO;
    }
    match scenario.chat_source {
        ChatSource::Epoch => ItUse::energy(
            model.active_params_b.scale(tokens)
                * params.epoch.it_wh_per_param_b_token
                * params.epoch.method_spread,
        ),
        ChatSource::EcoLogits => ecologits_use(&params.ecologits, &model.ecologits, tokens),
        ChatSource::Google => ItUse::energy(params.google.it_wh_for(tokens)),
        ChatSource::OpenAi => ItUse::energy(params.openai.it_wh_for(tokens)),
    }
}

/// EcoLogits' bounds come from the model's size range (low sizes together, high together,
/// as EcoLogits does); the central value uses the middle of that range.
fn ecologits_use(m: &EcoLogitsMethod, model: &EcoLogitsModel, tokens: f64) -> ItUse {
    let (active, total) = (model.active_params_b, model.total_params_b);
    let at = |a: f64, t: f64| ecologits_request(m, model, a, t, tokens);
    let (low, central, high) = (
        at(active.low, total.low),
        at(active.central, total.central),
        at(active.high, total.high),
    );
    ItUse {
        it_wh: Estimate::new(low.0, central.0, high.0),
        gpu_s: Some(Estimate::new(low.1, central.1, high.1)),
    }
}

/// One EcoLogits 0.11 request at given sizes: (IT energy in Wh, GPU-seconds held).
///
/// GPUs needed to hold the weights each spend `(α·e^(−decay·batch)·P_active + γ)` Wh per
/// token; the rest of the server draws its power for the generation time, shared by the
/// batch. Generation time = tokens / measured throughput + time to first token where
/// EcoLogits has them, else its latency regression (plus the time to first token if known).
fn ecologits_request(
    m: &EcoLogitsMethod,
    model: &EcoLogitsModel,
    active_b: f64,
    total_b: f64,
    tokens: f64,
) -> (f64, f64) {
    let gpu_wh_per_token = m.gpu_wh_per_token_per_param_b
        * (-m.gpu_energy_decay_per_batch * m.batch_size).exp()
        * active_b
        + m.gpu_wh_per_token_floor;
    let memory_gb = m.memory_overhead * total_b * m.bytes_per_param;
    let gpus = gpus_needed(memory_gb / m.gpu_memory_gb);
    let s_per_token = match model.tokens_per_s {
        Some(tps) if tps > 0.0 => 1.0 / tps,
        _ => {
            m.latency_s_per_token_per_param_b * active_b
                + m.latency_s_per_token_per_batch * m.batch_size
                + m.latency_s_per_token_floor
        }
    };
    let latency_s = tokens * s_per_token + model.ttft_s.unwrap_or(0.0);
    let server_wh =
        latency_s / 3600.0 * m.server_power_w * (gpus / m.gpus_per_server) / m.batch_size;
    let gpu_s = latency_s * gpus / m.batch_size;
    (gpus * tokens * gpu_wh_per_token + server_wh, gpu_s)
}

/// GPUs for a memory need given in GPUs' worth, rounded up to a power of two
/// (deployments use 1, 2, 4, 8… GPUs), at least one.
fn gpus_needed(gpus_worth: f64) -> f64 {
    let at_least = gpus_worth.ceil().max(1.0);
    at_least.log2().ceil().exp2()
}
