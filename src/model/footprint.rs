use super::{Estimate, Scenario};

/// Energy, greenhouse gases and water of a scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Footprint {
    /// Electricity at the wall, in Wh.
    pub energy_wh: Estimate,
    /// Greenhouse gases, in g CO2e.
    pub co2_g: Estimate,
    /// Water consumed, in L.
    pub water_l: Estimate,
}

// Placeholder coefficients for the first vertical slice; the sourced model replaces them.
const IMAGE_WH: Estimate = Estimate {
    low: 0.5,
    central: 2.9,
    high: 11.5,
};
const MESSAGE_WH: Estimate = Estimate {
    low: 0.24,
    central: 0.3,
    high: 0.34,
};
const GRID_G_PER_WH: f64 = 0.473;
const WATER_L_PER_WH: f64 = 0.0045;

/// Computes the footprint of a scenario.
pub fn compute(scenario: &Scenario) -> Footprint {
    let energy_wh =
        IMAGE_WH.scale(f64::from(scenario.images)) + MESSAGE_WH.scale(f64::from(scenario.messages));
    Footprint {
        energy_wh,
        co2_g: energy_wh.scale(GRID_G_PER_WH),
        water_l: energy_wh.scale(WATER_L_PER_WH),
    }
}
