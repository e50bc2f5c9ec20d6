//! `videos.toml`: energy per clip by video model, and how a clip's figure becomes the
//! reader's (the rest of the server, the clip's length).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::{DataError, refuse};
use super::registry::Registry;
use crate::data::Coefficient;
use crate::model::{VideoMethod, VideoModel, VideoModelParams};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct VideosFile {
    method: MethodEntry,
    models: BTreeMap<String, ModelEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MethodEntry {
    server_factor: Coefficient,
    length_exponent: Coefficient,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelEntry {
    /// `gpu` (the GPUs' energy, measured) or `server` (the whole server's).
    scope: String,
    seconds: Coefficient,
    clip_wh: Coefficient,
}

impl VideosFile {
    pub(crate) fn into_parameters(
        self,
        reg: &mut Registry,
    ) -> Result<(Vec<VideoModelParams>, VideoMethod), DataError> {
        let mark = reg.mark();
        let server_factor = reg.take(
            "videos.method.server_factor".into(),
            self.method.server_factor,
            "ratio",
        )?;
        let server_evidence = reg.weakest_since(mark);
        if server_factor.low < 1.0 {
            return refuse("videos.method.server_factor: a server uses at least its GPUs' energy");
        }
        let mark = reg.mark();
        let length_exponent = reg.take(
            "videos.method.length_exponent".into(),
            self.method.length_exponent,
            "ratio",
        )?;
        let length_evidence = reg.weakest_since(mark);
        let mut models = Vec::new();
        for (id, entry) in self.models {
            let Some(model) = VideoModel::from_id(&id) else {
                return refuse(format!("videos.models.{id}: unknown model"));
            };
            let gpu_only = match entry.scope.as_str() {
                "gpu" => true,
                "server" => false,
                other => return refuse(format!("videos.models.{id}: unknown scope `{other}`")),
            };
            let seconds =
                reg.take_exact(format!("videos.models.{id}.seconds"), entry.seconds, "s")?;
            if seconds <= 0.0 {
                return refuse(format!("videos.models.{id}.seconds: must be positive"));
            }
            let mark = reg.mark();
            let clip_wh = reg.take(format!("videos.models.{id}.clip_wh"), entry.clip_wh, "Wh")?;
            models.push(VideoModelParams {
                model,
                clip_wh,
                gpu_only,
                seconds,
                evidence: reg.weakest_since(mark),
            });
        }
        if let Some(missing) = VideoModel::ALL
            .iter()
            .find(|m| !models.iter().any(|p| p.model == **m))
        {
            return refuse(format!("videos.models.{}: missing", missing.id()));
        }
        let method = VideoMethod {
            server_factor,
            server_evidence,
            length_exponent,
            length_evidence,
        };
        Ok((models, method))
    }
}
