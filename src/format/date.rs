use crate::i18n::Lang;

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month as each language writes it: `décembre 2026`, `December 2026`. A month outside
/// 1-12, which the data files refuse, shows as the year alone.
pub fn month_year(year: u16, month: u16, lang: Lang) -> String {
    let names = match lang {
        Lang::Fr => &MONTHS_FR,
        Lang::En => &MONTHS_EN,
    };
    match usize::from(month).checked_sub(1).and_then(|i| names.get(i)) {
        Some(name) => format!("{name} {year}"),
        None => year.to_string(),
    }
}
