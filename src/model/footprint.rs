use super::chat::reply_it_wh;
use super::images::image_it_wh;
use super::site::Site;
use super::{ByActivity, ByStage, Estimate, Impact, Parameters, Scenario};

/// Energy, greenhouse gases and water of a scenario, with breakdowns.
///
/// The totals equal the sum over activities and the sum over stages.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Footprint {
    /// Electricity at the wall, data-centre overhead and training share included, in Wh.
    pub energy_wh: Estimate,
    /// Greenhouse gases, in g CO2e.
    pub co2_g: Estimate,
    /// Water consumed, in L.
    pub water_l: Estimate,
    pub by_activity: ByActivity,
    pub by_stage: ByStage,
}

impl Footprint {
    /// The three totals as one [`Impact`].
    pub fn total(&self) -> Impact {
        Impact {
            energy_wh: self.energy_wh,
            co2_g: self.co2_g,
            water_l: self.water_l,
        }
    }
}

/// Computes the footprint of a scenario with the given coefficients.
///
/// The scenario is clamped first, so any input gives finite numbers.
pub fn compute(scenario: &Scenario, params: &Parameters) -> Footprint {
    let scenario = scenario.clamped();
    let site = Site::new(&scenario, params);
    let images = site.stages(image_it_wh(&scenario, params).scale(f64::from(scenario.images)));
    let chat = site.stages(reply_it_wh(&scenario, params).scale(f64::from(scenario.messages)));
    let extras = site.stages(params.photo_it_wh.scale(f64::from(scenario.photos)));
    let by_activity = ByActivity {
        images: images.total(),
        chat: chat.total(),
        extras: extras.total(),
    };
    let total = by_activity.total();
    Footprint {
        energy_wh: total.energy_wh,
        co2_g: total.co2_g,
        water_l: total.water_l,
        by_activity,
        by_stage: images + chat + extras,
    }
}
