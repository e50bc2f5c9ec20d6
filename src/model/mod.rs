//! The footprint model: plain Rust (std + serde), no web types, no file formats.
//!
//! A [`Scenario`] (what the reader did, where it ran) and [`Parameters`]
//! (sourced coefficients, built by the `data` layer from the embedded files)
//! give a [`Footprint`]: energy, greenhouse gases and water, each as
//! low / central / high, split by [`Activity`] and by [`Stage`].
//!
//! `compute(&Scenario, &Parameters)` takes its coefficients as an argument so
//! that the model stays free of data formats and can be tested with any
//! coefficients; `data::Dataset::embedded().compute(&scenario)` is the shortcut
//! with the shipped data.
//!
//! How the numbers are put together:
//! 1. IT energy per unit: per image (model × quality), per video clip (model, with the rest
//!    of the server for a GPU measurement, × the clip's length relative to the figure's), per
//!    chat reply (per the chosen [`ChatSource`]), per uploaded photo.
//! 2. Stages: computation = IT energy; overhead = IT × (PUE − 1); embodied =
//!    GPU-seconds held × manufacturing emissions per GPU-second where the method
//!    knows the time (EcoLogits), else IT × emissions per Wh (optional); training =
//!    a share of computation + overhead (optional). A published per-query figure
//!    keeps its own PUE unless the reader sets one.
//! 3. Greenhouse gases = electricity × grid intensity (+ embodied); water =
//!    IT × on-site WUE (+ IT × PUE × water per kWh generated, in `full` scope).
//!
//! Every range is a 5–95 % band; independent factors combine as log-normal factors
//! (log half-widths in quadrature), sums bound by bound (see [`Estimate`]).

mod chat;
mod choice;
mod choices;
mod estimate;
mod evidence;
mod footprint;
mod images;
mod impact;
mod metric;
mod parameters;
mod region;
mod scenario;
mod sensitivity;
mod site;
mod videos;

pub use choices::{
    ChatModel, ChatSource, DAYS_A_YEAR, ImageFamily, ImageModel, ImageQuality, Period, VideoModel,
    WaterScope,
};
pub use estimate::Estimate;
pub use evidence::{Evidence, EvidenceByActivity, evidence};
pub use footprint::{Footprint, compute};
pub use impact::{Activity, ByActivity, ByStage, Impact, Stage};
pub use metric::Metric;
pub use parameters::{
    ChatModelParams, DataCentre, EcoLogitsMethod, EcoLogitsModel, EpochMethod, ImageModelParams,
    Parameters, PublishedReply, QualityFactor, RegionParams, VideoMethod, VideoModelParams,
};
pub use region::RegionCode;
pub use scenario::Scenario;
pub use sensitivity::{Assumption, Swing, TOKENS_SWEPT, sensitivity};
