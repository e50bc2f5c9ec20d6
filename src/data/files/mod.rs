//! Reading and checking the data files (native only: the tests and `make data`).

mod chat;
mod datacentre;
mod error;
mod images;
mod privacy;
mod references;
mod regions;
mod registry;
mod rust;
mod sources;
mod videos;

use std::collections::HashSet;

use serde::Deserialize;

pub use error::DataError;
pub use privacy::{
    Action, Privacy, PrivacySource, SERVICES, Statement, year_month as privacy_month,
};
pub use rust::dataset_to_rust;

use super::{Coefficient, Dataset, OwnEstimate, Source};
use crate::model::Parameters;
use error::parse_toml;
use registry::Registry;

/// The texts of the data files.
#[derive(Clone, Copy, Debug)]
pub struct DataFiles<'a> {
    pub sources: &'a str,
    pub chat: &'a str,
    pub images: &'a str,
    pub videos: &'a str,
    pub regions: &'a str,
    pub datacentre: &'a str,
    pub equivalents: &'a str,
    pub scale: &'a str,
    pub claims: &'a str,
    pub privacy: &'a str,
}

impl DataFiles<'static> {
    /// The files in `assets/data/`, as the dataset compiled into the widget was made from.
    pub const SHIPPED: DataFiles<'static> = DataFiles {
        sources: include_str!("../../../assets/data/sources.toml"),
        chat: include_str!("../../../assets/data/chat.toml"),
        images: include_str!("../../../assets/data/images.toml"),
        videos: include_str!("../../../assets/data/videos.toml"),
        regions: include_str!("../../../assets/data/regions.toml"),
        datacentre: include_str!("../../../assets/data/datacentre.toml"),
        equivalents: include_str!("../../../assets/data/equivalents.toml"),
        scale: include_str!("../../../assets/data/scale.toml"),
        claims: include_str!("../../../assets/data/claims.toml"),
        privacy: include_str!("../../../assets/data/privacy.toml"),
    };
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    /// `YYYY-MM`: when the figures were last checked as a whole.
    as_of: String,
    source: Vec<sources::SourceEntry>,
}

/// `YYYY-MM` as (year, month).
fn year_month(text: &str) -> Result<(u16, u16), DataError> {
    match privacy::year_month(text) {
        Some(date) => Ok(date),
        None => error::refuse(format!("sources.toml: as_of `{text}` is not YYYY-MM")),
    }
}

/// The data files as read: the widget's dataset, and every number with its provenance.
/// The bibliography and our own estimates are not compiled into the widget: `make data`
/// writes them as the sources panel's HTML, fetched when a reader opens it.
#[derive(Debug)]
pub struct ReadData {
    pub dataset: Dataset,
    /// Every coefficient of the files, in reading order.
    pub coefficients: Vec<Coefficient>,
    /// The bibliography, in file order.
    pub sources: Vec<Source>,
    /// The numbers no source gives directly, each with our reasoning, in reading order.
    pub own_estimates: Vec<OwnEstimate>,
    /// What the services' policies say about what a reader shares.
    pub privacy: Privacy,
}

impl ReadData {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// A coefficient by its dotted id, e.g. `regions.fr.grid_g_per_kwh`.
    pub fn coefficient(&self, id: &str) -> Option<&Coefficient> {
        self.coefficients.iter().find(|c| c.id == id)
    }
}

impl Dataset {
    /// Reads and checks the data files; the first problem refuses them all.
    pub fn parse(files: &DataFiles) -> Result<Dataset, DataError> {
        files.read().map(|read| read.dataset)
    }
}

impl DataFiles<'_> {
    /// Reads and checks the files, keeping every coefficient's provenance.
    pub fn read(&self) -> Result<ReadData, DataError> {
        let sources_file = parse_toml::<SourcesFile>("sources.toml", self.sources)?;
        let as_of = year_month(&sources_file.as_of)?;
        let mut sources = sources_file
            .source
            .into_iter()
            .map(sources::SourceEntry::into_source)
            .collect::<Result<Vec<_>, _>>()?;
        let mut seen = HashSet::new();
        if let Some(twice) = sources.iter().find(|s| !seen.insert(s.id.as_ref())) {
            return error::refuse(format!("sources.toml: `{}` listed twice", twice.id));
        }
        let mut reg = Registry::new(&sources);
        let chat =
            parse_toml::<chat::ChatFile>("chat.toml", self.chat)?.into_parameters(&mut reg)?;
        let (image_models, quality_factors) =
            parse_toml::<images::ImagesFile>("images.toml", self.images)?
                .into_parameters(&mut reg)?;
        let (video_models, video) = parse_toml::<videos::VideosFile>("videos.toml", self.videos)?
            .into_parameters(&mut reg)?;
        let regions = parse_toml::<regions::RegionsFile>("regions.toml", self.regions)?
            .into_parameters(&mut reg)?;
        let datacentre =
            parse_toml::<datacentre::DataCentreFile>("datacentre.toml", self.datacentre)?
                .into_parameters(&mut reg)?;
        let parameters = Parameters {
            chat_models: chat.models.into(),
            epoch: chat.epoch,
            ecologits: chat.ecologits,
            google: chat.google,
            openai: chat.openai,
            photo_it_wh: chat.photo_it_wh,
            photo_evidence: chat.photo_evidence,
            image_models: image_models.into(),
            quality_factors: quality_factors.into(),
            video_models: video_models.into(),
            video,
            regions: regions.into(),
            datacentre,
        };
        let equivalents =
            parse_toml::<references::EquivalentsFile>("equivalents.toml", self.equivalents)?
                .into_references(&mut reg)?;
        let scale =
            parse_toml::<references::ScaleFile>("scale.toml", self.scale)?.into_scale(&mut reg)?;
        let claims = parse_toml::<references::ClaimsFile>("claims.toml", self.claims)?
            .into_claims(&mut reg)?;
        let coefficients = reg.coefficients;
        for source in &mut sources {
            let mut years: Vec<u16> = coefficients
                .iter()
                .filter(|c| c.source == source.id || c.also.contains(&source.id))
                .map(|c| c.year)
                .collect();
            years.sort_unstable();
            years.dedup();
            source.data_years = years.into();
        }
        let dataset = Dataset {
            as_of,
            parameters,
            equivalents: equivalents.into(),
            scale: scale.references.into(),
            facts: scale
                .facts
                .into_iter()
                .map(|(id, amount)| (id.into(), amount))
                .collect(),
            claims: claims.into(),
        };
        let privacy = parse_toml::<Privacy>("privacy.toml", self.privacy)?.checked()?;
        Ok(ReadData {
            privacy,
            dataset,
            own_estimates: coefficients.iter().filter_map(OwnEstimate::of).collect(),
            coefficients,
            sources,
        })
    }
}
