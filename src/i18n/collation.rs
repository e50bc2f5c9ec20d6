//! Sorting names as a reader expects in a list: letters with accents beside their base
//! letter ("Égypte" among the E, not after Z), case ignored.

/// A key that sorts `name` alphabetically in French and English: lower case, the accents of
/// Latin letters dropped, ligatures spelt out.
pub fn collation_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => key.push('a'),
            'ç' => key.push('c'),
            'é' | 'è' | 'ê' | 'ë' => key.push('e'),
            'î' | 'ï' | 'í' | 'ì' => key.push('i'),
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => key.push('o'),
            'û' | 'ü' | 'ú' | 'ù' => key.push('u'),
            'ÿ' | 'ý' => key.push('y'),
            'ñ' => key.push('n'),
            'œ' => key.push_str("oe"),
            'æ' => key.push_str("ae"),
            _ => key.push(c),
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::collation_key;

    #[test]
    fn accented_names_sort_beside_their_base_letter() {
        let mut names = ["Zambie", "Égypte", "Espagne", "États-Unis", "Allemagne"];
        names.sort_by_key(|n| collation_key(n));
        assert_eq!(
            names,
            ["Allemagne", "Égypte", "Espagne", "États-Unis", "Zambie"]
        );
    }
}
