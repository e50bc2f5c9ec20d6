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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_read_as_each_language_writes_them() {
        assert_eq!(month_year(2026, 12, Lang::Fr), "décembre 2026");
        assert_eq!(month_year(2026, 1, Lang::En), "January 2026");
        assert_eq!(month_year(2026, 13, Lang::En), "2026", "no month 13");
        assert_eq!(month_year(2026, 0, Lang::Fr), "2026", "no month 0");
    }
}
