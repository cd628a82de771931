//! The page for an address that leads nowhere, in the locale its path names.

use super::PageTitle;
use crate::i18n::t;
use leptos::prelude::*;

/// The page's content, with the 404 status: also for a record that does not exist.
#[component]
pub fn NotFoundContent() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let locale = crate::i18n::use_i18n();
    view! {
        <PageTitle id="not-found-title"/>
        <h1>{t("not-found-title")}</h1>
        <p>{t("not-found-body")}</p>
        <p><a href=move || format!("/{}", locale.locale())>{t("not-found-home")}</a></p>
    }
}
