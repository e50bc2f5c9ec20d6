//! IT energy of one generated video clip.

use super::{Estimate, Parameters, Scenario};

/// IT energy of one clip of the scenario's model and length, in Wh: the model's figure
/// (with the rest of the server when it is a GPU measurement), scaled from the figure's
/// clip length to the reader's.
pub(crate) fn clip_it_wh(scenario: &Scenario, params: &Parameters) -> Estimate {
    let Some(model) = params.video_model(scenario.video_model) else {
        return Estimate::ZERO;
    };
    let method = &params.video;
    let server = if model.gpu_only {
        method.server_factor
    } else {
        Estimate::exact(1.0)
    };
    let length = method.length_factor(f64::from(scenario.video_seconds), model.seconds);
    model.clip_wh * server * length
}
