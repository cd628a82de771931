//! The one server function of the i18n layer: a locale's messages.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::Bundle;

/// Every message of a supported locale, pre-parsed (falls back to the reference locale).
#[server(endpoint = "bundle", input = GetUrl)]
pub async fn get_bundle(locale: String) -> Result<Arc<Bundle>, ServerFnError> {
    let state = crate::state::app_state()?;
    crate::ui::security::remember_locale(&locale);
    Ok(state.catalog.bundle(&locale))
}
