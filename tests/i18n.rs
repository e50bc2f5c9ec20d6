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
        fr.plural("pack", 1.5),
        fr.get("pack-one"),
        "French: singular below 2"
    );
    assert_eq!(fr.plural("pack", 2.0), fr.get("pack-many"));
    let en = Lang::En.strings();
    assert_eq!(en.plural("pack", 1.0), en.get("pack-one"));
    assert_eq!(
        en.plural("pack", 1.5),
        en.get("pack-many"),
        "English: plural unless exactly 1"
    );
}
