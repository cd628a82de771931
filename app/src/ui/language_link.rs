//! The header's way to another language: the language on screen, linking to
//! the country picker, which links back to this page in the chosen language.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::query::path_and_query;
use crate::i18n::{locales, t, use_i18n};

#[component]
pub fn LanguageLink() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let href = move || {
        let locale = i18n.locale();
        let path = location.pathname.get();
        if path.trim_end_matches('/').ends_with("/language") {
            return path_and_query(&format!("/{locale}/language"), &location.search.get());
        }
        let here = path_and_query(&path, &location.search.get());
        format!("/{locale}/language?from={}", super::query::encode(&here))
    };
    let name = move || locales::endonym(&i18n.locale()).unwrap_or_default();
    view! {
        <a class="language-link" href=href title=t("language-link")>
            <svg class="language-link__icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="12" cy="12" r="9"/>
                <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z"/>
            </svg>
            <span class="visually-hidden">{t("language-link")} </span>
            <span>{name}</span>
        </a>
    }
}
