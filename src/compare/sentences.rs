use crate::data::{Dataset, Reference};
use crate::model::{Estimate, Metric};

/// "≈ 0.4 smartphone charge": a footprint counted in units of an everyday reference.
#[derive(Clone, Debug, PartialEq)]
pub struct Equivalence<'a> {
    pub reference: &'a Reference,
    /// How many references (footprint ÷ reference), or how many footprints make one
    /// reference for [`reverse_equivalence`]; central values only.
    pub count: f64,
}

/// The reference each metric's sentence counts in: chosen because every reader knows it.
fn headline_id(metric: Metric) -> &'static str {
    match metric {
        Metric::Energy => "smartphone-charge",
        Metric::Co2 => "petrol-car-km",
        Metric::Water => "glass-of-water",
    }
}

/// The larger everyday use the reverse sentence divides: "boiling a kettle ≈ 12 starter packs".
fn reverse_id(metric: Metric) -> &'static str {
    match metric {
        Metric::Energy => "kettle-1l",
        Metric::Co2 => "streaming-hour-co2",
        Metric::Water => "shower-minute",
    }
}

fn reference<'a>(data: &'a Dataset, id: &str) -> Option<&'a Reference> {
    data.equivalents().iter().find(|r| r.id == id)
}

/// The footprint in units of the metric's everyday reference. `None` if the reference is
/// missing from the data.
pub fn headline_equivalence(
    metric: Metric,
    footprint: Estimate,
    data: &Dataset,
) -> Option<Equivalence<'_>> {
    let reference = reference(data, headline_id(metric))?;
    let count = footprint.central / reference.amount.central;
    count
        .is_finite()
        .then_some(Equivalence { reference, count })
}

/// How many such footprints one larger everyday use equals. `None` for a zero footprint
/// (no number of nothings makes a kettle) or a missing reference.
pub fn reverse_equivalence(
    metric: Metric,
    footprint: Estimate,
    data: &Dataset,
) -> Option<Equivalence<'_>> {
    let reference = reference(data, reverse_id(metric))?;
    let count = reference.amount.central / footprint.central;
    (count.is_finite() && footprint.central > 0.0).then_some(Equivalence { reference, count })
}
