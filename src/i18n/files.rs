//! Reading the translation files (native only: the tests and `make data`).

use std::collections::BTreeMap;

use super::Lang;

impl Lang {
    /// The translation file shipped for this language.
    fn file(self) -> (&'static str, &'static str) {
        match self {
            Lang::Fr => ("fr.toml", include_str!("../../assets/i18n/fr.toml")),
            Lang::En => ("en.toml", include_str!("../../assets/i18n/en.toml")),
        }
    }
}

/// The whole `embedded.rs` for `i18n`: one table per language, sorted by key. Refuses a file
/// that is not a flat table of strings, naming it (the widget would otherwise show keys).
pub fn strings_to_rust() -> Result<String, String> {
    let mut text = String::from(
        "//! The translation tables, written by `make data` from `assets/i18n/*.toml`, sorted by\n\
         //! key. Do not edit: edit the files, then run `make data`.\n",
    );
    for lang in Lang::ALL {
        let (name, source) = lang.file();
        let strings: BTreeMap<String, String> =
            toml::from_str(source).map_err(|e| format!("assets/i18n/{name}: {e}"))?;
        text.push_str(&format!(
            "\npub(super) static {}: &[(&str, &str)] = &[\n",
            lang.tag().to_uppercase()
        ));
        for (key, value) in strings {
            text.push_str(&format!("    ({key:?}, {value:?}),\n"));
        }
        text.push_str("];\n");
    }
    Ok(text)
}
