//! Energy, greenhouse gases and water, and their breakdowns.

use super::Estimate;
use super::choice::choice;

/// The three footprints of one part of a scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Impact {
    /// Electricity, in Wh.
    pub energy_wh: Estimate,
    /// Greenhouse gases, in g CO2e.
    pub co2_g: Estimate,
    /// Water consumed, in L.
    pub water_l: Estimate,
}

impl Impact {
    pub const ZERO: Impact = Impact {
        energy_wh: Estimate::ZERO,
        co2_g: Estimate::ZERO,
        water_l: Estimate::ZERO,
    };

    /// Scales all three by a ratio (range combined bound by bound).
    pub fn scale_by(self, ratio: Estimate) -> Impact {
        Impact {
            energy_wh: self.energy_wh * ratio,
            co2_g: self.co2_g * ratio,
            water_l: self.water_l * ratio,
        }
    }
}

impl std::ops::Add for Impact {
    type Output = Impact;
    fn add(self, other: Impact) -> Impact {
        Impact {
            energy_wh: self.energy_wh + other.energy_wh,
            co2_g: self.co2_g + other.co2_g,
            water_l: self.water_l + other.water_l,
        }
    }
}

impl std::iter::Sum for Impact {
    fn sum<I: Iterator<Item = Impact>>(iter: I) -> Impact {
        iter.fold(Impact::ZERO, |a, b| a + b)
    }
}

choice! {
    /// What the reader did.
    pub enum Activity {
        Images => "images",
        Videos => "videos",
        Chat => "chat",
        /// Reading uploaded photos (vision input).
        Extras => "extras",
    }
}

choice! {
    /// Where in the life cycle the footprint arises.
    pub enum Stage {
        /// The servers' own electricity (IT energy).
        Computation => "computation",
        /// Cooling and power distribution: (PUE − 1) × IT energy.
        Overhead => "overhead",
        /// Manufacturing of the servers, shared per request (greenhouse gases only).
        Embodied => "embodied",
        /// Amortised share of training the models.
        Training => "training",
    }
}

/// A footprint split by stage.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ByStage {
    pub computation: Impact,
    pub overhead: Impact,
    pub embodied: Impact,
    pub training: Impact,
}

impl ByStage {
    pub fn get(&self, stage: Stage) -> Impact {
        match stage {
            Stage::Computation => self.computation,
            Stage::Overhead => self.overhead,
            Stage::Embodied => self.embodied,
            Stage::Training => self.training,
        }
    }

    pub fn total(&self) -> Impact {
        Stage::ALL.iter().map(|&s| self.get(s)).sum()
    }
}

impl std::ops::Add for ByStage {
    type Output = ByStage;
    fn add(self, other: ByStage) -> ByStage {
        ByStage {
            computation: self.computation + other.computation,
            overhead: self.overhead + other.overhead,
            embodied: self.embodied + other.embodied,
            training: self.training + other.training,
        }
    }
}

/// A footprint split by activity.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ByActivity {
    pub images: Impact,
    pub videos: Impact,
    pub chat: Impact,
    pub extras: Impact,
}

impl ByActivity {
    pub fn get(&self, activity: Activity) -> Impact {
        match activity {
            Activity::Images => self.images,
            Activity::Videos => self.videos,
            Activity::Chat => self.chat,
            Activity::Extras => self.extras,
        }
    }

    pub fn total(&self) -> Impact {
        Activity::ALL.iter().map(|&a| self.get(a)).sum()
    }
}
