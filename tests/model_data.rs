//! The shipped data: it parses, every number carries a unit and a known
//! source, ids are unique, every choice is covered, and broken files are
//! refused with a message naming the entry.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use empreinte::data::{DataFiles, Dataset, ReadData};
use empreinte::model::{ChatModel, ImageFamily, ImageModel, ImageQuality, RegionCode};

fn shipped() -> ReadData {
    DataFiles::SHIPPED
        .read()
        .unwrap_or_else(|e| panic!("shipped data refused: {e}"))
}

#[test]
fn shipped_data_parses_and_is_the_embedded_dataset() {
    assert_eq!(&shipped().dataset, Dataset::embedded());
}

#[test]
fn every_coefficient_has_unit_source_note_and_unique_id() {
    let data = shipped();
    let mut ids = HashSet::new();
    for c in &data.coefficients {
        assert!(ids.insert(c.id.as_ref()), "duplicate id {}", c.id);
        assert!(!c.unit.trim().is_empty(), "{}: no unit", c.id);
        assert!(
            data.dataset.source(&c.source).is_some(),
            "{}: unknown source {}",
            c.id,
            c.source
        );
        assert!(
            c.also.iter().all(|s| data.dataset.source(s).is_some()),
            "{}: unknown also",
            c.id
        );
        assert!(!c.note.trim().is_empty(), "{}: no note", c.id);
        assert!((1990..=2030).contains(&c.year), "{}: year {}", c.id, c.year);
        assert!(
            c.range().is_ordered() && c.low >= 0.0,
            "{}: bad range",
            c.id
        );
    }
    assert!(data.coefficients.len() > 80, "all files contributed");
}

#[test]
fn every_source_is_complete_listed_once_and_cited() {
    let data = shipped();
    let cited: HashSet<&str> = data
        .coefficients
        .iter()
        .flat_map(|c| std::iter::once(c.source.as_ref()).chain(c.also.iter().map(AsRef::as_ref)))
        .collect();
    let mut ids = HashSet::new();
    for s in data.dataset.sources() {
        assert!(ids.insert(s.id.as_ref()), "{} listed twice", s.id);
        for field in [&s.authors, &s.title, &s.publisher, &s.note] {
            assert!(!field.trim().is_empty(), "{}: empty field", s.id);
        }
        // An empty url is allowed where no stable public address was seen (the note says why).
        assert!(
            s.url.is_empty() || s.url.starts_with("https://") || s.url.starts_with("http://"),
            "{}: url",
            s.id
        );
        assert!(cited.contains(s.id.as_ref()), "{} is never cited", s.id);
    }
}

#[test]
fn own_estimates_are_flagged_with_their_reasoning() {
    let data = shipped();
    let gpt4o = data
        .coefficient("images.models.gpt-4o.energy_wh")
        .expect("present");
    assert!(gpt4o.is_own_estimate(), "no one has measured GPT-4o images");
    let flagged: Vec<_> = data
        .coefficients
        .iter()
        .filter(|c| c.is_own_estimate())
        .collect();
    for c in &flagged {
        assert!(
            c.estimate.as_deref().is_some_and(|e| e.len() > 40),
            "{}: reasoning",
            c.id
        );
    }
    let shown: Vec<_> = Dataset::embedded().own_estimates().iter().collect();
    assert_eq!(
        shown, flagged,
        "the widget lists every own estimate, nothing else"
    );
}

#[test]
fn every_choice_is_covered() {
    let data = shipped();
    let p = data.dataset.parameters();
    assert!(ChatModel::ALL.iter().all(|&m| p.chat_model(m).is_some()));
    assert!(ImageModel::ALL.iter().all(|&m| p.image_model(m).is_some()));
    for &family in ImageFamily::ALL {
        assert!(
            ImageQuality::ALL
                .iter()
                .all(|&q| p.quality_factor(family, q).is_some())
        );
    }
    let regions: Vec<RegionCode> = data.dataset.regions().collect();
    assert_eq!(regions.first(), Some(&RegionCode::WORLD), "world first");
    for id in [
        "fr", "us", "de", "gb", "ie", "nl", "se", "it", "es", "pl", "cn", "in", "jp", "ca", "no",
    ] {
        let code = RegionCode::from_id(id).expect("valid");
        assert!(regions.contains(&code), "region {id} missing");
    }
}

/// The shipped files with one substring replaced in one of them.
fn refused(file: &str, from: &str, to: &str) -> String {
    let mut texts = [
        DataFiles::SHIPPED.sources,
        DataFiles::SHIPPED.chat,
        DataFiles::SHIPPED.images,
        DataFiles::SHIPPED.regions,
        DataFiles::SHIPPED.datacentre,
        DataFiles::SHIPPED.equivalents,
        DataFiles::SHIPPED.scale,
        DataFiles::SHIPPED.claims,
    ]
    .map(str::to_owned);
    let index = [
        "sources",
        "chat",
        "images",
        "regions",
        "datacentre",
        "equivalents",
        "scale",
        "claims",
    ]
    .iter()
    .position(|f| *f == file)
    .expect("known file");
    assert!(texts[index].contains(from), "`{from}` not in {file}");
    texts[index] = texts[index].replacen(from, to, 1);
    let files = DataFiles {
        sources: &texts[0],
        chat: &texts[1],
        images: &texts[2],
        regions: &texts[3],
        datacentre: &texts[4],
        equivalents: &texts[5],
        scale: &texts[6],
        claims: &texts[7],
    };
    match Dataset::parse(&files) {
        Ok(_) => panic!("accepted a broken {file}: {from} -> {to}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn broken_files_are_refused_naming_the_entry() {
    let e = refused(
        "regions",
        "value = 41.44, low = 41.44",
        "value = 41.44, low = 50",
    );
    assert!(e.contains("regions.fr.grid_g_per_kwh"), "{e}");
    let e = refused("regions", "unit = \"L/kWh\"", "unit = \"mL/kWh\"");
    assert!(
        e.contains("regions.world.water_l_per_kwh") && e.contains("unit"),
        "{e}"
    );
    let e = refused("images", "source = \"mit-tr-2025\"", "source = \"nowhere\"");
    assert!(
        e.contains("images.models.sd3-medium.energy_wh") && e.contains("nowhere"),
        "{e}"
    );
    let e = refused("sources", "id = \"uptime-2024\"", "id = \"epoch-2025\"");
    assert!(e.contains("epoch-2025") && e.contains("twice"), "{e}");
    // A complete entry for a model the widget does not know.
    let size = "{ value = 1, low = 1, high = 1, unit = \"billion parameters\", \
                source = \"ecologits\", year = 2026, note = \"n\" }";
    let unknown = format!(
        "[models.gpt-9]\nactive_params_b = {size}\n\
         ecologits = {{ active_params_b = {size}, total_params_b = {size} }}\n\n\
         [models.gpt-4o-mini] #"
    );
    let e = refused("chat", "[models.gpt-4o-mini] #", &unknown);
    assert!(e.contains("gpt-9") && e.contains("unknown"), "{e}");
    let e = refused(
        "chat",
        "unit = \"FLOP/s\"",
        "unit = \"FLOP/s\", colour = \"red\"",
    );
    assert!(e.contains("chat.toml") && e.contains("colour"), "{e}");
    let e = refused(
        "datacentre",
        "value = 1.2, low = 1.09",
        "value = 1.2, low = 0.9",
    );
    assert!(e.contains("datacentre.pue"), "{e}");
}

#[test]
fn every_claim_says_which_language_its_quote_is_in() {
    for claim in empreinte::data::Dataset::embedded().claims() {
        assert!(
            empreinte::i18n::Lang::from_tag(&claim.quote_lang).is_some(),
            "{}: quote_lang {:?}",
            claim.id,
            claim.quote_lang
        );
    }
}
