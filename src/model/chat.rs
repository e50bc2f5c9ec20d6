//! IT energy of one chat reply, by source.

use super::{ChatSource, EcoLogitsMethod, Estimate, Parameters, PublishedReply, Scenario};

/// IT energy of one reply of `scenario.tokens` output tokens, in Wh.
///
/// - Epoch and EcoLogits scale with the chat model's active parameters.
/// - Google and OpenAI publish one figure per query for their own service;
///   it is scaled linearly by `tokens / reference_tokens` and ignores the model.
pub(crate) fn reply_it_wh(scenario: &Scenario, params: &Parameters) -> Estimate {
    let tokens = f64::from(scenario.tokens);
    let Some(model) = params.chat_model(scenario.chat_model) else {
        return Estimate::ZERO;
    };
    match scenario.chat_source {
        ChatSource::Epoch => model
            .active_params_b
            .scale(tokens * params.epoch.it_wh_per_param_b_token),
        ChatSource::EcoLogits => {
            let (active, total) = (model.active_params_b, model.total_params_b);
            let bound = |a: f64, t: f64| ecologits_it_wh(&params.ecologits, a, t, tokens);
            Estimate::new(
                bound(active.low, total.low),
                bound(active.central, total.central),
                bound(active.high, total.high),
            )
        }
        ChatSource::Google => published(&params.google, tokens),
        ChatSource::OpenAi => published(&params.openai, tokens),
    }
}

fn published(figure: &PublishedReply, tokens: f64) -> Estimate {
    if figure.reference_tokens > 0.0 {
        figure.it_wh.scale(tokens / figure.reference_tokens)
    } else {
        Estimate::ZERO
    }
}

/// EcoLogits: GPUs needed to hold the weights, each spending
/// `(α·e^(−decay·batch)·P_active + γ)` Wh per token, plus the rest of the server
/// for the generation latency, shared by the batch. IT energy in Wh.
fn ecologits_it_wh(m: &EcoLogitsMethod, active_b: f64, total_b: f64, tokens: f64) -> f64 {
    let gpu_wh_per_token = m.gpu_wh_per_token_per_param_b
        * (-m.gpu_energy_decay_per_batch * m.batch_size).exp()
        * active_b
        + m.gpu_wh_per_token_floor;
    let memory_gb = m.memory_overhead * total_b * m.bytes_per_param;
    let gpus = gpus_needed(memory_gb / m.gpu_memory_gb);
    let latency_s = tokens
        * (m.latency_s_per_token_per_param_b * active_b
            + m.latency_s_per_token_per_batch * m.batch_size
            + m.latency_s_per_token_floor);
    let server_wh =
        latency_s / 3600.0 * m.server_power_w * (gpus / m.gpus_per_server) / m.batch_size;
    gpus * tokens * gpu_wh_per_token + server_wh
}

/// GPUs for a memory need given in GPUs' worth, rounded up to a power of two
/// (deployments use 1, 2, 4, 8… GPUs), at least one.
fn gpus_needed(gpus_worth: f64) -> f64 {
    let at_least = gpus_worth.ceil().max(1.0);
    at_least.log2().ceil().exp2()
}
