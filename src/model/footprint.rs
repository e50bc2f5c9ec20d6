use super::chat::reply_use;
use super::images::image_it_wh;
use super::site::{ItUse, Site};
use super::videos::clip_it_wh;
use super::{ByActivity, ByStage, Estimate, Impact, Parameters, Period, Scenario};

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

    /// A year of it, when the counts are `per` a day, week or month: every bound times the
    /// periods in a year (an exact count, so the range keeps its meaning); `None` for once.
    pub fn year(&self, per: Period) -> Option<Impact> {
        per.per_year().map(|n| Impact {
            energy_wh: self.energy_wh.scale(n),
            co2_g: self.co2_g.scale(n),
            water_l: self.water_l.scale(n),
        })
    }
}

/// Computes the footprint of a scenario with the given coefficients.
///
/// The scenario is clamped first, so any input gives finite numbers.
pub fn compute(scenario: &Scenario, params: &Parameters) -> Footprint {
    let scenario = scenario.clamped();
    let site = Site::new(&scenario, params, None);
    // A provider's published figure keeps its own PUE (its stated scope) unless the
    // reader sets one.
    let chat_site = Site::new(
        &scenario,
        params,
        params.published(scenario.chat_source).map(|p| p.pue),
    );
    let images = site.stages(ItUse::energy(image_it_wh(&scenario, params)).times(scenario.images));
    let videos = site.stages(ItUse::energy(clip_it_wh(&scenario, params)).times(scenario.videos));
    let chat = chat_site.stages(reply_use(&scenario, params).times(scenario.messages));
    let extras = site.stages(ItUse::energy(params.photo_it_wh).times(scenario.photos));
    let by_activity = ByActivity {
        images: images.total(),
        videos: videos.total(),
        chat: chat.total(),
        extras: extras.total(),
    };
    let total = by_activity.total();
    Footprint {
        energy_wh: total.energy_wh,
        co2_g: total.co2_g,
        water_l: total.water_l,
        by_activity,
        by_stage: images + videos + chat + extras,
    }
}
