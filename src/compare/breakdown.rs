use crate::model::{Activity, Footprint, Metric};

/// The share of one activity in a metric's total, from 0 to 1 (central values).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Share {
    pub activity: Activity,
    pub fraction: f64,
}

/// How a metric's total splits between images, chat and the photos sent to the model, in
/// that order, leaving out activities that add nothing. Empty when the total is zero (no
/// split of nothing).
pub fn shares(metric: Metric, footprint: &Footprint) -> Vec<Share> {
    let total = footprint.total().get(metric).central;
    if !(total.is_finite() && total > 0.0) {
        return Vec::new();
    }
    Activity::ALL
        .iter()
        .map(|&activity| Share {
            activity,
            fraction: footprint.by_activity.get(activity).get(metric).central / total,
        })
        .filter(|s| s.fraction > 0.0)
        .collect()
}
