//! Protects the translation files: both languages say everything, nothing is blank.

use empreinte::i18n::Lang;

#[test]
fn every_language_has_the_same_non_empty_strings() {
    let fr: Vec<&str> = Lang::Fr.strings().keys().collect();
    assert!(fr.len() >= 5, "French strings did not parse: {fr:?}");
    for lang in Lang::ALL {
        let strings = lang.strings();
        let keys: Vec<&str> = strings.keys().collect();
        assert_eq!(keys, fr, "{} keys differ from French", lang.tag());
        for key in keys {
            assert!(
                !strings.get(key).trim().is_empty(),
                "{}:{key} is blank",
                lang.tag()
            );
        }
    }
}

#[test]
fn a_missing_key_shows_itself_rather_than_nothing() {
    assert_eq!(Lang::En.strings().get("no-such-key"), "no-such-key");
}

#[test]
fn lang_tags_parse_case_insensitively_and_reject_others() {
    assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
    assert_eq!(Lang::from_tag(" fr "), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("de"), None);
    assert_eq!(Lang::default(), Lang::Fr);
}

#[test]
fn templates_fill_their_values_and_plurals_follow_each_language() {
    let fr = Lang::Fr.strings();
    let text = fr.fill(
        "figure-equivalence",
        &[("count", "0,4"), ("unit", "recharge")],
    );
    assert!(
        text.contains("0,4 recharge") && !text.contains('{'),
        "{text}"
    );
    assert_eq!(
        fr.plural("count-images", 1.5),
        fr.get("count-images-one"),
        "French: singular below 2"
    );
    assert_eq!(fr.plural("count-images", 2.0), fr.get("count-images-many"));
    let en = Lang::En.strings();
    assert_eq!(en.plural("count-images", 1.0), en.get("count-images-one"));
    assert_eq!(
        en.plural("count-images", 1.5),
        en.get("count-images-many"),
        "English: plural unless exactly 1"
    );
}

/// What French typography forbids in a reader's text, with why: a straight apostrophe beside
/// curly ones, a breakable space that lets a guillemet or a high punctuation mark start a
/// line, and a breakable space inside a number ("10 000" split over two lines).
fn french_typography_faults(text: &str) -> Vec<&'static str> {
    let chars: Vec<char> = text.chars().collect();
    let mut faults = Vec::new();
    if text.contains('\'') {
        faults.push("straight apostrophe (’)");
    }
    for (i, pair) in chars.windows(2).enumerate() {
        match pair {
            ['«', ' '] => faults.push("breakable space after «"),
            [' ', '»'] => faults.push("breakable space before »"),
            [' ', ':'] => faults.push("breakable space before : (U+00A0)"),
            [' ', ';' | '!' | '?'] => faults.push("breakable space before ; ! ? (U+202F)"),
            [d, ' '] if d.is_ascii_digit() => {
                let next: String = chars[i + 2..].iter().take(4).collect();
                let group = next.chars().take(3).all(|c| c.is_ascii_digit())
                    && !next.chars().nth(3).is_some_and(|c| c.is_ascii_digit());
                if group && next.chars().count() >= 3 {
                    faults.push("breakable space inside a number (U+202F)");
                }
            }
            _ => {}
        }
    }
    faults
}

#[test]
fn french_strings_follow_french_typography() {
    let fr = Lang::Fr.strings();
    let faults: Vec<String> = fr
        .keys()
        .flat_map(|key| {
            french_typography_faults(fr.get(key))
                .into_iter()
                .map(move |fault| format!("{key}: {fault}"))
        })
        .collect();
    assert_eq!(faults, Vec::<String>::new());
}

#[test]
fn the_typography_check_finds_each_fault() {
    assert_eq!(
        french_typography_faults("l’eau « ainsi » : 10 000 ; oui ?").len(),
        6
    );
    assert_eq!(french_typography_faults("l'eau").len(), 1);
    assert!(
        french_typography_faults(
            "l’eau «\u{202F}ainsi\u{202F}»\u{A0}: 10\u{202F}000\u{202F}; oui\u{202F}?"
        )
        .is_empty()
    );
    assert!(
        french_typography_faults("4 images et 10 messages").is_empty(),
        "a count, not a number split"
    );
}
