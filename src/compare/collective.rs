use super::per_unit;
use crate::data::{ClaimPer, Dataset, Text};
use crate::model::{Estimate, Impact, Metric, Scenario};

/// Id of the fact counting the images made in ChatGPT's first week of image generation.
pub const WEEK_OF_IMAGES: &str = "chatgpt-images-first-week";

/// A large-scale reference and how many of it a collective footprint equals.
#[derive(Clone, Debug, PartialEq)]
pub struct CollectiveRow {
    pub id: Text,
    /// Collective footprint ÷ the reference, central values.
    pub count: f64,
}

/// The footprint of every image of that first week, made with the reader's image model,
/// quality and data-centre settings. `None` if the fact is missing from the data.
pub fn week_of_images(scenario: &Scenario, data: &Dataset) -> Option<Impact> {
    let images = data.fact(WEEK_OF_IMAGES)?;
    Some(per_unit(ClaimPer::Image, scenario, data).scale_by(images))
}

/// How many of each large-scale reference of `metric` a collective footprint equals.
pub fn collective_rows(metric: Metric, total: Estimate, data: &Dataset) -> Vec<CollectiveRow> {
    data.scale()
        .iter()
        .filter(|r| r.metric == metric && r.amount.central > 0.0)
        .map(|r| CollectiveRow {
            id: r.id.clone(),
            count: total.central / r.amount.central,
        })
        .collect()
}
