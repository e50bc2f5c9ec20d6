//! The files generated from the data and translation files are current: the Rust tables the
//! widget compiles in, and the sources panel's HTML in each language.
//! `make data` rewrites them (this test with `EMPREINTE_WRITE=1`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use empreinte::data::{DataFiles, dataset_to_rust};
use empreinte::export::{
    FIRST_PAINT_PATH, first_paint_html, privacy_html, privacy_html_path, sources_html,
    sources_html_path,
};
use empreinte::i18n::{Lang, strings_to_rust};

#[test]
fn generated_files_match_the_data_and_translation_files() {
    let data = DataFiles::SHIPPED.read().unwrap_or_else(|e| panic!("{e}"));
    let strings = strings_to_rust().unwrap_or_else(|e| panic!("{e}"));
    let write = std::env::var_os("EMPREINTE_WRITE").is_some();
    let mut stale = Vec::new();
    let mut files = vec![
        (
            "src/data/embedded.rs".to_owned(),
            dataset_to_rust(&data.dataset),
        ),
        ("src/i18n/embedded.rs".to_owned(), strings),
    ];
    for lang in Lang::ALL {
        files.push((sources_html_path(lang), sources_html(&data, lang)));
        files.push((privacy_html_path(lang), privacy_html(&data, lang)));
    }
    files.push((FIRST_PAINT_PATH.to_owned(), first_paint_html(&data.dataset)));
    for (path, text) in files {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        if write {
            std::fs::create_dir_all(path.parent().expect("in a folder")).expect("make the folder");
            std::fs::write(&path, text).expect("write the generated file");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "out of date, run `make data`: {stale:?}");
}
