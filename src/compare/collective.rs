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

/// The collective slider's stops, 1, 2, 5, 10, 20, 50… up to `max` (which is always the
/// last): a slider over these moves by orders of magnitude, so 1,000 and 68 million are each
/// a few steps away instead of one pixel apart.
pub fn count_stops(max: u32) -> Vec<u32> {
    let mut stops: Vec<u32> = (0..10)
        .flat_map(|power| [1u32, 2, 5].map(|m| m.saturating_mul(10u32.saturating_pow(power))))
        .filter(|&n| n < max)
        .collect();
    stops.dedup();
    stops.push(max.max(1));
    stops
}

/// The slider position for `n`: the largest stop at or below it (the field shows `n` itself).
pub fn stop_index(stops: &[u32], n: u32) -> usize {
    stops.iter().rposition(|&s| s <= n).unwrap_or(0)
}
