//! `regions.toml`: grid intensity and water per kWh by region.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::{DataError, refuse};
use super::registry::Registry;
use crate::data::Coefficient;
use crate::model::{RegionCode, RegionParams};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionsFile {
    regions: BTreeMap<String, RegionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionEntry {
    grid_g_per_kwh: Coefficient,
    water_l_per_kwh: Coefficient,
}

impl RegionsFile {
    /// Regions with `world` first, then by id.
    pub(crate) fn into_parameters(
        self,
        reg: &mut Registry,
    ) -> Result<Vec<RegionParams>, DataError> {
        let mut regions = Vec::new();
        for (id, entry) in self.regions {
            let Some(region) = RegionCode::from_id(&id).filter(|r| r.id() == id) else {
                return refuse(format!(
                    "regions.{id}: not `world` or a lowercase two-letter code"
                ));
            };
            let path = format!("regions.{id}");
            let mark = reg.mark();
            let grid_g_per_kwh = reg.take(
                format!("{path}.grid_g_per_kwh"),
                entry.grid_g_per_kwh,
                "g CO2e/kWh",
            )?;
            let water_l_per_kwh = reg.take(
                format!("{path}.water_l_per_kwh"),
                entry.water_l_per_kwh,
                "L/kWh",
            )?;
            regions.push(RegionParams {
                region,
                grid_g_per_kwh,
                water_l_per_kwh,
                evidence: reg.weakest_since(mark),
            });
        }
        if !regions.iter().any(|r| r.region == RegionCode::WORLD) {
            return refuse("regions.world: missing (it is the fallback)");
        }
        regions.sort_by_key(|r| (r.region != RegionCode::WORLD, r.region.id().to_owned()));
        Ok(regions)
    }
}
