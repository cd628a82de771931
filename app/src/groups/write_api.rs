//! The working groups' forms (server functions): founding, joining and
//! leaving, the leaders' decisions, appointing a leader and stepping down.

#![cfg(feature = "ssr")]

use leptos::prelude::*;

use super::paths;
use crate::account::api_support::*;
use crate::account::FormError;

/// Back to the group's page with a notice.
async fn back(state: &AppState, locale: &str, group: i32, notice: &str) -> Result<(), FormError> {
    let slug = store::groups::read::slug_of(&state.db, group)
        .await?
        .ok_or_else(|| refused("error-group-unknown"))?;
    go(format!("{}?done={notice}", paths::group(locale, &slug)));
    Ok(())
}

#[server(endpoint = "groups/found")]
#[allow(clippy::too_many_arguments)]
pub async fn found(
    locale: String,
    network: String,
    title: String,
    topic: String,
    lang: String,
    purpose: String,
    deliverables: String,
    starts_on: String,
    ends_on: String,
    admission: String,
    visibility: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let network_id = match network.as_str() {
        "" => None,
        id => Some(id.parse().map_err(|_| refused("error-choice-unknown"))?),
    };
    let new = store::groups::write::NewGroup {
        title,
        network_id,
        topic,
        lang,
        purpose,
        deliverables,
        starts_on,
        ends_on,
        admission,
        visibility,
    };
    let slug = store::groups::write::found(&state.db, &actor, &new, &locales::codes()).await?;
    go(format!("{}?done=group-founded", paths::group(&locale, &slug)));
    Ok(())
}

/// Joins at once, asks, or accepts an invitation, as the group admits.
#[server(endpoint = "groups/join")]
pub async fn join(locale: String, group: i32) -> Result<(), FormError> {
    use store::vocabulary::GroupStanding;
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let standing = store::groups::write::join(&state.db, &actor, group).await?;
    let notice = match standing {
        GroupStanding::Member => "group-joined",
        _ => "group-requested",
    };
    back(&state, &locale, group, notice).await
}

#[server(endpoint = "groups/leave")]
pub async fn leave(locale: String, group: i32) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::groups::write::leave(&state.db, &actor, group).await?;
    back(&state, &locale, group, "group-left").await
}

/// A leader accepts or declines a request (`decision`: `accept` or `decline`).
#[server(endpoint = "groups/decide")]
pub async fn decide(
    locale: String,
    group: i32,
    member: i32,
    decision: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let accept = accepted(&decision)?;
    store::groups::write::decide(&state.db, &actor, group, member, accept).await?;
    back(&state, &locale, group, "group-decided").await
}

#[server(endpoint = "groups/appoint")]
pub async fn appoint(locale: String, group: i32, member: i32) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::groups::write::appoint(&state.db, &actor, group, member).await?;
    back(&state, &locale, group, "group-leader-appointed").await
}

/// A leader steps down (their term ends; it stays in the history).
#[server(endpoint = "groups/step-down")]
pub async fn step_down(locale: String, group: i32) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::groups::write::step_down(&state.db, &actor, group, actor.member_id).await?;
    back(&state, &locale, group, "group-stepped-down").await
}
