//! How solid each figure is, and which part of a reader's result rests on the weakest.

use super::choice::choice;
use super::{Activity, ChatSource, Parameters, Scenario};

choice! {
    /// How a figure was obtained, weakest first: the project's own estimate, a third party's
    /// estimate (Epoch AI, EcoLogits, a study), a provider's disclosure about its own service,
    /// or a measurement (instrumented hardware, production metering, grid statistics).
    pub enum Evidence {
        Ours => "ours",
        Estimated => "estimated",
        Disclosed => "disclosed",
        Measured => "measured",
    }
}

impl Evidence {
    /// The weaker of two levels.
    pub fn weaker(self, other: Evidence) -> Evidence {
        let rank = |e: Evidence| Evidence::ALL.iter().position(|&x| x == e).unwrap_or(0);
        if rank(other) < rank(self) {
            other
        } else {
            self
        }
    }

    /// The weakest of `levels`; `None` when there is none.
    pub fn weakest(levels: impl IntoIterator<Item = Evidence>) -> Option<Evidence> {
        levels.into_iter().reduce(Evidence::weaker)
    }
}

/// The weakest evidence each activity of a scenario rests on (`None` for an activity the
/// scenario does not have): every coefficient its computation reads, the reader's own
/// PUE or WUE aside.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EvidenceByActivity {
    pub images: Option<Evidence>,
    pub videos: Option<Evidence>,
    pub chat: Option<Evidence>,
    pub extras: Option<Evidence>,
}

impl EvidenceByActivity {
    pub fn get(&self, activity: Activity) -> Option<Evidence> {
        match activity {
            Activity::Images => self.images,
            Activity::Videos => self.videos,
            Activity::Chat => self.chat,
            Activity::Extras => self.extras,
        }
    }

    /// The weakest over the whole result.
    pub fn total(&self) -> Option<Evidence> {
        Evidence::weakest(Activity::ALL.iter().filter_map(|&a| self.get(a)))
    }

    /// The activity resting on the weakest evidence, with it: when several share it, the
    /// one weighing most by `weight` (then the first in the results' order).
    pub fn weakest_part(&self, weight: impl Fn(Activity) -> f64) -> Option<(Activity, Evidence)> {
        let total = self.total()?;
        Activity::ALL
            .iter()
            .copied()
            .filter(|&a| self.get(a) == Some(total))
            .reduce(|best, a| if weight(a) > weight(best) { a } else { best })
            .map(|a| (a, total))
    }
}

/// What each activity of `scenario` rests on, reading the same coefficients as `compute`.
pub fn evidence(scenario: &Scenario, params: &Parameters) -> EvidenceByActivity {
    let s = scenario.clamped();
    let dc = &params.datacentre;
    let region = params.region(s.region).map(|r| r.evidence);
    // The data centre and the grid, as `Site` reads them.
    let site = |own_pue: bool| {
        let mut levels = vec![];
        levels.extend(region);
        if s.pue.is_none() && !own_pue {
            levels.push(dc.pue_evidence);
        }
        if s.wue.is_none() {
            levels.push(dc.wue_evidence);
        }
        if s.embodied {
            levels.push(dc.embodied_evidence);
        }
        if s.training {
            levels.push(dc.training_evidence);
        }
        levels
    };
    let images = (s.images > 0).then(|| {
        let model = params.image_model(s.image_model);
        let quality = model.and_then(|m| {
            params
                .quality_factors
                .iter()
                .find(|q| q.family == m.family && q.quality == s.quality)
        });
        let mut levels = site(false);
        levels.extend(model.map(|m| m.evidence));
        levels.extend(quality.map(|q| q.evidence));
        Evidence::weakest(levels)
    });
    let videos = (s.videos > 0).then(|| {
        let model = params.video_model(s.video_model);
        let mut levels = site(false);
        levels.extend(model.map(|m| m.evidence));
        if model.is_some_and(|m| m.gpu_only) {
            levels.push(params.video.server_evidence);
        }
        if model.is_some_and(|m| f64::from(s.video_seconds) != m.seconds) {
            levels.push(params.video.length_evidence);
        }
        Evidence::weakest(levels)
    });
    let chat = (s.messages > 0).then(|| {
        let model = params.chat_model(s.chat_model);
        let published = params.published(s.chat_source);
        let mut levels = site(published.is_some());
        match s.chat_source {
            ChatSource::Epoch => {
                levels.push(params.epoch.evidence);
                levels.extend(model.map(|m| m.evidence));
            }
            ChatSource::EcoLogits => {
                levels.push(params.ecologits.evidence);
                levels.extend(model.map(|m| m.ecologits.evidence));
            }
            ChatSource::Google | ChatSource::OpenAi => levels.extend(published.map(|p| p.evidence)),
        }
        Evidence::weakest(levels)
    });
    let extras = (s.photos > 0).then(|| {
        let mut levels = site(false);
        levels.push(params.photo_evidence);
        Evidence::weakest(levels)
    });
    EvidenceByActivity {
        images: images.flatten(),
        videos: videos.flatten(),
        chat: chat.flatten(),
        extras: extras.flatten(),
    }
}
