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

/// A day as each language writes it, from `YYYY-MM-DD`: `14 avril 2025`, `14 April 2025`
/// (`1er` for the first in French). Text in another form is returned as it is.
pub fn day_month_year(iso: &str, lang: Lang) -> String {
    let mut parts = iso.splitn(3, '-').map(str::parse::<u16>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return iso.to_owned();
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return iso.to_owned();
    }
    let day = match (lang, day) {
        (Lang::Fr, 1) => "1er".to_owned(),
        _ => day.to_string(),
    };
    format!("{day}\u{a0}{}", month_year(year, month, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_as_each_language_writes_them() {
        assert_eq!(day_month_year("2025-04-14", Lang::Fr), "14\u{a0}avril 2025");
        assert_eq!(day_month_year("2025-06-01", Lang::Fr), "1er\u{a0}juin 2025");
        assert_eq!(day_month_year("2025-06-10", Lang::En), "10\u{a0}June 2025");
        assert_eq!(day_month_year("2025-13-10", Lang::En), "2025-13-10");
        assert_eq!(day_month_year("soon", Lang::Fr), "soon");
    }

    #[test]
    fn months_read_as_each_language_writes_them() {
        assert_eq!(month_year(2026, 12, Lang::Fr), "décembre 2026");
        assert_eq!(month_year(2026, 1, Lang::En), "January 2026");
        assert_eq!(month_year(2026, 13, Lang::En), "2026", "no month 13");
        assert_eq!(month_year(2026, 0, Lang::Fr), "2026", "no month 0");
    }
}
