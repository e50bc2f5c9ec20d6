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
