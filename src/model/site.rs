//! Where the computation runs: turns IT energy into stages and footprints.

use super::{ByStage, Estimate, Impact, Parameters, RegionCode, Scenario, WaterScope};

/// What an activity asks of the servers: IT energy and, when the method knows it, the
/// hardware time it holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ItUse {
    /// IT energy, in Wh.
    pub(crate) it_wh: Estimate,
    /// GPU-seconds held (each GPU with its share of the server); `None` when the method
    /// knows only the energy, whose embodied emissions then follow the energy.
    pub(crate) gpu_s: Option<Estimate>,
}

impl ItUse {
    pub(crate) const ZERO: ItUse = ItUse::energy(Estimate::ZERO);

    /// Energy only.
    pub(crate) const fn energy(it_wh: Estimate) -> ItUse {
        ItUse { it_wh, gpu_s: None }
    }

    /// `count` times the same use.
    pub(crate) fn times(self, count: u32) -> ItUse {
        let n = f64::from(count);
        ItUse {
            it_wh: self.it_wh.scale(n),
            gpu_s: self.gpu_s.map(|s| s.scale(n)),
        }
    }
}

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
    /// g CO2e per GPU-second; zero when not counted.
    embodied_g_per_gpu_s: f64,
    /// Ratio; zero when not counted.
    training_share: Estimate,
}

impl Site {
    /// Overrides replace the dataset range; an unknown region falls back to the
    /// world average (and so does a dataset without it, giving zero).
    /// `own_pue` is a published figure's own PUE, used unless the reader set one.
    pub(crate) fn new(scenario: &Scenario, params: &Parameters, own_pue: Option<f64>) -> Site {
        let dc = &params.datacentre;
        let region = params
            .region(scenario.region)
            .or_else(|| params.region(RegionCode::WORLD));
        let (grid, water) = region.map_or((Estimate::ZERO, Estimate::ZERO), |r| {
            (r.grid_g_per_kwh, r.water_l_per_kwh)
        });
        Site {
            pue: scenario.pue.or(own_pue).map_or(dc.pue, Estimate::exact),
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
            embodied_g_per_gpu_s: if scenario.embodied {
                dc.embodied_g_per_gpu_s
            } else {
                0.0
            },
            training_share: if scenario.training {
                dc.training_share
            } else {
                Estimate::ZERO
            },
        }
    }

    /// Footprint by stage of some use of the servers.
    ///
    /// Water follows EcoLogits / Li et al.: on site = IT energy × WUE; off site
    /// = all the facility's electricity (IT × PUE) × water per kWh generated.
    /// Embodied emissions follow the hardware time where known (EcoLogits), else the energy.
    pub(crate) fn stages(&self, work: ItUse) -> ByStage {
        let it_wh = work.it_wh;
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
            co2_g: match work.gpu_s {
                Some(gpu_s) => gpu_s.scale(self.embodied_g_per_gpu_s),
                None => it_wh * self.embodied_g_per_wh,
            },
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
