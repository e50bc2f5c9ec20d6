//! User-facing text: one TOML file of strings per language, embedded at build time.

use std::collections::BTreeMap;
use std::sync::OnceLock;

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

    fn source(self) -> &'static str {
        match self {
            Lang::Fr => include_str!("../../assets/i18n/fr.toml"),
            Lang::En => include_str!("../../assets/i18n/en.toml"),
        }
    }

    /// The strings of this language, parsed once.
    pub fn strings(self) -> &'static Strings {
        static FR: OnceLock<Strings> = OnceLock::new();
        static EN: OnceLock<Strings> = OnceLock::new();
        let cell = match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        };
        cell.get_or_init(|| Strings::parse(self, self.source()))
    }
}

/// The strings of one language, by key.
#[derive(Debug)]
pub struct Strings {
    lang: Lang,
    by_key: BTreeMap<String, String>,
}

impl Strings {
    /// Parses a flat `key = "text"` file. A malformed file yields no strings (every lookup then
    /// shows its key), which the native tests rule out for the shipped files.
    fn parse(lang: Lang, source: &str) -> Strings {
        let by_key = toml::from_str(source).unwrap_or_default();
        Strings { lang, by_key }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text for `key`, or the key itself so a missing string is visible, never blank.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.by_key.get(key).map_or(key, String::as_str)
    }

    /// Every key, for the completeness test.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.by_key.keys().map(String::as_str)
    }
}

impl Strings {
    /// The text for `key` with each `{name}` replaced by its value.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.get(key).to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }

    /// `<key>-one` or `<key>-many`, whichever the language uses after `count`: French takes
    /// the singular below 2 ("1,5 recharge"), English only for exactly 1 ("1.5 charges").
    pub fn plural<'a>(&'a self, key: &'a str, count: f64) -> &'a str {
        let one = match self.lang {
            Lang::Fr => count.abs() < 2.0,
            Lang::En => count == 1.0,
        };
        let full = format!("{key}-{}", if one { "one" } else { "many" });
        self.by_key.get(&full).map_or(key, String::as_str)
    }
}
