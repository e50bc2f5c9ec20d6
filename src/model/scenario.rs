use serde::{Deserialize, Serialize};

use super::{
    ChatModel, ChatSource, ImageModel, ImageQuality, Period, RegionCode, VideoModel, WaterScope,
};

/// What the reader did and where it ran: the inputs of the model.
///
/// Every field is also a URL parameter later. Any value is accepted here;
/// [`Scenario::clamped`] brings it into the documented ranges, and
/// [`compute`](super::compute) clamps before computing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    /// Images generated, regenerations included (0 to [`Scenario::MAX_IMAGES`]).
    pub images: u32,
    pub image_model: ImageModel,
    pub quality: ImageQuality,
    /// Video clips generated (0 to [`Scenario::MAX_VIDEOS`]).
    pub videos: u32,
    pub video_model: VideoModel,
    /// Length of each clip, in s (within [`Scenario::VIDEO_SECONDS`]).
    pub video_seconds: u32,
    /// Chat replies received (0 to [`Scenario::MAX_MESSAGES`]).
    pub messages: u32,
    pub chat_model: ChatModel,
    /// Output tokens per reply, in tokens (0 to [`Scenario::MAX_TOKENS`]).
    pub tokens: u32,
    /// Photos uploaded for the model to look at (0 to [`Scenario::MAX_PHOTOS`]).
    pub photos: u32,
    pub chat_source: ChatSource,
    pub region: RegionCode,
    /// Data-centre power usage effectiveness (ratio, 1 to 3); `None` = dataset range.
    pub pue: Option<f64>,
    /// On-site water usage effectiveness, in L per kWh of IT energy (0 to 10);
    /// `None` = dataset range.
    pub wue: Option<f64>,
    pub water: WaterScope,
    /// Count the manufacturing emissions of the servers, shared per request.
    pub embodied: bool,
    /// Count a share of the energy spent training the models.
    pub training: bool,
    /// What the counts are per: once, or a day, week or month of habit (then the results
    /// also give the year's footprint). It leaves the period's footprint as it is.
    pub per: Period,
}

impl Scenario {
    pub const MAX_IMAGES: u32 = 200;
    pub const MAX_MESSAGES: u32 = 1000;
    pub const MAX_VIDEOS: u32 = 100;
    /// Seconds per clip: from a one-second loop to a minute.
    pub const VIDEO_SECONDS: (u32, u32) = (1, 60);
    /// Seconds per clip: Veo 3.1's and Sora 2's default length.
    pub const DEFAULT_VIDEO_SECONDS: u32 = 8;
    /// Output tokens per reply, in tokens.
    pub const MAX_TOKENS: u32 = 8000;
    pub const MAX_PHOTOS: u32 = 200;
    /// Output tokens per reply, in tokens: a typical answer of a few paragraphs,
    /// the length Mistral's life-cycle analysis and the brief assume.
    pub const DEFAULT_TOKENS: u32 = 400;
    /// Accepted PUE overrides (ratio).
    pub const PUE_RANGE: (f64, f64) = (1.0, 3.0);
    /// Accepted WUE overrides, in L/kWh.
    pub const WUE_RANGE: (f64, f64) = (0.0, 10.0);

    /// Decimals kept of a PUE or WUE override: far below what either can be known to, and
    /// what a link writes back short (`1e-300` is 0, not 302 characters of zeros).
    pub const OVERRIDE_DECIMALS: i32 = 6;

    /// An override kept to [`Scenario::OVERRIDE_DECIMALS`] decimals (and never `-0`).
    pub fn round_override(value: f64) -> f64 {
        let scale = 10f64.powi(Self::OVERRIDE_DECIMALS);
        (value * scale).round() / scale + 0.0
    }

    /// The same scenario with every quantity in its documented range;
    /// a non-finite override is dropped (back to the dataset range).
    pub fn clamped(&self) -> Scenario {
        let clamp_override = |value: Option<f64>, (min, max): (f64, f64)| {
            value
                .filter(|v| v.is_finite())
                .map(|v| Self::round_override(v.clamp(min, max)))
        };
        Scenario {
            images: self.images.min(Self::MAX_IMAGES),
            videos: self.videos.min(Self::MAX_VIDEOS),
            video_seconds: self
                .video_seconds
                .clamp(Self::VIDEO_SECONDS.0, Self::VIDEO_SECONDS.1),
            messages: self.messages.min(Self::MAX_MESSAGES),
            tokens: self.tokens.min(Self::MAX_TOKENS),
            photos: self.photos.min(Self::MAX_PHOTOS),
            pue: clamp_override(self.pue, Self::PUE_RANGE),
            wue: clamp_override(self.wue, Self::WUE_RANGE),
            ..self.clone()
        }
    }
}

impl Default for Scenario {
    /// A typical starter pack: a few ChatGPT images with regenerations, some chat,
    /// in an unknown place (world average), shares of hardware and training left out.
    fn default() -> Self {
        Scenario {
            images: 4,
            image_model: ImageModel::Gpt4o,
            quality: ImageQuality::Medium,
            videos: 0,
            video_model: VideoModel::Veo31,
            video_seconds: Self::DEFAULT_VIDEO_SECONDS,
            messages: 10,
            chat_model: ChatModel::Gpt4o,
            tokens: Self::DEFAULT_TOKENS,
            photos: 0,
            chat_source: ChatSource::Epoch,
            region: RegionCode::WORLD,
            pue: None,
            wue: None,
            water: WaterScope::Full,
            embodied: false,
            training: false,
            per: Period::Once,
        }
    }
}
