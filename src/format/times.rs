use super::decimal;
use crate::compare::Multiple;
use crate::i18n::Lang;

/// Significant digits of a multiple: "× 640", "÷ 12", "× 1,5".
const SIGNIFICANT: u32 = 2;

/// A multiple of the reader's scenario as the note after a bar: "× 640" or "÷ 12", the
/// number written as `lang` writes it, held to its sign by a no-break space.
pub fn times(multiple: Multiple, lang: Lang) -> String {
    let (sign, count) = match multiple {
        Multiple::Times(count) => ('×', count),
        Multiple::Divided(count) => ('÷', count),
    };
    format!("{sign}\u{a0}{}", decimal(count, lang, SIGNIFICANT))
}
