use leptos::prelude::*;

use super::{member_countries, PickerCountry};
use crate::i18n::{locales, t, use_i18n, Arg};
use crate::ui::query::query_text;
use crate::ui::{loaded, PageTitle};

/// `/{locale}/language?from=/{locale}/...`: every member country with links to
/// the page the visitor came from, in each of the country's languages. Without
/// JavaScript or with it, they are plain links.
#[component]
pub fn LanguagePage() -> impl IntoView {
    let i18n = use_i18n();
    let from = query_text("from").and_then(|from| {
        let local = from.starts_with('/') && !from.starts_with("//") && !from.contains('\\');
        (local && locales::from_path(&from).is_some()).then_some(from)
    });
    let current = move || {
        let locale = i18n.locale();
        let name = locales::endonym(&locale).unwrap_or_default();
        i18n.format("language-current", &[("language", Arg::from(name))])
    };
    view! {
        <PageTitle id="language-title"/>
        <section class="hero">
            <h1>{t("language-title")}</h1>
            <p class="lead">{t("language-lead")}</p>
            <p>{current}</p>
        </section>
        {loaded(member_countries(i18n.locale()), move |countries: Vec<PickerCountry>| view! {
            <ul class="country-list" aria-label=t("language-countries")>
                {countries
                    .into_iter()
                    .map(|country| view! { <CountryItem country from=from.clone()/> })
                    .collect_view()}
            </ul>
        })}
    }
}

#[component]
fn CountryItem(country: PickerCountry, from: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let name_id = format!("country-{}", country.code);
    let main = country.locales.first().cloned().unwrap_or_default();
    let endonym = country.endonym.clone();
    let name = {
        let name_id = name_id.clone();
        move || i18n.format(&name_id, &[])
    };
    let show_endonym = {
        let name = name.clone();
        move || (name() != endonym).then(|| country.endonym.clone())
    };
    let languages = country
        .locales
        .into_iter()
        .map(|code| view! { <LanguageLink code from=from.clone()/> })
        .collect_view();
    view! {
        <li class="country" data-country=country.code>
            <h2 class="country__name">
                {name}
                {move || show_endonym().map(|e| view! { " " <span class="country__endonym" lang=main.clone()>{e}</span> })}
            </h2>
            <ul class="country__languages">{languages}</ul>
        </li>
    }
}

#[component]
fn LanguageLink(code: String, from: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let endonym = locales::endonym(&code).unwrap_or_default();
    let href = match from {
        Some(from) => locales::switch_path(&from, &code),
        None => format!("/{code}"),
    };
    let current = {
        let code = code.clone();
        move || (i18n.locale() == code).then_some("true")
    };
    let name_id = format!("language-{code}");
    let translated = move || {
        let name = i18n.format(&name_id, &[]);
        (name != endonym).then_some(name)
    };
    view! {
        <li>
            <a href=href hreflang=code.clone() aria-current=current>
                <span lang=code.clone()>{endonym}</span>
                {move || translated().map(|n| view! { <span class="country__translation">{n}</span> })}
            </a>
        </li>
    }
}
