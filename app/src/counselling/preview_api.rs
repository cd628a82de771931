//! The Markdown preview: the one server function an island calls (the ask
//! and reply forms' `MarkdownEditor`).

use leptos::prelude::*;

use crate::account::FormError;

/// The HTML a Markdown text will show as (the ask and reply forms' preview).
#[server(endpoint = "counselling/preview")]
pub async fn preview(body: String) -> Result<String, FormError> {
    if body.chars().count() > store::counselling::MAX_BODY_CHARS {
        return Err(crate::account::api_support::refused("error-text-too-long"));
    }
    Ok(store::counselling::markdown::render(&body))
}
