//! Where the computation runs: turns IT energy into stages and footprints.

use super::{ByStage, Estimate, Impact, Parameters, RegionCode, Scenario, WaterScope};

/// The location-dependent factors of a (clamped) scenario.
pub(crate) struct Site {
    /// Ratio ≥ 1.
    pue: Estimate,
    /// L per kWh of IT energy.
    wue_l_per_kwh: Estimate,
    /// g CO2e/kWh.
    grid_g_per_kwh: Estimate,
    /// L/kWh of electricity; zero when only on-site water is counted.
    grid_water_l_per_kwh: Estimate,
    /// g CO2e per Wh of IT energy; zero when not counted.
    embodied_g_per_wh: Estimate,
    /// Ratio; zero when not counted.
    training_share: Estimate,
}

impl Site {
    /// Overrides replace the dataset range; an unknown region falls back to the
    /// world average (and so does a dataset without it, giving zero).
    pub(crate) fn new(scenario: &Scenario, params: &Parameters) -> Site {
        let dc = &params.datacentre;
        let region = params
            .region(scenario.region)
            .or_else(|| params.region(RegionCode::WORLD));
        let (grid, water) = region.map_or((Estimate::ZERO, Estimate::ZERO), |r| {
            (r.grid_g_per_kwh, r.water_l_per_kwh)
        });
        Site {
            pue: scenario.pue.map_or(dc.pue, Estimate::exact),
            wue_l_per_kwh: scenario.wue.map_or(dc.wue_l_per_kwh, Estimate::exact),
            grid_g_per_kwh: grid,
            grid_water_l_per_kwh: match scenario.water {
                WaterScope::Full => water,
                WaterScope::Onsite => Estimate::ZERO,
            },
            embodied_g_per_wh: if scenario.embodied {
                dc.embodied_g_per_wh
            } else {
                Estimate::ZERO
            },
            training_share: if scenario.training {
                dc.training_share
            } else {
                Estimate::ZERO
            },
        }
    }

    /// Footprint by stage of some IT energy, given in Wh.
    ///
    /// Water follows EcoLogits / Li et al.: on site = IT energy × WUE; off site
    /// = all the facility's electricity (IT × PUE) × water per kWh generated.
    pub(crate) fn stages(&self, it_wh: Estimate) -> ByStage {
        let per_kwh = |wh: Estimate, factor: Estimate| (wh * factor).scale(1e-3);
        let computation = Impact {
            energy_wh: it_wh,
            co2_g: per_kwh(it_wh, self.grid_g_per_kwh),
            water_l: per_kwh(it_wh, self.wue_l_per_kwh + self.grid_water_l_per_kwh),
        };
        let overhead_wh = it_wh * self.pue.map(|pue| pue - 1.0);
        let overhead = Impact {
            energy_wh: overhead_wh,
            co2_g: per_kwh(overhead_wh, self.grid_g_per_kwh),
            water_l: per_kwh(overhead_wh, self.grid_water_l_per_kwh),
        };
        let embodied = Impact {
            co2_g: it_wh * self.embodied_g_per_wh,
            ..Impact::ZERO
        };
        let training = (computation + overhead).scale_by(self.training_share);
        ByStage {
            computation,
            overhead,
            embodied,
            training,
        }
    }
}
