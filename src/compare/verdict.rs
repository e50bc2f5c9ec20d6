use crate::model::Estimate;

/// Where a published figure stands against our estimate for the same thing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// Above our high bound, by `times` our central value.
    Higher { times: f64 },
    /// Below our low bound: our central value is `times` the claim.
    Lower { times: f64 },
    /// Within our low–high range.
    Within,
}

/// Compares a claimed amount (its central value, or its whole range when it gives one) with
/// our estimate. A claim is higher or lower only when its whole range lies outside ours;
/// `None` when either central value is zero or not finite (no ratio to state).
pub fn verdict(claimed: Estimate, ours: Estimate) -> Option<Verdict> {
    let valid = |x: f64| x.is_finite() && x > 0.0;
    if !valid(claimed.central) || !valid(ours.central) {
        return None;
    }
    Some(if claimed.low > ours.high {
        Verdict::Higher {
            times: claimed.central / ours.central,
        }
    } else if claimed.high < ours.low {
        Verdict::Lower {
            times: ours.central / claimed.central,
        }
    } else {
        Verdict::Within
    })
}
