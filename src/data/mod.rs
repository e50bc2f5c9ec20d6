//! The sourced data: TOML files under `assets/data/`, embedded at build time,
//! parsed once into [`Parameters`] for the model, with their provenance
//! ([`Coefficient`]s and the bibliography of [`Source`]s) kept for the UI.
//!
//! Every number is checked as it is read: finite, `0 <= low <= value <= high`,
//! the unit the model expects, a note, and sources that exist in
//! `sources.toml`. A file that fails is refused as a whole with a [`DataError`].

mod chat;
mod coefficient;
mod datacentre;
mod error;
mod images;
mod references;
mod regions;
mod source;

use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use coefficient::Coefficient;
pub use error::DataError;
pub use references::{Claim, ClaimPer, Reference};
pub use source::Source;

use crate::model::{Estimate, Footprint, Parameters, RegionCode, Scenario, compute};
use coefficient::Registry;
use error::parse_toml;

/// The texts of the data files.
#[derive(Clone, Copy, Debug)]
pub struct DataFiles<'a> {
    pub sources: &'a str,
    pub chat: &'a str,
    pub images: &'a str,
    pub regions: &'a str,
    pub datacentre: &'a str,
    pub equivalents: &'a str,
    pub scale: &'a str,
    pub claims: &'a str,
}

impl DataFiles<'static> {
    /// The files shipped with the widget (no request at run time).
    pub const EMBEDDED: DataFiles<'static> = DataFiles {
        sources: include_str!("../../assets/data/sources.toml"),
        chat: include_str!("../../assets/data/chat.toml"),
        images: include_str!("../../assets/data/images.toml"),
        regions: include_str!("../../assets/data/regions.toml"),
        datacentre: include_str!("../../assets/data/datacentre.toml"),
        equivalents: include_str!("../../assets/data/equivalents.toml"),
        scale: include_str!("../../assets/data/scale.toml"),
        claims: include_str!("../../assets/data/claims.toml"),
    };
}

/// Model parameters with the provenance of every number.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    parameters: Parameters,
    sources: Vec<Source>,
    coefficients: Vec<Coefficient>,
    equivalents: Vec<Reference>,
    scale: Vec<Reference>,
    facts: BTreeMap<String, Estimate>,
    claims: Vec<Claim>,
}

impl Dataset {
    /// The shipped dataset, parsed on first use.
    ///
    /// # Panics
    /// If the shipped files are invalid; the native test `model_data` parses
    /// them, so a build that passes its tests cannot panic here.
    pub fn embedded() -> &'static Dataset {
        static EMBEDDED: OnceLock<Dataset> = OnceLock::new();
        EMBEDDED.get_or_init(|| match Dataset::parse(&DataFiles::EMBEDDED) {
            Ok(dataset) => dataset,
            Err(error) => panic!("shipped data is invalid: {error}"),
        })
    }

    pub fn parse(files: &DataFiles) -> Result<Dataset, DataError> {
        let sources = parse_toml::<source::SourcesFile>("sources.toml", files.sources)?.source;
        let mut seen = std::collections::HashSet::new();
        if let Some(twice) = sources.iter().find(|s| !seen.insert(s.id.as_str())) {
            return error::refuse(format!("sources.toml: `{}` listed twice", twice.id));
        }
        let mut reg = Registry::new(&sources);
        let chat =
            parse_toml::<chat::ChatFile>("chat.toml", files.chat)?.into_parameters(&mut reg)?;
        let (image_models, quality_factors) =
            parse_toml::<images::ImagesFile>("images.toml", files.images)?
                .into_parameters(&mut reg)?;
        let regions = parse_toml::<regions::RegionsFile>("regions.toml", files.regions)?
            .into_parameters(&mut reg)?;
        let datacentre =
            parse_toml::<datacentre::DataCentreFile>("datacentre.toml", files.datacentre)?
                .into_parameters(&mut reg)?;
        let parameters = Parameters {
            chat_models: chat.models,
            epoch: chat.epoch,
            ecologits: chat.ecologits,
            google: chat.google,
            openai: chat.openai,
            photo_it_wh: chat.photo_it_wh,
            image_models,
            quality_factors,
            regions,
            datacentre,
        };
        let equivalents =
            parse_toml::<references::EquivalentsFile>("equivalents.toml", files.equivalents)?
                .into_references(&mut reg)?;
        let scale =
            parse_toml::<references::ScaleFile>("scale.toml", files.scale)?.into_scale(&mut reg)?;
        let claims = parse_toml::<references::ClaimsFile>("claims.toml", files.claims)?
            .into_claims(&mut reg)?;
        let coefficients = reg.coefficients;
        Ok(Dataset {
            parameters,
            sources,
            coefficients,
            equivalents,
            scale: scale.references,
            facts: scale.facts,
            claims,
        })
    }

    pub fn parameters(&self) -> &Parameters {
        &self.parameters
    }

    /// The bibliography, in file order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Every number read from the files, with its provenance.
    pub fn coefficients(&self) -> &[Coefficient] {
        &self.coefficients
    }

    /// A coefficient by its dotted id, e.g. `regions.fr.grid_g_per_kwh`.
    pub fn coefficient(&self, id: &str) -> Option<&Coefficient> {
        self.coefficients.iter().find(|c| c.id == id)
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
        self.facts.get(id).copied()
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
