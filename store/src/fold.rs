//! Folding text for matching and for ASCII identifiers: lower case, no accents,
//! so that "Lodz" finds "Łódź" and "Αθηνα" finds "Αθήνα".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower-cases and strips diacritics in Latin, Greek and Cyrillic text.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' => out.push('d'),
            'ħ' | 'Ħ' => out.push('h'),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'þ' | 'Þ' => out.push_str("th"),
            'ð' | 'Ð' => out.push('d'),
            'ς' => out.push('σ'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A lower-case ASCII identifier made of the folded words of `text`,
/// or `None` when nothing of it is ASCII (Greek, Cyrillic or Georgian names).
pub fn ascii_slug(text: &str) -> Option<String> {
    let folded = fold(text);
    let mut slug = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    (!slug.is_empty()).then_some(slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_in_three_scripts() {
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Αθήνα"), "αθηνα");
        assert_eq!(fold("ΟΔΟΣ"), "οδοσ");
        assert_eq!(fold("Київ"), "киів");
        assert_eq!(fold("Straße Øresund"), "strasse oresund");
    }

    #[test]
    fn slugs_are_ascii_or_absent() {
        assert_eq!(
            ascii_slug("Berufsschule München").as_deref(),
            Some("berufsschule-munchen")
        );
        assert_eq!(
            ascii_slug("  Škola -- Brno! ").as_deref(),
            Some("skola-brno")
        );
        assert_eq!(ascii_slug("Αθήνα"), None);
    }
}
