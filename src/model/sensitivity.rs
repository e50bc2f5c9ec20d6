//! What moves the result: each assumption of the reader's scenario swept over its choices or
//! its range, the others fixed, giving the lowest and highest value of each metric.

use super::choice::choice;
use super::{
    ChatModel, ChatSource, ImageModel, ImageQuality, Metric, Parameters, Scenario, VideoModel,
    WaterScope, compute,
};

choice! {
    /// An assumption the reader can change, named as its address parameter.
    pub enum Assumption {
        ImageModel => "image_model",
        Quality => "quality",
        VideoModel => "video_model",
        ChatSource => "source",
        ChatModel => "chat_model",
        Tokens => "tokens",
        Region => "region",
        Pue => "pue",
        Wue => "wue",
        Water => "water",
        Embodied => "embodied",
        Training => "training",
    }
}

/// Output tokens per reply swept from a reply of two lines to a long, essay-like one: our
/// own bounds (the default is a few paragraphs, [`Scenario::DEFAULT_TOKENS`]).
pub const TOKENS_SWEPT: (u32, u32) = (100, 2000);

/// One assumption's effect: per metric (in [`Metric::ALL`]'s order, central values in the
/// metric's unit), the lowest and highest result over its sweep and the reader's own.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    pub assumption: Assumption,
    pub lowest: [f64; 3],
    pub highest: [f64; 3],
    pub current: [f64; 3],
}

impl Swing {
    fn index(metric: Metric) -> usize {
        Metric::ALL.iter().position(|&m| m == metric).unwrap_or(0)
    }

    /// Lowest and highest `metric` over the sweep.
    pub fn span(&self, metric: Metric) -> (f64, f64) {
        let i = Self::index(metric);
        (self.lowest[i], self.highest[i])
    }

    /// How much the assumption moves `metric`: highest less lowest.
    pub fn width(&self, metric: Metric) -> f64 {
        let (low, high) = self.span(metric);
        high - low
    }

    /// The reader's own `metric`.
    pub fn current(&self, metric: Metric) -> f64 {
        self.current[Self::index(metric)]
    }
}

impl Assumption {
    /// The scenarios its sweep goes through: every choice, or the ends of its range (the
    /// result is monotonic in a number); the reader's own scenario is the swing's start. A number's
    /// range is the dataset's (PUE, WUE) or [`TOKENS_SWEPT`].
    pub fn sweep(self, scenario: &Scenario, params: &Parameters) -> Vec<Scenario> {
        let with = |change: &dyn Fn(&mut Scenario)| {
            let mut s = scenario.clone();
            change(&mut s);
            s
        };
        let mut sweep = Vec::new();
        match self {
            Assumption::ImageModel => sweep.extend(
                ImageModel::ALL
                    .iter()
                    .map(|&m| with(&|s: &mut Scenario| s.image_model = m)),
            ),
            Assumption::Quality => sweep.extend(
                ImageQuality::ALL
                    .iter()
                    .map(|&q| with(&|s: &mut Scenario| s.quality = q)),
            ),
            Assumption::VideoModel => sweep.extend(
                VideoModel::ALL
                    .iter()
                    .map(|&m| with(&|s: &mut Scenario| s.video_model = m)),
            ),
            Assumption::ChatSource => sweep.extend(
                ChatSource::ALL
                    .iter()
                    .map(|&c| with(&|s: &mut Scenario| s.chat_source = c)),
            ),
            Assumption::ChatModel => sweep.extend(
                ChatModel::ALL
                    .iter()
                    .map(|&m| with(&|s: &mut Scenario| s.chat_model = m)),
            ),
            Assumption::Tokens => sweep.extend(
                [TOKENS_SWEPT.0, TOKENS_SWEPT.1].map(|n| with(&|s: &mut Scenario| s.tokens = n)),
            ),
            Assumption::Region => sweep.extend(
                params
                    .regions
                    .iter()
                    .map(|r| with(&|s: &mut Scenario| s.region = r.region)),
            ),
            Assumption::Pue => {
                let pue = params.datacentre.pue;
                sweep
                    .extend([pue.low, pue.high].map(|v| with(&|s: &mut Scenario| s.pue = Some(v))));
            }
            Assumption::Wue => {
                let wue = params.datacentre.wue_l_per_kwh;
                sweep
                    .extend([wue.low, wue.high].map(|v| with(&|s: &mut Scenario| s.wue = Some(v))));
            }
            Assumption::Water => sweep.extend(
                WaterScope::ALL
                    .iter()
                    .map(|&w| with(&|s: &mut Scenario| s.water = w)),
            ),
            Assumption::Embodied => {
                sweep.extend([false, true].map(|on| with(&|s: &mut Scenario| s.embodied = on)))
            }
            Assumption::Training => {
                sweep.extend([false, true].map(|on| with(&|s: &mut Scenario| s.training = on)))
            }
        }
        sweep
    }
}

/// Every assumption's swing for `scenario`, the one that moves energy most first (then
/// greenhouse gases, then water, for assumptions that leave energy as it is).
pub fn sensitivity(scenario: &Scenario, params: &Parameters) -> Vec<Swing> {
    let centrals = |s: &Scenario| {
        let total = compute(s, params).total();
        std::array::from_fn(|i| total.get(Metric::ALL[i]).central)
    };
    let current = centrals(scenario);
    let mut swings: Vec<Swing> = Assumption::ALL
        .iter()
        .map(|&assumption| {
            let mut swing = Swing {
                assumption,
                lowest: current,
                highest: current,
                current,
            };
            for s in assumption.sweep(scenario, params) {
                for (i, v) in centrals(&s).into_iter().enumerate() {
                    swing.lowest[i] = swing.lowest[i].min(v);
                    swing.highest[i] = swing.highest[i].max(v);
                }
            }
            swing
        })
        .collect();
    swings.sort_by(|a, b| {
        Metric::ALL
            .iter()
            .map(|&m| b.width(m).total_cmp(&a.width(m)))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    swings
}
