//! Writes a checked [`Dataset`] as Rust source: the `static` of `src/data/embedded.rs`
//! (`make data`), so the widget gets its data without parsing anything.
//!
//! Each struct is written by destructuring it whole, so a field added to a data type
//! stops this file compiling until it is written too.

use std::borrow::Cow;

use crate::data::{Claim, ClaimPer, Dataset, Reference, Said, Text, Words};
use crate::model::{
    ChatModel, ChatModelParams, DataCentre, EcoLogitsMethod, EcoLogitsModel, EpochMethod, Estimate,
    Evidence, ImageFamily, ImageModel, ImageModelParams, ImageQuality, Metric, Parameters,
    PublishedReply, QualityFactor, RegionCode, RegionParams, VideoMethod, VideoModel,
    VideoModelParams,
};

/// The whole `embedded.rs` for `data`.
pub fn dataset_to_rust(data: &Dataset) -> String {
    format!(
        "//! The shipped dataset, written by `make data` from `assets/data/*.toml` and checked\n\
         //! on the way (see `files`). Do not edit: edit the files, then run `make data`.\n\
         \n\
         use std::borrow::Cow::Borrowed as B;\n\
         \n\
         use super::{{Claim, ClaimPer, Dataset, Reference, Said, Words}};\n\
         use crate::model::{{\n    \
             ChatModel, ChatModelParams, DataCentre, EcoLogitsMethod, EcoLogitsModel, EpochMethod,\n    \
             Estimate, Evidence, ImageFamily, ImageModel, ImageModelParams, ImageQuality, Metric, Parameters,\n    \
             PublishedReply, QualityFactor, RegionCode, RegionParams, VideoMethod, VideoModel,\n    \
             VideoModelParams,\n\
         }};\n\
         \n\
         pub(super) static DATASET: Dataset = {};\n",
        data.rust()
    )
}

/// A value written as a Rust constant expression.
trait Rust {
    fn rust(&self) -> String;
}

/// `open`, then each item on its own lines, indented, then `close`.
fn block(open: &str, items: impl IntoIterator<Item = String>, close: &str) -> String {
    let mut text = format!("{open}\n");
    for item in items {
        for line in item.lines() {
            text.push_str("    ");
            text.push_str(line);
            text.push('\n');
        }
    }
    text.push_str(close);
    text
}

macro_rules! rust_structs {
    ($($ty:ident { $($field:ident),+ $(,)? })+) => {$(
        impl Rust for $ty {
            fn rust(&self) -> String {
                let $ty { $($field),+ } = self;
                block(
                    concat!(stringify!($ty), " {"),
                    [$(format!("{}: {},", stringify!($field), $field.rust())),+],
                    "}",
                )
            }
        }
    )+};
}

rust_structs! {
    Dataset { as_of, parameters, equivalents, scale, facts, claims }
    Parameters {
        chat_models, epoch, ecologits, google, openai, photo_it_wh, photo_evidence,
        image_models, quality_factors, video_models, video, regions, datacentre,
    }
    ChatModelParams { model, active_params_b, ecologits, evidence }
    EcoLogitsModel { active_params_b, total_params_b, tokens_per_s, ttft_s, evidence }
    EpochMethod { it_wh_per_param_b_token, method_spread, evidence }
    EcoLogitsMethod {
        gpu_wh_per_token_per_param_b, gpu_energy_decay_per_batch, gpu_wh_per_token_floor,
        latency_s_per_token_per_param_b, latency_s_per_token_per_batch,
        latency_s_per_token_floor, batch_size, gpu_memory_gb, bytes_per_param,
        memory_overhead, server_power_w, gpus_per_server, evidence,
    }
    PublishedReply { wall_wh, pue, reference_tokens, evidence }
    ImageModelParams { model, family, it_wh, evidence }
    QualityFactor { family, quality, factor, evidence }
    VideoModelParams { model, clip_wh, gpu_only, seconds, evidence }
    VideoMethod { server_factor, server_evidence, length_exponent, length_evidence }
    RegionParams { region, grid_g_per_kwh, water_l_per_kwh, evidence }
    DataCentre {
        pue, wue_l_per_kwh, embodied_g_per_wh, embodied_g_per_gpu_s, training_share,
        pue_evidence, wue_evidence, embodied_evidence, training_evidence,
    }
    Words { fr, en }
    Reference { id, metric, amount, evidence }
    Claim { id, metric, per, featured, said, outlet, date, amount, evidence }
}

impl Rust for Said {
    fn rust(&self) -> String {
        match self {
            Said::Quote { text, lang } => format!(
                "Said::Quote {{ text: {}, lang: {} }}",
                text.rust(),
                lang.rust()
            ),
            Said::Paraphrase(words) => format!("Said::Paraphrase({})", words.rust()),
        }
    }
}

/// Field-less enums, by the variant name their derived `Debug` prints.
macro_rules! rust_enums {
    ($($ty:ident),+) => {$(
        impl Rust for $ty {
            fn rust(&self) -> String {
                format!("{}::{self:?}", stringify!($ty))
            }
        }
    )+};
}

rust_enums!(
    ChatModel,
    Evidence,
    ImageModel,
    ImageFamily,
    ImageQuality,
    VideoModel,
    Metric,
    ClaimPer
);

impl Rust for RegionCode {
    fn rust(&self) -> String {
        format!("RegionCode::from_static({:?})", self.id())
    }
}

impl Rust for Estimate {
    fn rust(&self) -> String {
        let Estimate { low, central, high } = self;
        format!(
            "Estimate::new({}, {}, {})",
            low.rust(),
            central.rust(),
            high.rust()
        )
    }
}

/// The shortest text that reads back as the same `f64` (`Debug` keeps the `.0` or exponent).
impl Rust for f64 {
    fn rust(&self) -> String {
        format!("{self:?}")
    }
}

impl Rust for u16 {
    fn rust(&self) -> String {
        self.to_string()
    }
}

impl Rust for bool {
    fn rust(&self) -> String {
        self.to_string()
    }
}

/// `Debug` of a `str` is a valid Rust string literal (quotes and escapes).
impl Rust for Text {
    fn rust(&self) -> String {
        format!("B({:?})", self.as_ref())
    }
}

impl<T: Rust> Rust for Option<T> {
    fn rust(&self) -> String {
        match self {
            Some(value) => format!("Some({})", value.rust()),
            None => "None".to_owned(),
        }
    }
}

impl<T: Rust + Clone> Rust for Cow<'static, [T]> {
    fn rust(&self) -> String {
        if self.is_empty() {
            return "B(&[])".to_owned();
        }
        block(
            "B(&[",
            self.iter().map(|item| format!("{},", item.rust())),
            "])",
        )
    }
}

impl<A: Rust, B: Rust> Rust for (A, B) {
    fn rust(&self) -> String {
        format!("({}, {})", self.0.rust(), self.1.rust())
    }
}
