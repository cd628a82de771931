//! The library's plain forms (server functions): the review of a submitted
//! resource, and publishing a draft. The uploads are routes of their own
//! (`upload.rs`).

#![cfg(feature = "ssr")]

use leptos::prelude::*;

use crate::account::api_support::*;
use crate::account::FormError;

/// `decision`: `publish`, or `return` (back to its owner as a draft).
#[server(endpoint = "library/review")]
pub async fn review(locale: String, resource: i32, decision: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let publish = match decision.as_str() {
        "publish" => true,
        "return" => false,
        _ => return Err(refused("error-choice-unknown")),
    };
    store::library::write::review(&state.db, &actor, resource, publish).await?;
    let notice = if publish {
        "resource-published"
    } else {
        "resource-returned"
    };
    go(format!(
        "{}?done={notice}",
        super::paths::resource(&locale, resource)
    ));
    Ok(())
}

/// The owner publishes a draft (or submits it where the network reviews first).
#[server(endpoint = "library/submit")]
pub async fn submit(locale: String, resource: i32) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let status = store::library::write::submit(&state.db, &actor, resource).await?;
    let notice = match status {
        store::vocabulary::ResourceStatus::Published => "resource-published",
        _ => "resource-submitted",
    };
    go(format!(
        "{}?done={notice}",
        super::paths::resource(&locale, resource)
    ));
    Ok(())
}
