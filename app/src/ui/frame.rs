//! The chrome around every page: the page's language and its description;
//! skip link, header with navigation
//! and the locale switcher, main content, footer.

use leptos::prelude::*;
use leptos_meta::{Html, Meta};
use leptos_router::hooks::use_location;

use super::LanguageLink;
use crate::i18n::{t, use_i18n};

#[component]
pub fn Frame(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let home = move || format!("/{}", i18n.locale());
    let section = move |name: &'static str| move || format!("/{}/{name}", i18n.locale());
    let current = move |name: &'static str| {
        move || {
            // The section's own page is the current page; a page inside the
            // section (a thread, an organisation) marks it as where one is.
            let path = location.pathname.get();
            let mut segments = path.trim_matches('/').split('/').skip(1);
            match (segments.next(), segments.next()) {
                (Some(first), None) if first == name => Some("page"),
                (Some(first), Some(_)) if first == name => Some("true"),
                _ => None,
            }
        }
    };
    view! {
        <Html {..} lang=move || i18n.locale()/>
        <Meta name="description" content=i18n.format("footer-tagline", &[])/>
            <a class="skip-link" href="#main">{t("skip-to-content")}</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <a class="brand" href=home>
                        <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
                            <circle cx="9" cy="16" r="5"/>
                            <circle cx="23" cy="9" r="5"/>
                            <circle cx="23" cy="23" r="5"/>
                            <path d="M9 16 23 9M9 16l14 7M23 9v14"/>
                        </svg>
                        <span class="brand__name">{t("site-name")}</span>
                    </a>
                    <nav class="main-nav" aria-label=t("nav-label")>
                        <a href=section("directory") aria-current=current("directory")>{t("nav-directory")}</a>
                        <a href=section("counselling") aria-current=current("counselling")>{t("nav-counselling")}</a>
                        <a href=section("plans") aria-current=current("plans")>{t("nav-plans")}</a>
                        <a href=section("library") aria-current=current("library")>{t("nav-library")}</a>
                        <a href=section("events") aria-current=current("events")>{t("events-title")}</a>
                        <a href=section("groups") aria-current=current("groups")>{t("groups-title")}</a>
                    </nav>
                    <crate::account::AccountLinks/>
                    <LanguageLink/>
                </div>
            </header>
            <main id="main" class="page">{children()}</main>
            <footer class="site-footer">
                <p>{t("footer-tagline")}</p>
            </footer>
    }
}
