//! The document title: the page's name, then the platform's.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;

#[component]
pub fn PageTitle(id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || {
        format!(
            "{} · {}",
            i18n.format(id, &[]),
            i18n.format("site-name", &[])
        )
    };
    // Kept for a late read after the page's owner is gone (the 404 handler reads titles last).
    let rendered = title();
    view! { <Title text=move || if i18n.bundle_alive() { title() } else { rendered.clone() }/> }
}

/// The document title for a record: its own name, then the platform's.
#[component]
pub fn PageTitleText(text: String) -> impl IntoView {
    let i18n = use_i18n();
    let site = i18n.format("site-name", &[]);
    let title = move || {
        let site = if i18n.bundle_alive() {
            i18n.format("site-name", &[])
        } else {
            site.clone()
        };
        format!("{text} · {site}")
    };
    view! { <Title text=title/> }
}
