//! `datacentre.toml`: PUE, on-site water, hardware manufacturing, training share.

use serde::Deserialize;

use super::error::{DataError, refuse};
use super::registry::Registry;
use crate::data::Coefficient;
use crate::model::{DataCentre, Estimate};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DataCentreFile {
    pue: Coefficient,
    wue_l_per_kwh: Coefficient,
    embodied: EmbodiedFile,
    training: TrainingFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EmbodiedFile {
    gpu_kg: Coefficient,
    server_kg: Coefficient,
    gpus_per_server: Coefficient,
    lifetime_years: Coefficient,
    average_server_power_w: Coefficient,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrainingFile {
    share_of_inference: Coefficient,
}

const HOURS_PER_YEAR: f64 = 365.0 * 24.0;

impl DataCentreFile {
    pub(crate) fn into_parameters(self, reg: &mut Registry) -> Result<DataCentre, DataError> {
        let mark = reg.mark();
        let pue = reg.take("datacentre.pue".into(), self.pue, "ratio")?;
        let pue_evidence = reg.weakest_since(mark);
        let mark = reg.mark();
        let embodied = embodied(self.embodied, reg)?;
        let embodied_evidence = reg.weakest_since(mark);
        if pue.low < 1.0 {
            return refuse("datacentre.pue: a PUE is at least 1");
        }
        let mark = reg.mark();
        let wue_l_per_kwh = reg.take(
            "datacentre.wue_l_per_kwh".into(),
            self.wue_l_per_kwh,
            "L/kWh",
        )?;
        let wue_evidence = reg.weakest_since(mark);
        let mark = reg.mark();
        let training_share = reg.take(
            "datacentre.training.share_of_inference".into(),
            self.training.share_of_inference,
            "ratio",
        )?;
        Ok(DataCentre {
            pue,
            wue_l_per_kwh,
            embodied_g_per_wh: embodied.per_wh,
            embodied_g_per_gpu_s: embodied.per_gpu_s,
            training_share,
            pue_evidence,
            wue_evidence,
            embodied_evidence,
            training_evidence: reg.weakest_since(mark),
        })
    }
}

/// Manufacturing emissions of a server and its GPUs, spread two ways.
struct Embodied {
    /// Over the IT energy it uses in its life, in g CO2e/Wh. Lower average power gives
    /// more per Wh, so the high bound uses the low power.
    per_wh: Estimate,
    /// Over its life in time, per GPU (with its share of the server), in g CO2e/s
    /// (EcoLogits' allocation).
    per_gpu_s: f64,
}

fn embodied(f: EmbodiedFile, reg: &mut Registry) -> Result<Embodied, DataError> {
    let id = |name: &str| format!("datacentre.embodied.{name}");
    let gpu_kg = reg.take_exact(id("gpu_kg"), f.gpu_kg, "kg CO2e")?;
    let server_kg = reg.take_exact(id("server_kg"), f.server_kg, "kg CO2e")?;
    let gpus = reg.take_exact(id("gpus_per_server"), f.gpus_per_server, "GPUs")?;
    let years = reg.take_exact(id("lifetime_years"), f.lifetime_years, "years")?;
    let power_w = reg.take(id("average_server_power_w"), f.average_server_power_w, "W")?;
    if years <= 0.0 || power_w.low <= 0.0 {
        return refuse("datacentre.embodied: lifetime and power must be positive");
    }
    if gpus <= 0.0 {
        return refuse("datacentre.embodied: GPUs per server must be positive");
    }
    let grams = (server_kg + gpus * gpu_kg) * 1000.0;
    let per_wh = |w: f64| grams / (years * HOURS_PER_YEAR * w);
    Ok(Embodied {
        per_wh: Estimate::new(
            per_wh(power_w.high),
            per_wh(power_w.central),
            per_wh(power_w.low),
        ),
        per_gpu_s: grams / gpus / (years * HOURS_PER_YEAR * 3600.0),
    })
}
