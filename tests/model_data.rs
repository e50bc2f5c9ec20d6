//! The shipped data: it parses, every number carries a unit and a known
//! source, ids are unique, every choice is covered, and broken files are
//! refused with a message naming the entry.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use empreinte::data::{DataFiles, Dataset, ReadData, Said, Title};
use empreinte::i18n::Lang;
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
            data.source(&c.source).is_some(),
            "{}: unknown source {}",
            c.id,
            c.source
        );
        assert!(
            c.also.iter().all(|s| data.source(s).is_some()),
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

/// Common words of either language in a field shown untranslated (authors, publishers):
/// those fields hold names, and anything to translate goes in `about`.
fn common_words(field: &str) -> Vec<&'static str> {
    const WORDS: [&str; 14] = [
        "blog",
        "paper",
        "file",
        "notes",
        "report",
        "technical",
        "research",
        "secondary",
        "licence",
        "license",
        "article",
        "rapport",
        "fichier",
        "project",
    ];
    let lower = field.to_lowercase();
    WORDS
        .into_iter()
        .filter(|w| {
            // Addresses such as blog.samaltman.com are names: split on spaces and punctuation
            // that ends words, not on dots inside them.
            lower
                .split(|c: char| c.is_whitespace() || ",;:()[]/".contains(c))
                .any(|word| word.trim_end_matches('.') == *w)
        })
        .collect()
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
    for s in &data.sources {
        assert!(ids.insert(s.id.as_ref()), "{} listed twice", s.id);
        for field in [&s.authors, &s.publisher] {
            assert!(!field.trim().is_empty(), "{}: empty field", s.id);
            assert_eq!(
                common_words(field),
                Vec::<&str>::new(),
                "{}: names only",
                s.id
            );
        }
        assert!(s.about.is_complete(), "{}: about in fr and en", s.id);
        match &s.title {
            Title::Published { text, lang } => {
                assert!(!text.trim().is_empty(), "{}: title", s.id);
                assert!(Lang::from_tag(lang).is_some(), "{}: title_lang", s.id);
            }
            Title::Own(words) => assert!(words.is_complete(), "{}: title", s.id),
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
        let reasoning = c.estimate.as_ref().expect("flagged");
        assert!(
            reasoning.what.is_complete() && reasoning.why.is_complete(),
            "{}: what and why in fr and en",
            c.id
        );
        for lang in Lang::ALL {
            assert!(
                lang.strings().unit(&c.unit).is_some(),
                "{}: unit `{}` has no name in {lang:?}",
                c.id,
                c.unit
            );
        }
    }
    let shown: Vec<_> = data.own_estimates.iter().map(|e| e.id.as_ref()).collect();
    let flagged: Vec<_> = flagged.iter().map(|c| c.id.as_ref()).collect();
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
        DataFiles::SHIPPED.privacy,
        DataFiles::SHIPPED.videos,
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
        "privacy",
        "videos",
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
        privacy: &texts[8],
        videos: &texts[9],
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
fn every_claim_says_which_language_its_quote_is_in_and_names_its_outlet_in_both() {
    for claim in Dataset::embedded().claims() {
        match &claim.said {
            Said::Quote { text, lang } => {
                assert!(!text.trim().is_empty(), "{}: quote", claim.id);
                assert!(
                    Lang::from_tag(lang).is_some(),
                    "{}: quote_lang {lang:?}",
                    claim.id
                );
            }
            Said::Paraphrase(words) => assert!(words.is_complete(), "{}", claim.id),
        }
        assert!(claim.outlet.is_complete(), "{}: outlet", claim.id);
    }
}

#[test]
fn a_reader_text_missing_a_language_is_refused() {
    let e = refused("sources", "about.en = ", "about.de = ");
    assert!(e.contains("sources.toml") && e.contains("about"), "{e}");
    let e = refused(
        "claims",
        "outlet = { fr = \"Journal du Geek\", en = \"Journal du Geek\" }",
        "outlet = { fr = \"Journal du Geek\" }",
    );
    assert!(e.contains("claims.toml") && e.contains("en"), "{e}");
    let e = refused("claims", "quote_lang = \"fr\"", "quote_lang = \"de\"");
    assert!(e.contains("quote_lang"), "{e}");
    let e = refused("equivalents", "estimate.why.fr = ", "estimate.why.de = ");
    assert!(e.contains("equivalents.toml"), "{e}");
}

#[test]
fn every_privacy_statement_has_a_dated_source_and_both_languages() {
    let data = shipped();
    let privacy = &data.privacy;
    assert!(
        privacy.statements.len() >= 5,
        "{} statements",
        privacy.statements.len()
    );
    assert_eq!(privacy.actions.len(), 3, "three things a reader can do");
    for s in &privacy.statements {
        let source = privacy.source(&s.source).expect("a known source");
        assert!(
            empreinte::data::privacy_month(&source.read).is_some(),
            "{}: read",
            s.id
        );
        assert!(
            source.url.starts_with("https://"),
            "{}: {}",
            s.id,
            source.url
        );
        assert!(s.text.is_complete(), "{}", s.id);
    }
    for service in ["chatgpt", "gemini", "general"] {
        assert!(
            privacy.statements.iter().any(|s| s.service == service),
            "nothing for {service}"
        );
    }
}

#[test]
fn a_privacy_statement_without_a_language_or_a_source_is_refused() {
    let e = refused("privacy", "text.en = ", "text.de = ");
    assert!(e.contains("privacy.toml"), "{e}");
    let e = refused("privacy", "source = \"", "source = \"nowhere-");
    assert!(e.contains("privacy.toml") && e.contains("source"), "{e}");
}
