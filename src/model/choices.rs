//! The scenario's enumerated inputs.

use super::choice::choice;

choice! {
    /// Which image generator made the images: the assistants' own models first (as known in
    /// December 2026), then superseded ones (kept so that old links keep their figures), then
    /// open models that were measured.
    pub enum ImageModel {
        /// ChatGPT Images 2.0, API model GPT Image 2 (April 2026), ChatGPT's image model since.
        GptImage2 => "gpt-image-2",
        /// GPT Image 1.5 (December 2025), ChatGPT's image model until April 2026.
        GptImage15 => "gpt-image-1.5",
        /// Gemini 2.5 Flash Image, "Nano Banana" (August 2025).
        Gemini25FlashImage => "gemini-2.5-flash-image",
        /// ChatGPT's native image generation (GPT-4o / gpt-image-1, March 2025).
        Gpt4o => "gpt-4o",
        DallE3 => "dall-e-3",
        Sd3Medium => "sd3-medium",
        Sdxl => "sdxl",
        /// FLUX.1 [dev], 50 denoising steps: the measured stand-in for Le Chat's FLUX Pro.
        Flux1 => "flux-1",
    }
}

choice! {
    /// Requested image quality; what it means depends on the model's [`ImageFamily`].
    pub enum ImageQuality {
        Low => "low",
        Medium => "medium",
        High => "high",
    }
}

choice! {
    /// How a model makes images, which decides how quality scales energy.
    pub enum ImageFamily {
        /// Iterative denoising: energy grows with steps and resolution.
        Diffusion => "diffusion",
        /// Image tokens generated one by one: energy grows with the token count.
        Autoregressive => "autoregressive",
        /// The same, on OpenAI's token schedule from GPT Image 2 on: quality changes the
        /// token count more steeply.
        AutoregressiveV2 => "autoregressive-2",
        /// Image tokens generated one by one, a fixed number per image whatever the quality
        /// asked (Gemini's image models up to 1024×1024 have no quality setting).
        FixedTokens => "fixed-tokens",
    }
}

choice! {
    /// Which video generator made the clips: the services readers use (as known in December
    /// 2026), then open models measured by ML.ENERGY's text-to-video benchmark, each at the
    /// resolution its figure describes.
    pub enum VideoModel {
        /// Veo 3.1 (Google, October 2025), 720p with sound.
        Veo31 => "veo-3.1",
        /// The same at 1080p.
        Veo31Hd => "veo-3.1-1080p",
        /// Sora 2 Pro (OpenAI, September 2025), 720p. Sora 2 itself has no published figure.
        Sora2Pro => "sora-2-pro",
        /// The same at 1080p.
        Sora2ProHd => "sora-2-pro-1080p",
        /// Wan 2.1, 14 B parameters (Alibaba, February 2025), 832×480.
        Wan21_14b => "wan-2.1-14b",
        /// Wan 2.1, 1.3 B parameters, 832×480.
        Wan21_1_3b => "wan-2.1-1.3b",
        /// HunyuanVideo (Tencent, December 2024), 1280×720.
        HunyuanVideo => "hunyuanvideo",
        /// CogVideoX 1.5, 5 B parameters (Zhipu AI, November 2024), 1360×768.
        CogVideoX15_5b => "cogvideox-1.5-5b",
        /// CogVideoX, 2 B parameters (Zhipu AI, August 2024), 720×480.
        CogVideoX2b => "cogvideox-2b",
    }
}

choice! {
    /// Which language model wrote the chat replies: the models the big assistants made their
    /// default in 2026 first (as reported then; defaults change), then superseded ones (still
    /// offered, and kept so that old links keep their figures).
    pub enum ChatModel {
        /// GPT-5.5 (April 2026); ChatGPT's default as GPT-5.5 Instant from May 2026.
        Gpt55 => "gpt-5.5",
        /// Gemini 3.5 Flash (May 2026), the Gemini app's default from May 2026.
        Gemini35Flash => "gemini-3.5-flash",
        /// Mistral Medium 3.5 (April 2026), Le Chat's default from April 2026.
        MistralMedium35 => "mistral-medium-3.5",
        /// gpt-oss-120b (August 2025), open weights.
        GptOss120b => "gpt-oss-120b",
        /// Mistral Large 3 (December 2025), 675 B mixture of experts, 41 B active.
        MistralLarge3 => "mistral-large-3",
        /// GPT-4o (May 2024), superseded in ChatGPT.
        Gpt4o => "gpt-4o",
        Gpt4oMini => "gpt-4o-mini",
        Llama31_70b => "llama-3.1-70b",
        /// Mistral Large 2 (July 2024), superseded; the id predates Mistral Large 3 and
        /// keeps its meaning so that old links give the same figures.
        MistralLarge => "mistral-large",
    }
}

choice! {
    /// Whose estimate of the energy of a chat reply to use; they disagree.
    pub enum ChatSource {
        /// Epoch AI's method: FLOP from active parameters × tokens, H100 power.
        Epoch => "epoch",
        /// Google's measured median Gemini Apps text prompt (Aug 2025).
        Google => "google",
        /// OpenAI's stated average ChatGPT query (June 2025).
        OpenAi => "openai",
        /// EcoLogits' bottom-up model fitted on ML.ENERGY measurements.
        EcoLogits => "ecologits",
    }
}

impl ChatSource {
    /// Whether the chat model choice matters: published per-query figures
    /// describe one provider's own service, whatever model is selected.
    pub const fn uses_model(self) -> bool {
        matches!(self, ChatSource::Epoch | ChatSource::EcoLogits)
    }
}

choice! {
    /// Which water to count.
    pub enum WaterScope {
        /// Water evaporated on site to cool the data centre.
        Onsite => "onsite",
        /// On site plus water consumed to generate the electricity.
        Full => "full",
    }
}

choice! {
    /// What the reader's counts are per: a single time (the default), or a day, a week or a
    /// month of habit, which the results also give for a year.
    pub enum Period {
        Once => "once",
        Day => "day",
        Week => "week",
        Month => "month",
    }
}

/// Days in a year: a daily habit's year, and an everyday use done daily for a year.
pub const DAYS_A_YEAR: f64 = 365.0;

impl Period {
    /// How many periods make a year (365 days, 52 weeks, 12 months); `None` for once.
    pub const fn per_year(self) -> Option<f64> {
        match self {
            Period::Once => None,
            Period::Day => Some(DAYS_A_YEAR),
            Period::Week => Some(52.0),
            Period::Month => Some(12.0),
        }
    }
}
