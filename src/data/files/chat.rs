//! `chat.toml`: model sizes and the coefficients of each chat source.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::{DataError, refuse};
use super::registry::Registry;
use crate::data::Coefficient;
use crate::model::{
    ChatModel, ChatModelParams, EcoLogitsMethod, EcoLogitsModel, EpochMethod, Estimate, Evidence,
    PublishedReply,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChatFile {
    models: BTreeMap<String, ModelSize>,
    epoch: EpochFile,
    ecologits: EcoLogitsFile,
    published: PublishedFile,
    vision: VisionFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelSize {
    active_params_b: Coefficient,
    ecologits: EcoLogitsEntry,
}

/// The model as EcoLogits' model file lists it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EcoLogitsEntry {
    active_params_b: Coefficient,
    total_params_b: Coefficient,
    #[serde(default)]
    tokens_per_s: Option<Coefficient>,
    #[serde(default)]
    ttft_s: Option<Coefficient>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EpochFile {
    flop_per_param_token: Coefficient,
    peak_flop_per_s: Coefficient,
    utilisation: Coefficient,
    method_spread: Coefficient,
    power_per_gpu_w: Coefficient,
    power_fraction: Coefficient,
    pue: Coefficient,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EcoLogitsFile {
    gpu_energy_alpha: Coefficient,
    gpu_energy_decay: Coefficient,
    gpu_energy_gamma: Coefficient,
    latency_alpha: Coefficient,
    latency_beta: Coefficient,
    latency_gamma: Coefficient,
    batch_size: Coefficient,
    gpu_memory_gb: Coefficient,
    bytes_per_param: Coefficient,
    memory_overhead: Coefficient,
    server_power_w: Coefficient,
    gpus_per_server: Coefficient,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PublishedFile {
    google: PublishedFigure,
    openai: PublishedFigure,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PublishedFigure {
    energy_wh: Coefficient,
    pue: Coefficient,
    reference_tokens: Coefficient,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VisionFile {
    tokens_per_photo: Coefficient,
    input_wh_per_token: Coefficient,
}

/// What `chat.toml` gives the model.
pub(crate) struct ChatParameters {
    pub(crate) models: Vec<ChatModelParams>,
    pub(crate) epoch: EpochMethod,
    pub(crate) ecologits: EcoLogitsMethod,
    pub(crate) google: PublishedReply,
    pub(crate) openai: PublishedReply,
    pub(crate) photo_it_wh: Estimate,
    pub(crate) photo_evidence: Evidence,
}

const BILLION_PARAMS: &str = "billion parameters";
const RATIO: &str = "ratio";

impl ChatFile {
    pub(crate) fn into_parameters(self, reg: &mut Registry) -> Result<ChatParameters, DataError> {
        let mut models = Vec::new();
        for (id, size) in self.models {
            let Some(model) = ChatModel::from_id(&id) else {
                return refuse(format!("chat.models.{id}: unknown chat model"));
            };
            let path = format!("chat.models.{id}");
            let mark = reg.mark();
            let active_params_b = reg.take(
                format!("{path}.active_params_b"),
                size.active_params_b,
                BILLION_PARAMS,
            )?;
            let evidence = reg.weakest_since(mark);
            models.push(ChatModelParams {
                model,
                active_params_b,
                ecologits: ecologits_model(&format!("{path}.ecologits"), size.ecologits, reg)?,
                evidence,
            });
        }
        if let Some(missing) = ChatModel::ALL
            .iter()
            .find(|m| !models.iter().any(|p| p.model == **m))
        {
            return refuse(format!("chat.models.{}: missing", missing.id()));
        }
        let (epoch, epoch_pue) = epoch_method(self.epoch, reg)?;
        let ecologits = ecologits_method(self.ecologits, reg)?;
        let google = published("google", self.published.google, reg)?;
        let openai = published("openai", self.published.openai, reg)?;
        let mark = reg.mark();
        let photo_it_wh = photo_it_wh(self.vision, epoch_pue, reg)?;
        Ok(ChatParameters {
            models,
            epoch,
            ecologits,
            google,
            openai,
            photo_it_wh,
            photo_evidence: reg.weakest_since(mark),
        })
    }
}

fn ecologits_model(
    path: &str,
    e: EcoLogitsEntry,
    reg: &mut Registry,
) -> Result<EcoLogitsModel, DataError> {
    let id = |name: &str| format!("{path}.{name}");
    let mark = reg.mark();
    let mut optional = |name: &str, c: Option<Coefficient>, unit: &str| {
        c.map(|c| reg.take_exact(id(name), c, unit)).transpose()
    };
    let tokens_per_s = optional("tokens_per_s", e.tokens_per_s, "tokens/s")?;
    let ttft_s = optional("ttft_s", e.ttft_s, "s")?;
    if tokens_per_s.is_some_and(|tps| tps <= 0.0) {
        return refuse(format!("{path}.tokens_per_s: must be positive"));
    }
    let active_params_b = reg.take(id("active_params_b"), e.active_params_b, BILLION_PARAMS)?;
    let total_params_b = reg.take(id("total_params_b"), e.total_params_b, BILLION_PARAMS)?;
    Ok(EcoLogitsModel {
        active_params_b,
        total_params_b,
        tokens_per_s,
        ttft_s,
        evidence: reg.weakest_since(mark),
    })
}

/// Epoch's method, and the PUE inside Epoch's published figures.
fn epoch_method(f: EpochFile, reg: &mut Registry) -> Result<(EpochMethod, f64), DataError> {
    let id = |name: &str| format!("chat.epoch.{name}");
    let mark = reg.mark();
    let flop = reg.take_exact(
        id("flop_per_param_token"),
        f.flop_per_param_token,
        "FLOP per parameter per token",
    )?;
    let peak = reg.take_exact(id("peak_flop_per_s"), f.peak_flop_per_s, "FLOP/s")?;
    let utilisation = reg.take(id("utilisation"), f.utilisation, RATIO)?;
    let method_spread = reg.take(id("method_spread"), f.method_spread, RATIO)?;
    // Epoch's own figures stay the central value; the spread only widens the range.
    if method_spread.central != 1.0 {
        return refuse("chat.epoch.method_spread: the central value must be 1");
    }
    let power_w = reg.take_exact(id("power_per_gpu_w"), f.power_per_gpu_w, "W")?;
    let fraction = reg.take_exact(id("power_fraction"), f.power_fraction, RATIO)?;
    let pue = reg.take_exact(id("pue"), f.pue, RATIO)?;
    if peak * utilisation.low <= 0.0 || pue <= 0.0 {
        return refuse("chat.epoch: peak FLOP/s, utilisation and PUE must be positive");
    }
    // Seconds of GPU time per billion parameters per token, times watts, in Wh; a higher
    // utilisation gives less energy, so the low bound uses the high utilisation.
    let wh = |utilisation: f64| flop * 1e9 / (peak * utilisation) * power_w * fraction / 3600.0;
    let it_wh_per_param_b_token = Estimate::new(
        wh(utilisation.high),
        wh(utilisation.central),
        wh(utilisation.low),
    );
    Ok((
        EpochMethod {
            it_wh_per_param_b_token,
            method_spread,
            evidence: reg.weakest_since(mark),
        },
        pue,
    ))
}

fn ecologits_method(f: EcoLogitsFile, reg: &mut Registry) -> Result<EcoLogitsMethod, DataError> {
    let id = |name: &str| format!("chat.ecologits.{name}");
    let mark = reg.mark();
    let mut method = EcoLogitsMethod {
        gpu_wh_per_token_per_param_b: reg.take_exact(
            id("gpu_energy_alpha"),
            f.gpu_energy_alpha,
            "Wh per token per GPU per billion active parameters",
        )?,
        gpu_energy_decay_per_batch: reg.take_exact(
            id("gpu_energy_decay"),
            f.gpu_energy_decay,
            "per request in the batch",
        )?,
        gpu_wh_per_token_floor: reg.take_exact(
            id("gpu_energy_gamma"),
            f.gpu_energy_gamma,
            "Wh per token per GPU",
        )?,
        latency_s_per_token_per_param_b: reg.take_exact(
            id("latency_alpha"),
            f.latency_alpha,
            "s per token per billion active parameters",
        )?,
        latency_s_per_token_per_batch: reg.take_exact(
            id("latency_beta"),
            f.latency_beta,
            "s per token per request in the batch",
        )?,
        latency_s_per_token_floor: reg.take_exact(
            id("latency_gamma"),
            f.latency_gamma,
            "s per token",
        )?,
        batch_size: reg.take_exact(id("batch_size"), f.batch_size, "requests")?,
        gpu_memory_gb: reg.take_exact(id("gpu_memory_gb"), f.gpu_memory_gb, "GB")?,
        bytes_per_param: reg.take_exact(
            id("bytes_per_param"),
            f.bytes_per_param,
            "bytes per parameter",
        )?,
        memory_overhead: reg.take_exact(id("memory_overhead"), f.memory_overhead, RATIO)?,
        server_power_w: reg.take_exact(id("server_power_w"), f.server_power_w, "W")?,
        gpus_per_server: reg.take_exact(id("gpus_per_server"), f.gpus_per_server, "GPUs")?,
        evidence: Evidence::Measured,
    };
    method.evidence = reg.weakest_since(mark);
    if [
        method.batch_size,
        method.gpu_memory_gb,
        method.gpus_per_server,
    ]
    .iter()
    .any(|&x| x <= 0.0)
    {
        return refuse(
            "chat.ecologits: batch size, GPU memory and GPUs per server must be positive",
        );
    }
    Ok(method)
}

/// A published at-the-wall figure, with the PUE it includes.
fn published(
    name: &str,
    f: PublishedFigure,
    reg: &mut Registry,
) -> Result<PublishedReply, DataError> {
    let id = |field: &str| format!("chat.published.{name}.{field}");
    let mark = reg.mark();
    let energy_wh = reg.take(id("energy_wh"), f.energy_wh, "Wh")?;
    let pue = reg.take_exact(id("pue"), f.pue, RATIO)?;
    let reference_tokens = reg.take_exact(id("reference_tokens"), f.reference_tokens, "tokens")?;
    if pue < 1.0 || reference_tokens <= 0.0 {
        return refuse(format!(
            "chat.published.{name}: need PUE >= 1 and reference tokens > 0"
        ));
    }
    Ok(PublishedReply {
        wall_wh: energy_wh,
        pue,
        reference_tokens,
        evidence: reg.weakest_since(mark),
    })
}

/// IT energy to read one photo: its tokens × Epoch's input cost per token,
/// which is at the wall, so divided by Epoch's PUE.
fn photo_it_wh(f: VisionFile, epoch_pue: f64, reg: &mut Registry) -> Result<Estimate, DataError> {
    let tokens = reg.take(
        "chat.vision.tokens_per_photo".into(),
        f.tokens_per_photo,
        "tokens",
    )?;
    let wh_per_token = reg.take(
        "chat.vision.input_wh_per_token".into(),
        f.input_wh_per_token,
        "Wh per input token",
    )?;
    Ok((tokens * wh_per_token).scale(1.0 / epoch_pue))
}
