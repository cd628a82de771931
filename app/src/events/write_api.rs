//! The events' forms (server functions): registering and withdrawing,
//! announcing and cancelling, the organisers' additions and decisions, and
//! a member's calendar address. Each answers with a redirect to the page it
//! changed, a notice in its address.

#![cfg(feature = "ssr")]

use leptos::prelude::*;

use super::paths;
use crate::account::api_support::*;
use super::mail::Notice;
use crate::account::FormError;

fn back(locale: &str, event: i32, notice: &str) {
    go(format!("{}?done={notice}", paths::event(locale, event)));
}

/// A member takes a place (or joins the waiting list, or asks).
#[server(endpoint = "events/register")]
pub async fn register(locale: String, event: i32, access_needs: String) -> Result<(), FormError> {
    use store::vocabulary::Attendance;
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let standing =
        store::events::register::register(&state.db, &actor, event, &access_needs).await?;
    if standing == Attendance::Registered {
        super::mail::tell(&state, event, vec![actor.member_id], Notice::Place);
    }
    let notice = match standing {
        Attendance::Registered => "event-registered",
        Attendance::Waiting => "event-waiting",
        _ => "event-requested",
    };
    back(&locale, event, notice);
    Ok(())
}

/// A member gives up their place (or their request); the next one waiting gets it.
#[server(endpoint = "events/withdraw")]
pub async fn withdraw(locale: String, event: i32) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let held = store::events::register::holders(&state.db, event)
        .await?
        .contains(&actor.member_id);
    let promoted = store::events::register::withdraw(&state.db, &actor, event).await?;
    if held {
        super::mail::tell(&state, event, vec![actor.member_id], Notice::Off);
    }
    super::mail::tell(&state, event, promoted, Notice::Place);
    back(&locale, event, "event-withdrawn");
    Ok(())
}

/// Where an event is announced: `network:{id}`, `group:{id}` or `platform`.
fn organiser_of(value: &str) -> Result<(Option<i32>, Option<i32>), FormError> {
    let unknown = || refused("error-choice-unknown");
    match value.split_once(':') {
        Some(("network", id)) => Ok((Some(id.parse().map_err(|_| unknown())?), None)),
        Some(("group", id)) => Ok((None, Some(id.parse().map_err(|_| unknown())?))),
        None if value == "platform" => Ok((None, None)),
        _ => Err(unknown()),
    }
}

/// Announces an event, or a series of them.
#[server(endpoint = "events/create")]
#[allow(clippy::too_many_arguments)]
pub async fn create(
    locale: String,
    organiser: String,
    kind: String,
    title: String,
    lang: String,
    languages: Vec<String>,
    description: String,
    time_zone: String,
    starts: String,
    ends: String,
    online_url: String,
    venue: String,
    address: String,
    country_code: String,
    visibility: String,
    admission: String,
    capacity: String,
    repeat: String,
    until: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let (network_id, group_id) = organiser_of(&organiser)?;
    let new = store::events::write::NewEvent {
        kind,
        title,
        lang,
        languages: languages.into_iter().filter(|l| !l.is_empty()).collect(),
        description,
        network_id,
        group_id,
        host_organisation_id: None,
        time_zone,
        starts,
        ends,
        online_url,
        venue,
        address,
        country_code,
        visibility,
        admission,
        capacity,
        repeat,
        until,
    };
    let ids = store::events::write::create(&state.db, &actor, &new, &locales::codes()).await?;
    let first = ids.first().copied().ok_or(FormError::Internal)?;
    back(&locale, first, "event-created");
    Ok(())
}

/// Changes one event (one occurrence alone, for a series); those who hold a
/// place get the change for their calendars (a new `SEQUENCE`).
#[server(endpoint = "events/edit")]
#[allow(clippy::too_many_arguments)]
pub async fn edit(
    locale: String,
    event: i32,
    kind: String,
    host: Option<i32>,
    title: String,
    lang: String,
    languages: Vec<String>,
    description: String,
    time_zone: String,
    starts: String,
    ends: String,
    online_url: String,
    venue: String,
    address: String,
    country_code: String,
    visibility: String,
    admission: String,
    capacity: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let changed = store::events::write::NewEvent {
        kind,
        title,
        lang,
        languages: languages.into_iter().filter(|l| !l.is_empty()).collect(),
        description,
        host_organisation_id: host,
        time_zone,
        starts,
        ends,
        online_url,
        venue,
        address,
        country_code,
        visibility,
        admission,
        capacity,
        ..Default::default()
    };
    store::events::write::edit(&state.db, &actor, event, &changed, &locales::codes()).await?;
    let holders = store::events::register::holders(&state.db, event).await?;
    super::mail::tell(&state, event, holders, Notice::Place);
    back(&locale, event, "event-saved");
    Ok(())
}

/// Cancels an event (one occurrence alone, for a series).
#[server(endpoint = "events/cancel")]
pub async fn cancel(locale: String, event: i32, confirm: Option<String>) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    if confirm.as_deref() != Some("yes") {
        return Err(refused("error-cancel-unconfirmed"));
    }
    let holders = store::events::register::holders(&state.db, event).await?;
    store::events::write::cancel(&state.db, &actor, event).await?;
    super::mail::tell(&state, event, holders, Notice::Off);
    back(&locale, event, "event-cancelled");
    Ok(())
}

/// The organisers accept or decline a request (`decision`: `accept` or `decline`).
#[server(endpoint = "events/decide")]
pub async fn decide(
    locale: String,
    event: i32,
    member: i32,
    decision: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let accept = accepted(&decision)?;
    let standing = store::events::register::decide(&state.db, &actor, event, member, accept).await?;
    if standing == store::vocabulary::Attendance::Registered {
        super::mail::tell(&state, event, vec![member], Notice::Place);
    }
    back(&locale, event, "event-decided");
    Ok(())
}

/// A session added to the agenda.
#[server(endpoint = "events/session")]
pub async fn add_session(
    locale: String,
    event: i32,
    starts: String,
    ends: String,
    title: String,
    speakers: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let session = store::events::write::NewSession {
        starts,
        ends,
        title,
        speakers,
    };
    store::events::write::add_session(&state.db, &actor, event, &session).await?;
    back(&locale, event, "event-session-added");
    Ok(())
}

/// Material added: a library resource (its number or address) or a link.
#[server(endpoint = "events/material")]
pub async fn add_material(
    locale: String,
    event: i32,
    title: String,
    link: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    // A resource of this library: its number, or its page's address here.
    let trimmed = link.trim();
    let ours = trimmed.starts_with('/')
        || trimmed.starts_with(&state.accounts.site_url)
        || trimmed.chars().all(|c| c.is_ascii_digit());
    let resource = ours.then(|| crate::library::resource_number(trimmed)).flatten();
    let link = if resource.is_some() { String::new() } else { link };
    store::events::write::add_material(&state.db, &actor, event, &title, &link, resource).await?;
    back(&locale, event, "event-material-added");
    Ok(())
}

/// The recording's link, once it is online.
#[server(endpoint = "events/recording")]
pub async fn set_recording(locale: String, event: i32, link: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::events::write::set_recording(&state.db, &actor, event, &link).await?;
    back(&locale, event, "event-recording-saved");
    Ok(())
}

/// The organisers invite a member by their e-mail address; the member is
/// told, and takes the place from the event's page.
#[server(endpoint = "events/invite")]
pub async fn invite(locale: String, event: i32, email: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let member = store::events::register::invite_by_email(&state.db, &actor, event, &email).await?;
    super::mail::tell(&state, event, vec![member], Notice::Invited);
    back(&locale, event, "event-invited");
    Ok(())
}

/// A question put to a peer-learning session's discussion groups.
#[server(endpoint = "events/question")]
pub async fn add_question(locale: String, event: i32, text: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::events::write::add_question(&state.db, &actor, event, &text).await?;
    back(&locale, event, "event-question-added");
    Ok(())
}

/// One discussion group's answer to a question, with its conclusions.
#[server(endpoint = "events/answer")]
pub async fn record_answer(
    locale: String,
    event: i32,
    question: i32,
    group: String,
    answer: String,
    conclusions: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::events::write::record_answer(&state.db, &actor, question, &group, &answer, &conclusions)
        .await?;
    back(&locale, event, "event-answer-recorded");
    Ok(())
}

/// A new secret address for the member's calendar; the page shows it once.
#[server(endpoint = "events/calendar-address")]
pub async fn new_calendar_address(locale: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let token = store::events::calendar::new_address(&state.db, &actor).await?;
    go(format!(
        "{}?done=calendar-address-made&address={token}",
        paths::calendar(&locale)
    ));
    Ok(())
}

/// The member's calendar address stops working.
#[server(endpoint = "events/calendar-address/revoke")]
pub async fn revoke_calendar_address(locale: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::events::calendar::revoke(&state.db, &actor).await?;
    go(format!(
        "{}?done=calendar-address-revoked",
        paths::calendar(&locale)
    ));
    Ok(())
}
