//! Protects the translation files and the data files' reader texts: both languages say
//! everything, nothing is blank, French is set as French is.

#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use empreinte::data::{DataFiles, ReadData, Said, Title, Words};
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

/// The data files as read, once (the bibliography is not in the embedded dataset).
fn shipped() -> &'static ReadData {
    static READ: OnceLock<ReadData> = OnceLock::new();
    READ.get_or_init(|| DataFiles::SHIPPED.read().expect("shipped data"))
}

/// Every reader text of the data files: what each source states, our estimates' names and
/// reasoning, the project's own titles, claims' outlets and paraphrases.
fn data_words() -> Vec<(String, &'static Words)> {
    let data = shipped();
    let mut words: Vec<(String, &Words)> = Vec::new();
    for s in &data.sources {
        words.push((format!("source {}", s.id), &s.about));
        if let Title::Own(title) = &s.title {
            words.push((format!("source {} title", s.id), title));
        }
    }
    for e in &data.own_estimates {
        words.push((format!("estimate {} what", e.id), &e.reasoning.what));
        words.push((format!("estimate {} why", e.id), &e.reasoning.why));
    }
    for s in &data.privacy.statements {
        words.push((format!("privacy statement {}", s.id), &s.text));
    }
    for a in &data.privacy.actions {
        words.push((format!("privacy action {}", a.id), &a.text));
    }
    for c in data.dataset.claims() {
        words.push((format!("claim {} outlet", c.id), &c.outlet));
        if let Said::Paraphrase(said) = &c.said {
            words.push((format!("claim {}", c.id), said));
        }
    }
    words
}

/// The French a French page shows from the data: reader texts, titles published in French,
/// and names (shown in every language, so set with curly apostrophes too).
fn data_french() -> Vec<(String, &'static str)> {
    let mut texts: Vec<(String, &str)> = data_words()
        .into_iter()
        .map(|(at, words)| (at, words.fr.as_ref()))
        .collect();
    for s in &shipped().sources {
        if let Title::Published { text, lang } = &s.title
            && lang == "fr"
        {
            texts.push((format!("source {} title", s.id), text));
        }
        texts.push((format!("source {} authors", s.id), &s.authors));
        texts.push((format!("source {} publisher", s.id), &s.publisher));
    }
    texts
}

#[test]
fn data_texts_follow_french_typography() {
    let faults: Vec<String> = data_french()
        .iter()
        .flat_map(|(at, text)| {
            french_typography_faults(text)
                .into_iter()
                .map(move |fault| format!("{at}: {fault}"))
        })
        .collect();
    assert_eq!(faults, Vec::<String>::new());
}

/// What no reader text may hold in either language: an ISO date (readers get « 10 juin
/// 2025 »), a NaN, a straight apostrophe in the data's texts, a `{name}` left unfilled.
fn text_faults(text: &str, data: bool) -> Vec<&'static str> {
    let bytes = text.as_bytes();
    let iso_date = bytes.windows(10).any(|w| {
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10)
    });
    let mut faults = Vec::new();
    if iso_date {
        faults.push("ISO date");
    }
    if text.contains("NaN") {
        faults.push("NaN");
    }
    if data && text.contains('\'') {
        faults.push("straight apostrophe (’)");
    }
    faults
}

#[test]
fn no_reader_text_holds_an_iso_date_a_nan_or_a_straight_apostrophe() {
    let mut faults = Vec::new();
    for lang in Lang::ALL {
        let strings = lang.strings();
        for key in strings.keys() {
            for fault in text_faults(strings.get(key), false) {
                faults.push(format!("{}:{key}: {fault}", lang.tag()));
            }
        }
    }
    for (at, words) in data_words() {
        for (tag, text) in [("fr", &words.fr), ("en", &words.en)] {
            for fault in text_faults(text, true) {
                faults.push(format!("{tag}: {at}: {fault}"));
            }
        }
    }
    assert_eq!(faults, Vec::<String>::new());
    assert_eq!(text_faults("le 2025-06-10, NaN l'eau", true).len(), 3);
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

/// The text of an HTML fragment, tags dropped and entities read back.
fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn the_sources_panel_lists_everything_in_readers_words_only() {
    use empreinte::export::sources_html;
    let data = shipped();
    // Every maintainers' note, whole, as the file writes it (escapes aside): none may reach
    // readers (a reader's text may start like its note, never be it).
    let notes: Vec<&str> = DataFiles::SHIPPED
        .sources
        .lines()
        .chain(DataFiles::SHIPPED.equivalents.lines())
        .chain(DataFiles::SHIPPED.chat.lines())
        .filter_map(|line| line.split_once("note = \"").map(|(_, note)| note))
        .filter_map(|note| note.split_once('"').map(|(note, _)| note))
        .collect();
    assert!(notes.len() > 60, "{} notes found", notes.len());
    for lang in Lang::ALL {
        let html = sources_html(data, lang);
        for s in &data.sources {
            assert!(
                html.contains(&format!("data-source=\"{}\"", s.id)),
                "{}",
                s.id
            );
        }
        for e in &data.own_estimates {
            assert!(
                html.contains(&format!("data-estimate=\"{}\"", e.id)),
                "{}",
                e.id
            );
        }
        let text = html_text(&html);
        let leaked: Vec<&&str> = notes.iter().filter(|n| text.contains(**n)).collect();
        assert_eq!(leaked, Vec::<&&str>::new(), "{lang:?}: notes in the panel");
        assert_eq!(text_faults(&text, false), Vec::<&str>::new(), "{lang:?}");
        if lang == Lang::Fr {
            // Titles published in English keep their own typography.
            let french: String = html
                .split("<cite lang=\"en\">")
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once("</cite>").map_or("", |(_, rest)| rest)
                    }
                })
                .collect();
            let faults = french_typography_faults(&html_text(&french));
            assert_eq!(faults, Vec::<&str>::new(), "French panel");
        }
    }
}

#[test]
fn a_filled_value_is_never_read_as_a_template() {
    let en = Lang::En.strings();
    let text = en.fill("field-clamped", &[("to", "{to}")]);
    assert_eq!(
        text,
        en.get("field-clamped"),
        "the value, `{{to}}`, is put in once"
    );
    let note = en.fill(
        "figure-equivalence",
        &[("count", "{unit}"), ("unit", "charges")],
    );
    assert!(
        note.contains("{unit}") && note.contains("charges"),
        "{note}"
    );
}
