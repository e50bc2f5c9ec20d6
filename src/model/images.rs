//! IT energy of one generated image.

use super::{Estimate, Parameters, Scenario};

/// IT energy of one image of the scenario's model and quality, in Wh:
/// the model's medium-quality figure times the quality factor of its family.
pub(crate) fn image_it_wh(scenario: &Scenario, params: &Parameters) -> Estimate {
    let Some(model) = params.image_model(scenario.image_model) else {
        return Estimate::ZERO;
    };
    let factor = params
        .quality_factor(model.family, scenario.quality)
        .unwrap_or(Estimate::exact(1.0));
    model.it_wh * factor
}
