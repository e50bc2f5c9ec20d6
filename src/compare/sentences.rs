use crate::data::{Dataset, Reference};
use crate::model::{Estimate, Metric};

/// "≈ 1.4 hours of an LED bulb": a footprint counted in units of an everyday reference.
#[derive(Clone, Debug, PartialEq)]
pub struct Equivalence<'a> {
    pub reference: &'a Reference,
    /// How many references make the footprint (footprint ÷ reference) or, when `turned`, how
    /// many footprints make one reference; central values only. At least 1, but for a zero
    /// footprint (0).
    pub count: f64,
    /// The footprint is smaller than every reference, so the sentence is turned round:
    /// "1 web search ≈ 1.2 times your use", never "≈ 0.8 web search".
    pub turned: bool,
}

/// The everyday uses the headline sentence may count in: ones every reader pictures.
fn headline_ids(metric: Metric) -> &'static [&'static str] {
    match metric {
        Metric::Energy => &[
            "smartphone-charge",
            "led-bulb-hour",
            "kettle-1l",
            "laptop-hour",
            "microwave-minute",
            "streaming-hour-energy",
            "web-search-energy",
        ],
        Metric::Co2 => &[
            "petrol-car-km",
            "streaming-hour-co2",
            "email-co2",
            "web-search-co2",
            "french-person-day-co2",
        ],
        Metric::Water => &[
            "glass-of-water",
            "toilet-flush",
            "shower-minute",
            "water-bottle-1-5l",
        ],
    }
}

fn reference<'a>(data: &'a Dataset, id: &str) -> Option<&'a Reference> {
    data.equivalents().iter().find(|r| r.id == id)
}

/// The footprint in the everyday reference that gives the smallest count of at least 1 (the
/// largest reference not above it), or turned round against the smallest reference when
/// the footprint is below them all. `None` if the data has none of the references.
pub fn headline_equivalence(
    metric: Metric,
    footprint: Estimate,
    data: &Dataset,
) -> Option<Equivalence<'_>> {
    let references: Vec<&Reference> = headline_ids(metric)
        .iter()
        .filter_map(|id| reference(data, id))
        .filter(|r| r.amount.central > 0.0)
        .collect();
    let amount = |r: &&Reference| r.amount.central;
    let total = footprint.central;
    if !total.is_finite() {
        return None;
    }
    let below = references
        .iter()
        .filter(|r| amount(r) <= total)
        .max_by(|a, b| amount(a).total_cmp(&amount(b)));
    if let Some(r) = below {
        return Some(Equivalence {
            reference: r,
            count: total / amount(r),
            turned: false,
        });
    }
    let smallest = references
        .iter()
        .min_by(|a, b| amount(a).total_cmp(&amount(b)))?;
    Some(if total > 0.0 {
        Equivalence {
            reference: smallest,
            count: amount(smallest) / total,
            turned: true,
        }
    } else {
        Equivalence {
            reference: smallest,
            count: 0.0,
            turned: false,
        }
    })
}
