//! The page in every other language, for search engines: one `<link
//! rel="alternate" hreflang>` per locale, with the full address they require.
//! Written straight into the document's head (not through leptos_meta, which
//! registers and renders each tag on its own: 4 % of a rendered list page).

use leptos::prelude::*;

use crate::i18n::locales;

/// For the request being answered; nothing outside a request.
pub fn alternates() -> impl IntoView {
    let here = use_context::<http::request::Parts>().map(|parts| {
        parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned())
    });
    let site = crate::state::app_state()
        .map(|s| s.accounts.site_url.clone())
        .unwrap_or_default();
    here.map(|here| {
        locales::LOCALES
            .iter()
            .map(|(code, _)| {
                let href = format!("{site}{}", locales::switch_path(&here, code));
                view! { <link rel="alternate" hreflang=*code href=href/> }
            })
            .collect_view()
    })
}
