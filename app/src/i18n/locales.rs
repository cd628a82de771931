//! The interface languages the platform speaks, and how a first visit picks one.

/// The reference locale: every other locale has all of its messages.
pub const REFERENCE: &str = "en";

/// Supported locales with their names in their own language (endonyms), by code.
/// These names, "EuroVET Commons" and "Erasmus+" are the only text a locale may
/// leave as it is written elsewhere (see `completeness.rs`).
pub const LOCALES: &[(&str, &str)] = &[
    ("bg", "Български"),
    ("bs", "Bosanski"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("is", "Íslenska"),
    ("it", "Italiano"),
    ("ka", "ქართული"),
    ("lb", "Lëtzebuergesch"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("mk", "Македонски"),
    ("mt", "Malti"),
    ("nb", "Norsk bokmål"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("sq", "Shqip"),
    ("sr", "Српски"),
    ("sv", "Svenska"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
];

/// A supported locale's name in its own language.
pub fn endonym(locale: &str) -> Option<&'static str> {
    LOCALES
        .iter()
        .find(|(code, _)| *code == locale)
        .map(|(_, name)| *name)
}

/// Every supported locale's code, in order.
pub fn codes() -> Vec<&'static str> {
    LOCALES.iter().map(|(code, _)| *code).collect()
}

pub fn is_supported(locale: &str) -> bool {
    LOCALES.iter().any(|(code, _)| *code == locale)
}

/// The supported locale a path starts with (`/de/directory` → `de`).
pub fn from_path(path: &str) -> Option<&'static str> {
    let first = path.trim_start_matches('/').split('/').next()?;
    LOCALES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| *code == first)
}

/// The same path under another locale prefix.
pub fn switch_path(path: &str, locale: &str) -> String {
    let rest = match from_path(path) {
        Some(current) => &path.trim_start_matches('/')[current.len()..],
        None => path,
    };
    let rest = rest.trim_start_matches('/');
    if rest.is_empty() {
        format!("/{locale}")
    } else {
        format!("/{locale}/{rest}")
    }
}

/// The best supported locale for an `Accept-Language` header.
#[cfg(feature = "ssr")]
pub fn negotiate(accept_language: &str) -> &'static str {
    use fluent_langneg::LanguageIdentifier;
    use fluent_langneg::{negotiate_languages, parse_accepted_languages, NegotiationStrategy};
    // Norwegian without a script is read as Bokmål; Montenegrin is served in Serbian.
    let requested: Vec<LanguageIdentifier> = parse_accepted_languages(accept_language)
        .into_iter()
        .map(|tag| match tag.language.as_str() {
            "no" | "nn" => "nb".parse().unwrap_or(tag),
            "cnr" => "sr".parse().unwrap_or(tag),
            _ => tag,
        })
        .collect();
    let available: Vec<LanguageIdentifier> = LOCALES
        .iter()
        .filter_map(|(code, _)| code.parse().ok())
        .collect();
    let default: LanguageIdentifier = REFERENCE
        .parse()
        .expect("the reference locale is a valid tag");
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    let chosen = chosen.first().map(|l| l.to_string()).unwrap_or_default();
    LOCALES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| *code == chosen)
        .unwrap_or(REFERENCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_switch_locale_and_keep_the_rest() {
        assert_eq!(from_path("/de/directory"), Some("de"));
        assert_eq!(from_path("/xx/directory"), None);
        assert_eq!(switch_path("/en/directory?q=1", "de"), "/de/directory?q=1");
        assert_eq!(switch_path("/en", "de"), "/de");
        assert_eq!(switch_path("/en/", "de"), "/de");
        assert_eq!(switch_path("/", "de"), "/de");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn accept_language_picks_the_best_supported_locale() {
        assert_eq!(negotiate("de-AT,de;q=0.9,en;q=0.5"), "de");
        assert_eq!(negotiate("fr-FR,de;q=0.7"), "fr");
        assert_eq!(negotiate("ja"), "en");
        assert_eq!(negotiate("no-NO,en;q=0.5"), "nb");
        assert_eq!(negotiate("mt-MT,en;q=0.8"), "mt");
        assert_eq!(negotiate("sr-RS"), "sr");
        assert_eq!(negotiate("ga-IE,en-IE;q=0.8"), "ga");
        assert_eq!(negotiate(""), "en");
    }
}
