//! User-facing text: one TOML file of strings per language (`assets/i18n/`), compiled in as
//! sorted tables (`embedded.rs`, written by `make data`; see `data` for why not TOML).

mod collation;
#[rustfmt::skip]
mod embedded;
#[cfg(not(target_arch = "wasm32"))]
mod files;

pub use collation::collation_key;

use crate::data::Words;
#[cfg(not(target_arch = "wasm32"))]
pub use files::strings_to_rust;

/// A language the widget speaks. French is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 tag, also the `lang` URL value.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses a `lang` value, case-insensitively; `None` for a language we do not have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The strings of this language.
    pub fn strings(self) -> &'static Strings {
        static FR: Strings = Strings {
            lang: Lang::Fr,
            by_key: embedded::FR,
        };
        static EN: Strings = Strings {
            lang: Lang::En,
            by_key: embedded::EN,
        };
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

/// The strings of one language, by key.
#[derive(Debug)]
pub struct Strings {
    lang: Lang,
    /// Sorted by key (the generator sorts them), for binary search.
    by_key: &'static [(&'static str, &'static str)],
}

impl Strings {
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text for `key`, or the key itself so a missing string is visible, never blank.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.lookup(key).unwrap_or(key)
    }

    /// The text for `key` if this language has one (optional texts, such as a choice's hint).
    pub fn find(&self, key: &str) -> Option<&'static str> {
        self.lookup(key)
    }

    fn lookup(&self, key: &str) -> Option<&'static str> {
        let at = self.by_key.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
        Some(self.by_key[at].1)
    }

    /// Every key, for the completeness test.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.by_key.iter().map(|(key, _)| *key)
    }
}

impl Strings {
    /// The text for `key` with each `{name}` replaced by its value, in one pass: a value that
    /// itself contains `{to}` (a link's text in a notice) is kept as it is.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let template = self.get(key);
        let mut text = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let value = after.find('}').and_then(|close| {
                let name = &after[..close];
                values
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v, close))
            });
            match value {
                Some((value, close)) => {
                    text.push_str(value);
                    rest = &after[close + 1..];
                }
                None => {
                    text.push('{');
                    rest = after;
                }
            }
        }
        text.push_str(rest);
        text
    }

    /// `<key>-one` or `<key>-many`, whichever the language uses after `count`: French takes
    /// the singular below 2 ("1,5 recharge"), English only for exactly 1 ("1.5 charges").
    pub fn plural<'a>(&'a self, key: &'a str, count: f64) -> &'a str {
        let one = match self.lang {
            Lang::Fr => count.abs() < 2.0,
            Lang::En => count == 1.0,
        };
        let full = format!("{key}-{}", if one { "one" } else { "many" });
        self.lookup(&full).unwrap_or(key)
    }
}

impl Strings {
    /// A reader's text from the data files, in this language.
    pub fn words<'a>(&self, words: &'a Words) -> &'a str {
        match self.lang {
            Lang::Fr => &words.fr,
            Lang::En => &words.en,
        }
    }

    /// A data file's unit as readers write it: symbols stay, words are translated, a ratio
    /// has none. `None` for a unit this table does not know (a test lists the data's).
    pub fn unit<'a>(&'a self, unit: &'a str) -> Option<&'a str> {
        let key = match unit {
            "Wh" | "W" | "L" | "g CO2e" => return Some(unit),
            "ratio" => return Some(""),
            "tokens" => "unit-tokens",
            "billion parameters" => "unit-billion-parameters",
            "Wh per input token" => "unit-wh-per-input-token",
            _ => return None,
        };
        self.lookup(key)
    }
}
