//! The sourced data: TOML files under `assets/data/`, with the provenance of every number
//! ([`Coefficient`]s and the bibliography of [`Source`]s) kept for the UI.
//!
//! The widget does not read the files: `make data` reads and checks them natively
//! (`files`) and writes the result as Rust, `embedded.rs`, a `static` compiled into the
//! wasm. A TOML parser in the browser cost about a third of the download (issue 8). The
//! native test `shipped_data_parses_and_is_the_embedded_dataset` fails when the two differ.
//!
//! Every number is checked as it is read: finite, `0 <= low <= value <= high`,
//! the unit the model expects, a note, and sources that exist in
//! `sources.toml`. A file that fails is refused as a whole with a `DataError`.

mod coefficient;
#[rustfmt::skip]
mod embedded;
#[cfg(not(target_arch = "wasm32"))]
mod files;
mod references;
mod source;
mod words;

use std::borrow::Cow;

pub use coefficient::{Coefficient, OwnEstimate};
#[cfg(not(target_arch = "wasm32"))]
pub use files::{
    Action, DataError, DataFiles, Privacy, PrivacySource, ReadData, SERVICES, Statement,
    dataset_to_rust, privacy_month,
};
pub use references::{Claim, ClaimPer, Reference, Said};
pub use source::{Source, Title};
pub use words::{Reasoning, Words};

use crate::model::{Estimate, Footprint, Parameters, RegionCode, Scenario, compute};

/// Text from the data files: borrowed from the compiled-in dataset, owned when just read.
pub type Text = Cow<'static, str>;

/// A list from the data files, borrowed or owned like [`Text`].
pub type List<T> = Cow<'static, [T]>;

/// Model parameters with the provenance of every number.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// When the figures were last checked as a whole: (year, month 1-12).
    as_of: (u16, u16),
    parameters: Parameters,
    equivalents: List<Reference>,
    scale: List<Reference>,
    /// Counted facts by id, in id order.
    facts: List<(Text, Estimate)>,
    claims: List<Claim>,
}

impl Dataset {
    /// The shipped dataset, compiled in: nothing to parse, nothing that can fail at run time.
    pub fn embedded() -> &'static Dataset {
        &embedded::DATASET
    }

    /// When the figures were last checked as a whole: (year, month 1-12).
    pub fn as_of(&self) -> (u16, u16) {
        self.as_of
    }

    pub fn parameters(&self) -> &Parameters {
        &self.parameters
    }

    /// The regions the data covers, `world` first.
    pub fn regions(&self) -> impl Iterator<Item = RegionCode> + '_ {
        self.parameters.region_codes()
    }

    /// Everyday things to compare with (a smartphone charge, a km by car…), by id.
    pub fn equivalents(&self) -> &[Reference] {
        &self.equivalents
    }

    /// Large things for the collective scale (a home's year of electricity…), by id.
    pub fn scale(&self) -> &[Reference] {
        &self.scale
    }

    /// A counted fact by id, e.g. `chatgpt-images-first-week`.
    pub fn fact(&self, id: &str) -> Option<Estimate> {
        self.facts
            .iter()
            .find(|(fact, _)| fact == id)
            .map(|(_, amount)| *amount)
    }

    /// Figures published by others, by id.
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// The footprint of a scenario with this dataset.
    pub fn compute(&self, scenario: &Scenario) -> Footprint {
        compute(scenario, &self.parameters)
    }
}
