//! How solid each figure is: a coefficient's level comes from its source (ours for our own
//! estimates), and each part of a result rests on the weakest coefficient it reads.

#![cfg(not(target_arch = "wasm32"))]

use empreinte::data::{DataFiles, Dataset};
use empreinte::model::{ChatSource, Evidence, RegionCode, Scenario, evidence};

#[test]
fn the_weakest_is_the_lowest_in_order() {
    use Evidence::*;
    assert_eq!(Evidence::weakest([Measured, Ours, Disclosed]), Some(Ours));
    assert_eq!(Evidence::weakest([Measured, Disclosed]), Some(Disclosed));
    assert_eq!(Evidence::weakest([Disclosed, Estimated]), Some(Estimated));
    assert_eq!(Evidence::weakest([]), None);
}

#[test]
fn a_coefficients_level_is_its_sources_or_ours_for_our_estimates() {
    let read = DataFiles::SHIPPED.read().unwrap();
    let data = &read.dataset;
    for reference in data.equivalents().iter().chain(data.scale()) {
        let path = if data.equivalents().contains(reference) {
            "equivalents"
        } else {
            "scale"
        };
        let c = read
            .coefficient(&format!("{path}.{}.amount", reference.id))
            .unwrap();
        let expected = if c.is_own_estimate() {
            Evidence::Ours
        } else {
            read.source(&c.source).unwrap().evidence
        };
        assert_eq!(reference.evidence, expected, "{}", reference.id);
    }
}

#[test]
fn each_part_rests_on_the_weakest_coefficient_it_reads() {
    let data = Dataset::embedded();
    let p = data.parameters();
    let dc = &p.datacentre;
    let scenario = Scenario {
        images: 3,
        messages: 5,
        photos: 0,
        chat_source: ChatSource::Epoch,
        region: RegionCode::from_id("fr").unwrap(),
        ..Scenario::default()
    };
    let model = p.image_model(scenario.image_model).unwrap();
    let quality = p
        .quality_factors
        .iter()
        .find(|q| q.family == model.family && q.quality == scenario.quality)
        .unwrap();
    let region = p.region(scenario.region).unwrap().evidence;
    let site = [region, dc.pue_evidence, dc.wue_evidence];
    let images = Evidence::weakest(site.into_iter().chain([model.evidence, quality.evidence]));
    let chat_model = p.chat_model(scenario.chat_model).unwrap().evidence;
    let chat = Evidence::weakest(site.into_iter().chain([p.epoch.evidence, chat_model]));
    let got = evidence(&scenario, p);
    assert_eq!((got.images, got.chat, got.extras), (images, chat, None));
    assert_eq!(
        got.total(),
        Evidence::weakest([images, chat].into_iter().flatten())
    );

    // The reader's own PUE and WUE are not the data's; training, when counted, is.
    let own = Scenario {
        pue: Some(1.1),
        wue: Some(0.2),
        training: true,
        ..scenario.clone()
    };
    let images = Evidence::weakest([
        region,
        model.evidence,
        quality.evidence,
        dc.training_evidence,
    ]);
    assert_eq!(evidence(&own, p).images, images);

    // A published figure keeps its own PUE: the data's PUE does not enter the chat part.
    let google = Scenario {
        chat_source: ChatSource::Google,
        images: 0,
        ..scenario
    };
    let chat = Evidence::weakest([region, dc.wue_evidence, p.google.evidence]);
    let got = evidence(&google, p);
    assert_eq!((got.images, got.chat), (None, chat));
}
