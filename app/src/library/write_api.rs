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

server_only! {
    use store::library::attach::Host;

    /// What a form names: a post or an activity.
    fn host_of(host: &str, id: i32) -> Result<Host, FormError> {
        match host {
            "post" => Ok(Host::Post(id)),
            "activity" => Ok(Host::Activity(id)),
            _ => Err(refused("error-choice-unknown")),
        }
    }

    /// Back to the post (its thread's page) or the activity's page.
    async fn back_to_host(state: &AppState, locale: &str, host: Host, notice: &str) -> Result<(), FormError> {
        let path = match host {
            Host::Post(id) => crate::counselling::paths::post(locale, id),
            Host::Activity(id) => {
                let plan = store::plans::edit::strategy_of(&state.db, store::plans::Entity::Activity, id)
                    .await?
                    .ok_or_else(|| refused("error-forbidden"))?;
                crate::plans::paths::activity(locale, plan, id)
            }
        };
        go(format!("{path}?done={notice}"));
        Ok(())
    }
}

/// Attaches the resource named by `resource` (its number or its address).
#[server(endpoint = "library/attach")]
pub async fn attach(locale: String, host: String, id: i32, resource: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let host = host_of(&host, id)?;
    let resource = super::model::resource_number(&resource)
        .ok_or_else(|| refused("error-resource-unknown"))?;
    store::library::attach::attach(&state.db, &actor, host, resource).await?;
    back_to_host(&state, &locale, host, "resource-attached").await
}

/// Takes a resource off a post or an activity.
#[server(endpoint = "library/detach")]
pub async fn detach(locale: String, host: String, id: i32, resource: i32) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let host = host_of(&host, id)?;
    store::library::attach::detach(&state.db, &actor, host, resource).await?;
    back_to_host(&state, &locale, host, "resource-detached").await
}

/// A member reports a resource to its reviewers.
#[server(endpoint = "library/flag")]
pub async fn flag(locale: String, resource: i32, reason: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::library::moderation::flag(&state.db, &actor, resource, &reason).await?;
    go(format!(
        "{}?done=resource-flagged",
        super::paths::resource(&locale, resource)
    ));
    Ok(())
}

/// A reviewer hides, restores or dismisses the reports, with a reason;
/// `back`: `review` returns to the review page, else to the resource.
#[server(endpoint = "library/moderate")]
pub async fn moderate(
    locale: String,
    resource: i32,
    action: String,
    reason: String,
    back: Option<String>,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let action: store::vocabulary::ModerationAction =
        action.parse().map_err(|_| refused("error-choice-unknown"))?;
    store::library::moderation::decide(&state.db, &actor, resource, action, &reason).await?;
    let path = match back.as_deref() {
        Some("review") => super::paths::review(&locale),
        _ => super::paths::resource(&locale, resource),
    };
    go(format!("{path}?done=moderation-saved"));
    Ok(())
}

/// Those who edit a resource change its description and one version.
#[server(endpoint = "library/edit")]
#[allow(clippy::too_many_arguments)]
pub async fn edit(
    locale: String,
    resource: i32,
    version: i32,
    title: String,
    summary: String,
    link: String,
    kind: String,
    audience: String,
    author: String,
    licence: String,
    visibility: String,
    topics: Vec<String>,
    sectors: Vec<String>,
    countries: Vec<String>,
) -> Result<(), FormError> {
    use store::library::write::{NewResource, NewVersion};
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let picked = |v: Vec<String>| v.into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
    let new = NewResource {
        kind,
        audience,
        licence,
        author,
        visibility,
        network_id: None,
        topics: picked(topics),
        sectors: picked(sectors),
        countries: picked(countries),
        draft: false,
        version: NewVersion {
            lang: String::new(),
            title,
            summary,
            link,
        },
    };
    let countries = state.member_countries().await?;
    store::library::write::edit(
        &state.db,
        &actor,
        resource,
        version,
        &new,
        &locales::codes(),
        &countries,
    )
    .await?;
    go(format!(
        "{}?done=resource-saved",
        super::paths::resource(&locale, resource)
    ));
    Ok(())
}
