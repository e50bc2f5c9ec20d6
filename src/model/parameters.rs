//! The coefficients the model needs, in the model's units.
//!
//! Built by the `data` layer from the sourced data files; the model only does
//! arithmetic on them. Energies here are IT energy (servers, before the
//! data-centre overhead) unless the name says otherwise.

use std::borrow::Cow;

use super::{
    ChatModel, ChatSource, Estimate, Evidence, ImageFamily, ImageModel, ImageQuality, RegionCode,
    VideoModel,
};

/// Lists are `Cow`s so that the shipped dataset can be a `static` compiled into the widget
/// (borrowed), while the data files' reader builds its own (owned).
#[derive(Clone, Debug, PartialEq)]
pub struct Parameters {
    pub chat_models: Cow<'static, [ChatModelParams]>,
    pub epoch: EpochMethod,
    pub ecologits: EcoLogitsMethod,
    pub google: PublishedReply,
    pub openai: PublishedReply,
    /// IT energy to read one uploaded photo, in Wh (GPT-4o's token count for an
    /// image and Epoch's input cost per token, whatever the chat model).
    pub photo_it_wh: Estimate,
    /// How solid `photo_it_wh` is.
    pub photo_evidence: Evidence,
    pub image_models: Cow<'static, [ImageModelParams]>,
    pub quality_factors: Cow<'static, [QualityFactor]>,
    pub video_models: Cow<'static, [VideoModelParams]>,
    pub video: VideoMethod,
    pub regions: Cow<'static, [RegionParams]>,
    pub datacentre: DataCentre,
}

impl Parameters {
    pub fn chat_model(&self, model: ChatModel) -> Option<&ChatModelParams> {
        self.chat_models.iter().find(|p| p.model == model)
    }

    /// The published per-reply figure a chat source stands for, if it is one.
    pub fn published(&self, source: ChatSource) -> Option<&PublishedReply> {
        match source {
            ChatSource::Google => Some(&self.google),
            ChatSource::OpenAi => Some(&self.openai),
            ChatSource::Epoch | ChatSource::EcoLogits => None,
        }
    }

    pub fn image_model(&self, model: ImageModel) -> Option<&ImageModelParams> {
        self.image_models.iter().find(|p| p.model == model)
    }

    /// Energy multiplier of a quality level relative to medium (ratio).
    pub fn quality_factor(&self, family: ImageFamily, quality: ImageQuality) -> Option<Estimate> {
        self.quality_factors
            .iter()
            .find(|q| q.family == family && q.quality == quality)
            .map(|q| q.factor)
    }

    pub fn video_model(&self, model: VideoModel) -> Option<&VideoModelParams> {
        self.video_models.iter().find(|p| p.model == model)
    }

    pub fn region(&self, region: RegionCode) -> Option<&RegionParams> {
        self.regions.iter().find(|r| r.region == region)
    }

    /// The regions the dataset knows, world first, for the UI's list.
    pub fn region_codes(&self) -> impl Iterator<Item = RegionCode> + '_ {
        self.regions.iter().map(|r| r.region)
    }
}

/// Size of a chat model: what the parametric sources scale with.
#[derive(Clone, Debug, PartialEq)]
pub struct ChatModelParams {
    pub model: ChatModel,
    /// Parameters used per generated token, in billions (Epoch's method).
    pub active_params_b: Estimate,
    /// The model as EcoLogits describes it (for `source=ecologits`).
    pub ecologits: EcoLogitsModel,
    /// How solid `active_params_b` is.
    pub evidence: Evidence,
}

/// A chat model as EcoLogits' model file describes it: what its method needs.
#[derive(Clone, Debug, PartialEq)]
pub struct EcoLogitsModel {
    /// Active parameters, in billions: EcoLogits' min and max, central the middle.
    pub active_params_b: Estimate,
    /// Parameters held in GPU memory, in billions (same reading).
    pub total_params_b: Estimate,
    /// Measured generation throughput, in tokens/s, where EcoLogits has it.
    pub tokens_per_s: Option<f64>,
    /// Measured time to first token, in s, where EcoLogits has it.
    pub ttft_s: Option<f64>,
    /// The weakest of the above.
    pub evidence: Evidence,
}

/// Epoch AI's method: energy proportional to active parameters × output tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct EpochMethod {
    /// IT energy per billion active parameters per output token, in Wh; its range is
    /// Epoch's utilisation uncertainty.
    pub it_wh_per_param_b_token: Estimate,
    /// How far another bottom-up method lands from Epoch's for the same model and reply
    /// (ratio, central exactly 1): an independent factor, so that the range covers the
    /// methods' disagreement and not only Epoch's own utilisation band.
    pub method_spread: Estimate,
    /// The weaker of the two.
    pub evidence: Evidence,
}

/// EcoLogits' bottom-up LLM inference model (GenAI Impact), version 0.11, re-derived from
/// its methodology and source. All per-token terms are per output token.
#[derive(Clone, Debug, PartialEq)]
pub struct EcoLogitsMethod {
    /// GPU energy slope, in Wh per token per GPU per billion active parameters (α).
    pub gpu_wh_per_token_per_param_b: f64,
    /// How fast that slope decays with the batch size, per request in the batch (−β).
    pub gpu_energy_decay_per_batch: f64,
    /// GPU energy floor, in Wh per token per GPU (γ).
    pub gpu_wh_per_token_floor: f64,
    /// Latency slope, in s per token per billion active parameters.
    pub latency_s_per_token_per_param_b: f64,
    /// Latency slope, in s per token per request in the batch.
    pub latency_s_per_token_per_batch: f64,
    /// Latency floor, in s per token.
    pub latency_s_per_token_floor: f64,
    /// Requests served together (count).
    pub batch_size: f64,
    /// Memory of one GPU, in GB.
    pub gpu_memory_gb: f64,
    /// Memory per parameter, in bytes (16-bit weights: 2).
    pub bytes_per_param: f64,
    /// Extra memory beyond the weights (ratio, 1.2 = +20 %).
    pub memory_overhead: f64,
    /// Power of the server without its GPUs, in W.
    pub server_power_w: f64,
    /// GPUs in one server (count).
    pub gpus_per_server: f64,
    /// The weakest of the method's constants.
    pub evidence: Evidence,
}

/// A provider's published per-reply figure, kept at its own scope: shown as published
/// unless the reader sets a PUE of their own.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishedReply {
    /// Energy of one reply of `reference_tokens` tokens as published, at the wall, in Wh.
    pub wall_wh: Estimate,
    /// The PUE inside the published figure (ratio, ≥ 1); replaces the dataset's PUE range
    /// for this source unless the reader overrides it.
    pub pue: f64,
    /// Output tokens the figure is taken to describe, in tokens (> 0).
    pub reference_tokens: f64,
    /// The weakest of the above.
    pub evidence: Evidence,
}

impl PublishedReply {
    /// IT energy of a reply of `tokens` output tokens, in Wh (linear in tokens).
    pub fn it_wh_for(&self, tokens: f64) -> Estimate {
        if self.reference_tokens > 0.0 && self.pue > 0.0 {
            self.wall_wh
                .scale(tokens / self.reference_tokens / self.pue)
        } else {
            Estimate::ZERO
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImageModelParams {
    pub model: ImageModel,
    pub family: ImageFamily,
    /// IT energy of one image at medium quality (1024×1024, default steps), in Wh.
    pub it_wh: Estimate,
    pub evidence: Evidence,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QualityFactor {
    pub family: ImageFamily,
    pub quality: ImageQuality,
    /// Energy relative to medium quality (ratio).
    pub factor: Estimate,
    pub evidence: Evidence,
}

/// One video generator's clip, as its source gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct VideoModelParams {
    pub model: VideoModel,
    /// Energy of one clip of `seconds`, in Wh: the GPUs' alone when `gpu_only` (a GPU
    /// measurement), else the whole server's (IT energy).
    pub clip_wh: Estimate,
    /// Whether `clip_wh` leaves out the rest of the server.
    pub gpu_only: bool,
    /// Length of the clip the figure describes (frames / frame rate), in s (> 0).
    pub seconds: f64,
    pub evidence: Evidence,
}

/// How a clip's figure becomes the reader's clip.
#[derive(Clone, Debug, PartialEq)]
pub struct VideoMethod {
    /// The whole server's IT energy per unit of GPU energy (ratio, ≥ 1).
    pub server_factor: Estimate,
    pub server_evidence: Evidence,
    /// Energy grows as (length / the figure's length) to this power (ratio): 1 when a
    /// clip is made segment by segment, 2 when attention spans every frame.
    pub length_exponent: Estimate,
    pub length_evidence: Evidence,
}

impl VideoMethod {
    /// Energy of a clip of `seconds` relative to one of `reference` seconds (ratio). The
    /// exponent's bounds give the factor's, in whichever order keeps low ≤ high.
    pub fn length_factor(&self, seconds: f64, reference: f64) -> Estimate {
        if reference <= 0.0 {
            return Estimate::exact(1.0);
        }
        let ratio = seconds / reference;
        let e = self.length_exponent;
        let (a, b) = (ratio.powf(e.low), ratio.powf(e.high));
        Estimate::new(a.min(b), ratio.powf(e.central), a.max(b))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RegionParams {
    pub region: RegionCode,
    /// Greenhouse gases per kWh of electricity, in g CO2e/kWh.
    pub grid_g_per_kwh: Estimate,
    /// Water consumed to generate one kWh of electricity, in L/kWh.
    pub water_l_per_kwh: Estimate,
    /// The weaker of the two.
    pub evidence: Evidence,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DataCentre {
    /// Power usage effectiveness: facility energy / IT energy (ratio, ≥ 1).
    pub pue: Estimate,
    /// On-site water usage effectiveness, in L per kWh of IT energy.
    pub wue_l_per_kwh: Estimate,
    /// Hardware manufacturing emissions per Wh of IT energy, in g CO2e/Wh (for methods
    /// that know only the energy).
    pub embodied_g_per_wh: Estimate,
    /// Hardware manufacturing emissions per second one GPU (and its share of the server)
    /// is held, in g CO2e/s (EcoLogits' allocation by generation time).
    pub embodied_g_per_gpu_s: f64,
    /// Training energy per unit of inference energy, amortised (ratio).
    pub training_share: Estimate,
    /// How solid each of the above is (embodied: the weaker of its two figures).
    pub pue_evidence: Evidence,
    pub wue_evidence: Evidence,
    pub embodied_evidence: Evidence,
    pub training_evidence: Evidence,
}
