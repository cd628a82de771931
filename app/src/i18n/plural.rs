//! Plural categories and number formatting from current CLDR data: ICU4X on the
//! server, the browser's own `Intl` in the WASM, so both pick the same variant.

/// ICU4X rules and formatters, built once per locale and thread.
#[cfg(feature = "ssr")]
mod cache {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;

    use icu_decimal::DecimalFormatter;
    use icu_plurals::PluralRules;

    thread_local! {
        static RULES: RefCell<HashMap<String, Option<Rc<PluralRules>>>> = RefCell::default();
        static FORMATTERS: RefCell<HashMap<String, Option<Rc<DecimalFormatter>>>> = RefCell::default();
    }

    fn parse(locale: &str) -> Option<icu_locale_core::Locale> {
        locale.parse().ok()
    }

    pub fn rules(locale: &str) -> Option<Rc<PluralRules>> {
        RULES.with_borrow_mut(|cache| {
            cache
                .entry(locale.to_owned())
                .or_insert_with(|| {
                    let l = parse(locale)?;
                    PluralRules::try_new_cardinal((&l).into()).ok().map(Rc::new)
                })
                .clone()
        })
    }

    pub fn formatter(locale: &str) -> Option<Rc<DecimalFormatter>> {
        FORMATTERS.with_borrow_mut(|cache| {
            cache
                .entry(locale.to_owned())
                .or_insert_with(|| {
                    let l = parse(locale)?;
                    DecimalFormatter::try_new((&l).into(), Default::default())
                        .ok()
                        .map(Rc::new)
                })
                .clone()
        })
    }
}

#[cfg(feature = "ssr")]
pub fn category(locale: &str, n: f64) -> &'static str {
    use icu_plurals::PluralCategory;
    let Some(rules) = cache::rules(locale) else {
        return "other";
    };
    let operands = if n.fract() == 0.0 && n.abs() < 1e15 {
        icu_plurals::PluralOperands::from(n as i64)
    } else {
        match n.to_string().parse::<fixed_decimal::Decimal>() {
            Ok(decimal) => icu_plurals::PluralOperands::from(&decimal),
            Err(_) => return "other",
        }
    };
    match rules.category_for(operands) {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(feature = "ssr")]
pub fn format_number(locale: &str, n: f64) -> String {
    let fallback = || n.to_string();
    let Some(formatter) = cache::formatter(locale) else {
        return fallback();
    };
    let Ok(decimal) = n.to_string().parse::<fixed_decimal::Decimal>() else {
        return fallback();
    };
    formatter.format(&decimal).to_string()
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn category(locale: &str, n: f64) -> &'static str {
    use js_sys::{Array, Intl::PluralRules, Object};
    let rules = PluralRules::new(&Array::of1(&locale.into()), &Object::new());
    match String::from(rules.select(n)).as_str() {
        "zero" => "zero",
        "one" => "one",
        "two" => "two",
        "few" => "few",
        "many" => "many",
        _ => "other",
    }
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn format_number(locale: &str, n: f64) -> String {
    use js_sys::{Array, Intl::NumberFormat, Object};
    let format = NumberFormat::new(&Array::of1(&locale.into()), &Object::new()).format();
    format
        .call1(&wasm_bindgen::JsValue::NULL, &n.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn current_cldr_categories() {
        assert_eq!(category("en", 1.0), "one");
        assert_eq!(category("de", 5.0), "other");
        assert_eq!(category("pl", 3.0), "few");
        assert_eq!(category("pl", 5.0), "many");
        assert_eq!(category("mt", 2.0), "two");
        assert_eq!(category("fr", 1_000_000.0), "many");
    }

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(format_number("en", 12345.0), "12,345");
        assert_eq!(format_number("de", 12345.0), "12.345");
    }
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
pub fn category(_locale: &str, n: f64) -> &'static str {
    if n == 1.0 {
        "one"
    } else {
        "other"
    }
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
pub fn format_number(_locale: &str, n: f64) -> String {
    n.to_string()
}
