//! `images.toml`: energy per image by model, and quality factors.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::{DataError, refuse};
use super::registry::Registry;
use crate::data::Coefficient;
use crate::model::{ImageFamily, ImageModel, ImageModelParams, ImageQuality, QualityFactor};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ImagesFile {
    models: BTreeMap<String, ModelEntry>,
    quality: BTreeMap<String, QualityLevels>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelEntry {
    family: String,
    energy_wh: Coefficient,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QualityLevels {
    low: Coefficient,
    medium: Coefficient,
    high: Coefficient,
}

impl ImagesFile {
    pub(crate) fn into_parameters(
        self,
        reg: &mut Registry,
    ) -> Result<(Vec<ImageModelParams>, Vec<QualityFactor>), DataError> {
        let mut models = Vec::new();
        for (id, entry) in self.models {
            let (Some(model), Some(family)) = (
                ImageModel::from_id(&id),
                ImageFamily::from_id(&entry.family),
            ) else {
                return refuse(format!("images.models.{id}: unknown model or family"));
            };
            let mark = reg.mark();
            let it_wh = reg.take(
                format!("images.models.{id}.energy_wh"),
                entry.energy_wh,
                "Wh",
            )?;
            models.push(ImageModelParams {
                model,
                family,
                it_wh,
                evidence: reg.weakest_since(mark),
            });
        }
        if let Some(missing) = ImageModel::ALL
            .iter()
            .find(|m| !models.iter().any(|p| p.model == **m))
        {
            return refuse(format!("images.models.{}: missing", missing.id()));
        }
        let mut factors = Vec::new();
        for (id, levels) in self.quality {
            let Some(family) = ImageFamily::from_id(&id) else {
                return refuse(format!("images.quality.{id}: unknown family"));
            };
            let levels = [
                (ImageQuality::Low, levels.low),
                (ImageQuality::Medium, levels.medium),
                (ImageQuality::High, levels.high),
            ];
            for (quality, coefficient) in levels {
                let path = format!("images.quality.{id}.{}", quality.id());
                let mark = reg.mark();
                let factor = reg.take(path, coefficient, "ratio")?;
                factors.push(QualityFactor {
                    family,
                    quality,
                    factor,
                    evidence: reg.weakest_since(mark),
                });
            }
        }
        if let Some(missing) = ImageFamily::ALL
            .iter()
            .find(|f| !factors.iter().any(|q| q.family == **f))
        {
            return refuse(format!("images.quality.{}: missing", missing.id()));
        }
        Ok((models, factors))
    }
}
