//! The three footprints, as a choice: charts, tables and comparisons are made once per metric.

use super::choice::choice;
use super::{Estimate, Impact};

choice! {
    /// One of the three footprints the widget reports.
    pub enum Metric {
        /// Electricity, in Wh.
        Energy => "energy",
        /// Greenhouse gases, in g CO2e.
        Co2 => "co2",
        /// Water consumed, in L.
        Water => "water",
    }
}

impl Metric {
    /// The unit every figure of this metric is stored in, as the data files spell it.
    pub const fn unit(self) -> &'static str {
        match self {
            Metric::Energy => "Wh",
            Metric::Co2 => "g CO2e",
            Metric::Water => "L",
        }
    }
}

impl Impact {
    /// The estimate of one metric.
    pub fn get(&self, metric: Metric) -> Estimate {
        match metric {
            Metric::Energy => self.energy_wh,
            Metric::Co2 => self.co2_g,
            Metric::Water => self.water_l,
        }
    }
}
