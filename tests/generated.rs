//! The Rust files generated from the data and translation files are current.
//! `make data` rewrites them (this test with `EMPREINTE_WRITE=1`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use empreinte::data::{DataFiles, Dataset, dataset_to_rust};
use empreinte::i18n::strings_to_rust;

#[test]
fn generated_files_match_the_data_and_translation_files() {
    let data = Dataset::parse(&DataFiles::SHIPPED).unwrap_or_else(|e| panic!("{e}"));
    let strings = strings_to_rust().unwrap_or_else(|e| panic!("{e}"));
    let write = std::env::var_os("EMPREINTE_WRITE").is_some();
    let mut stale = Vec::new();
    for (path, text) in [
        ("src/data/embedded.rs", dataset_to_rust(&data)),
        ("src/i18n/embedded.rs", strings),
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        if write {
            std::fs::write(&path, text).expect("write the generated file");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "out of date, run `make data`: {stale:?}");
}
