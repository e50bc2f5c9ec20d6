use crate::data::{ClaimPer, Dataset};
use crate::model::{Impact, Scenario};

/// The footprint of one image or one reply with the reader's choices (model, quality, tokens,
/// region, data centre), to set beside a published per-unit claim: nothing else the reader
/// made (clips, photos) goes into it.
pub fn per_unit(per: ClaimPer, scenario: &Scenario, data: &Dataset) -> Impact {
    let one = Scenario {
        images: u32::from(per == ClaimPer::Image),
        messages: u32::from(per == ClaimPer::Reply),
        videos: 0,
        photos: 0,
        ..scenario.clone()
    };
    data.compute(&one).total()
}
