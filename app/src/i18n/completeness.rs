//! Every locale parses cleanly and has every message of the reference locale,
//! with the same variables, and every plural selector covers the locale's
//! CLDR categories.

use std::collections::BTreeSet;

use icu_plurals::{PluralCategory, PluralRules};

use super::catalog::own_messages;
use super::locales::{LOCALES, REFERENCE};
use super::message::{Key, Part};

fn variables(parts: &[Part], out: &mut BTreeSet<String>) {
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Var(name) => {
                out.insert(name.clone());
            }
            Part::Select { var, variants, .. } => {
                out.insert(var.clone());
                for (_, value) in variants {
                    variables(value, out);
                }
            }
        }
    }
}

fn categories(locale: &str) -> BTreeSet<&'static str> {
    let locale: icu_locale_core::Locale = locale.parse().expect("a valid locale tag");
    let rules =
        PluralRules::try_new_cardinal((&locale).into()).expect("plural rules for every locale");
    rules
        .categories()
        .map(|c| match c {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        })
        .collect()
}

/// Plural selectors whose named keys miss a category of the locale.
fn missing_categories(locale: &str, id: &str, parts: &[Part], problems: &mut Vec<String>) {
    for part in parts {
        if let Part::Select { variants, .. } = part {
            let names: BTreeSet<&str> = variants
                .iter()
                .filter_map(|(k, _)| match k {
                    Key::Name(n) => Some(n.as_str()),
                    Key::Number(_) => None,
                })
                .collect();
            let plural = names
                .iter()
                .all(|n| ["zero", "one", "two", "few", "many", "other"].contains(n));
            if plural {
                for category in categories(locale) {
                    if !names.contains(category) {
                        problems.push(format!("{locale}: {id}: no [{category}] variant"));
                    }
                }
            }
            for (_, value) in variants {
                missing_categories(locale, id, value, problems);
            }
        }
    }
}

#[test]
fn every_locale_is_complete_and_well_formed() {
    let (reference, mut problems) = own_messages(REFERENCE);
    assert!(
        reference.len() > 50,
        "the reference locale has its messages"
    );
    for (locale, _) in LOCALES {
        let (messages, locale_problems) = own_messages(locale);
        problems.extend(locale_problems);
        for (id, parts) in &reference {
            match messages.get(id) {
                None => problems.push(format!("{locale}: missing {id}")),
                Some(translated) => {
                    let (mut want, mut have) = (BTreeSet::new(), BTreeSet::new());
                    variables(parts, &mut want);
                    variables(translated, &mut have);
                    if want != have {
                        problems.push(format!(
                            "{locale}: {id}: variables {have:?}, expected {want:?}"
                        ));
                    }
                    missing_categories(locale, id, translated, &mut problems);
                }
            }
        }
        for id in messages.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!("{locale}: {id} is not in the reference locale"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Messages a locale may write exactly as English does: names, acronyms and
/// words the two languages share. The one list of them; everything else English
/// in another locale is a bug. (locale or `*`, message id or `prefix-*`)
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    // The platform's name.
    ("*", "site-name"),
    // Country names that many languages spell as English does (Portugal, Malta, ...).
    ("*", "country-*"),
    // File sizes: kB and MB are the international unit symbols.
    ("*", "file-size-*"),
    // "ePub" is the format's name in every language.
    ("*", "resource-kind-epub"),
    // "Document" is the Romanian and the Dutch word.
    ("ro", "resource-kind-document"),
    ("nl", "resource-kind-document"),
    // "Video" is the word in these languages too.
    ("de", "resource-kind-video"),
    ("lb", "resource-kind-video"),
    ("nl", "resource-kind-video"),
    ("da", "resource-kind-video"),
    ("it", "resource-kind-video"),
    ("cs", "resource-kind-video"),
    ("sk", "resource-kind-video"),
    ("sq", "resource-kind-video"),
    ("tr", "resource-kind-video"),
    ("fi", "resource-kind-video"),
    ("et", "resource-kind-video"),
    ("lv", "resource-kind-video"),
    ("lv", "resource-licence"),
    ("sv", "resource-kind-video"),
    ("nb", "resource-kind-video"),
    // Swedish says "Presentation" and "Organisation" as English does.
    ("sv", "resource-kind-presentation"),
    ("sv", "resource-organisation"),
    // "Licence" is the Czech word too.
    ("cs", "resource-licence"),
    // German, Danish and French say "Organisation" as English does.
    ("de", "resource-organisation"),
    ("da", "resource-organisation"),
    ("fr", "resource-organisation"),
    // French: "Document", "Licence", and "Attribution" is the official name of CC BY.
    ("fr", "resource-kind-document"),
    ("fr", "resource-licence"),
    ("fr", "licence-cc-by"),
    // "Note" is the Danish and French word.
    ("da", "collection-item-note"),
    ("fr", "collection-item-note"),
    // Italian says "file".
    ("it", "library-file"),
    // "original" is the Spanish and Portuguese word.
    ("es", "resource-original"),
    ("pt", "resource-original"),
    // French writes "Association" as English does.
    ("fr", "organisation-type-association"),
    // Luxembourgish says "Member" for a member.
    ("lb", "membership-level-member"),
    // "Moderator" is the word in these languages too.
    ("bs", "moderation-log-who"),
    ("da", "moderation-log-who"),
    ("hr", "moderation-log-who"),
    ("nb", "moderation-log-who"),
    ("nl", "moderation-log-who"),
    ("pl", "moderation-log-who"),
    ("ro", "moderation-log-who"),
    ("sl", "moderation-log-who"),
    ("sv", "moderation-log-who"),
    // "Text" is the word for the body of a post in these languages.
    ("cs", "post-edit-body"),
    ("de", "post-edit-body"),
    ("lb", "post-edit-body"),
    ("ro", "post-edit-body"),
    ("sk", "post-edit-body"),
    ("sv", "post-edit-body"),
    // German says "Details" and "Moderation" as English does.
    ("de", "ask-field-body"),
    ("de", "moderation-title"),
    // "Status" is the word in these languages too.
    ("bs", "plan-filter-status"),
    ("bs", "activity-field-status"),
    ("da", "plan-filter-status"),
    ("da", "activity-field-status"),
    ("de", "plan-filter-status"),
    ("de", "activity-field-status"),
    ("lb", "plan-filter-status"),
    ("lb", "activity-field-status"),
    ("nb", "plan-filter-status"),
    ("nb", "activity-field-status"),
    ("nl", "plan-filter-status"),
    ("nl", "activity-field-status"),
    ("sv", "plan-filter-status"),
    ("sv", "activity-field-status"),
    // "Vision" and "Version" are the words in these languages too.
    ("da", "strategy-field-vision"),
    ("de", "strategy-field-vision"),
    ("fr", "strategy-field-vision"),
    ("sv", "strategy-field-vision"),
    ("da", "version-number"),
    ("fr", "version-number"),
    ("sv", "version-number"),
    ("fr", "strategy-versions"),
    // French says "Description", "Dates" and "Organisations" as English does.
    ("fr", "activity-field-description"),
    ("fr", "aspiration-field-description"),
    ("fr", "plan-dates"),
    ("fr", "activity-owner-organisations"),
    // "Question" is the French word.
    ("fr", "event-question-text"),
    // "Participant" is the French and Romanian word.
    ("fr", "event-participant"),
    ("ro", "event-participant"),
    // Dutch says "Indicator".
    ("nl", "indicator-field-name"),
    ("nl", "indicator-edit"),
];

fn may_equal_english(locale: &str, id: &str) -> bool {
    SAME_AS_ENGLISH.iter().any(|(in_locale, allowed)| {
        let locale_matches = *in_locale == "*" || *in_locale == locale;
        let id_matches = match allowed.strip_suffix('*') {
            Some(prefix) => id.starts_with(prefix),
            None => *allowed == id,
        };
        locale_matches && id_matches
    })
}

/// The literal text of a message, in every variant.
fn words(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.clone(),
            Part::Var(_) => String::new(),
            Part::Select { variants, .. } => variants.iter().map(|(_, v)| words(v)).collect(),
        })
        .collect()
}

#[test]
fn no_locale_leaves_english_text_but_names() {
    let (reference, _) = own_messages(REFERENCE);
    let mut problems = Vec::new();
    for (locale, _) in LOCALES.iter().filter(|(l, _)| *l != REFERENCE) {
        let (messages, _) = own_messages(locale);
        for (id, parts) in &reference {
            let has_words = words(parts).chars().any(char::is_alphabetic);
            if has_words && messages.get(id) == Some(parts) && !may_equal_english(locale, id) {
                problems.push(format!("{locale}: {id} is still English"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
