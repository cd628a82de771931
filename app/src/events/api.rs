//! The loaders of the events' pages (read-only server functions).

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{
    CalendarView, EventChoices, EventFilter, EventList, EventValues, EventView, NewEventForm,
};
use crate::account::{Editable, FormError};

/// Events per page of the list.
pub const EVENTS_PER_PAGE: u32 = 20;

/// One page of the events to come (or of the past ones), as the URL says.
#[server(endpoint = "events/list", input = GetUrl)]
pub async fn list_events(filter: EventFilter) -> Result<EventList, FormError> {
    use crate::account::api_support::*;
    use store::events::read::EventQuery;
    use store::vocabulary::EventKind;
    let state = app_state()?;
    let viewer = actor();
    let networks = store::events::read::networks_with_events(&state.db).await?;
    let network_id = filter
        .network
        .as_deref()
        .and_then(|slug| networks.iter().find(|n| n.1 == slug))
        .map(|n| n.0);
    let page = filter.page.unwrap_or(1).clamp(1, 10_000);
    let query = EventQuery {
        past: filter.when.as_deref() == Some("past"),
        kind: filter.kind.as_deref().and_then(EventKind::parse),
        network_id,
        group_id: None,
        page: u64::from(page - 1),
        per_page: u64::from(EVENTS_PER_PAGE),
    };
    let found = store::events::read::list(&state.db, viewer.as_ref(), &query).await?;
    let reader = super::support::reader_zone();
    let organises = match &viewer {
        Some(a) => store::events::organising(&state.db, a).await?.anywhere(),
        None => false,
    };
    Ok(EventList {
        pages: (found.total.div_ceil(u64::from(EVENTS_PER_PAGE)) as u32).max(1),
        total: found.total,
        page,
        lines: found
            .events
            .into_iter()
            .map(|e| super::support::line(e, reader))
            .collect(),
        networks: networks
            .into_iter()
            .map(|(_, slug, name)| (slug, name))
            .collect(),
        organises,
        signed_in: viewer.is_some(),
    })
}

/// An event's page; its participants for its organisers.
#[server(endpoint = "events/event", input = GetUrl)]
pub async fn load_event(id: i32, locale: String) -> Result<Option<EventView>, FormError> {
    use crate::account::api_support::*;
    let state = app_state()?;
    let viewer = actor();
    let Some(page) = store::events::read::event(&state.db, viewer.as_ref(), id).await? else {
        return Ok(None);
    };
    let organiser = page.organiser;
    let locale = locale_of(&locale);
    let mut view =
        super::support::event_view(page, super::support::reader_zone(), viewer.is_some(), &locale);
    if let (true, Some(actor)) = (organiser, viewer.as_ref()) {
        view.participants = store::events::register::participants(&state.db, actor, id)
            .await?
            .into_iter()
            .map(|p| super::model::ParticipantView {
                name: p.name(),
                member_id: p.member_id,
                organisation: p.organisation,
                country_code: p.country_code,
                attendance: p.attendance,
                access_needs: p.access_needs,
            })
            .collect();
    }
    Ok(Some(view))
}

/// What the form for a new event offers its organiser.
#[server(endpoint = "events/new-form", input = GetUrl)]
pub async fn load_new_event_form() -> Result<Editable<NewEventForm>, FormError> {
    use crate::account::api_support::*;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let organising = store::events::organising(&state.db, &viewer).await?;
    if !organising.anywhere() {
        return Ok(Editable::NotAllowed);
    }
    Ok(Editable::Allowed(NewEventForm {
        networks: organising.networks,
        groups: organising.groups,
        platform: organising.platform,
        choices: choices(&state).await?,
    }))
}

/// What every event's form offers.
async fn choices(state: &crate::state::AppState) -> Result<EventChoices, FormError> {
    let zone = super::support::reader_zone()
        .map(|z| z.name().to_owned())
        .unwrap_or_else(|| "Europe/Brussels".to_owned());
    Ok(EventChoices {
        zones: store::events::time::zone_names()
            .into_iter()
            .map(str::to_owned)
            .collect(),
        zone,
        languages: crate::i18n::locales::codes()
            .into_iter()
            .map(str::to_owned)
            .collect(),
        countries: state.member_countries().await?,
    })
}

/// The form that changes an event, filled with what it is now, for its
/// organisers; a cancelled event is not changed.
#[server(endpoint = "events/edit-form", input = GetUrl)]
pub async fn load_edit_event(id: i32) -> Result<Editable<(EventChoices, EventValues)>, FormError> {
    use crate::account::api_support::*;
    use store::events::time::wall;
    use store::vocabulary::EventStatus;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let Some(page) = store::events::read::event(&state.db, Some(&viewer), id).await? else {
        return Ok(Editable::Missing);
    };
    if !page.organiser || page.event.status == EventStatus::Cancelled {
        return Ok(Editable::NotAllowed);
    }
    let e = page.event;
    let zone = store::events::time::zone(&e.time_zone).unwrap_or(store::events::time::Tz::UTC);
    let wall_time = |at| wall(zone, at).format("%Y-%m-%dT%H:%M").to_string();
    let values = EventValues {
        kind: e.kind.key().to_owned(),
        title: e.title,
        lang: e.lang,
        languages: page.languages,
        description: e.description,
        time_zone: e.time_zone,
        starts: wall_time(e.starts_at),
        ends: wall_time(e.ends_at),
        online_url: e.online_url.unwrap_or_default(),
        venue: e.venue.unwrap_or_default(),
        address: e.address.unwrap_or_default(),
        country_code: e.country_code.unwrap_or_default(),
        visibility: e.visibility.key().to_owned(),
        admission: e.admission.key().to_owned(),
        capacity: e.capacity.map(|c| c.to_string()).unwrap_or_default(),
        host: e.host_organisation_id,
    };
    Ok(Editable::Allowed((choices(&state).await?, values)))
}

/// A member's calendar address, and the public feeds.
#[server(endpoint = "events/calendar", input = GetUrl)]
pub async fn load_calendar(address: Option<String>) -> Result<Editable<CalendarView>, FormError> {
    use crate::account::api_support::*;
    use store::events::calendar;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let new_address = match address {
        Some(token) if calendar::is_current(&state.db, &viewer, &token).await? => Some(format!(
            "{}{}",
            state.accounts.site_url,
            super::paths::personal_feed(&token)
        )),
        _ => None,
    };
    let mut feeds: Vec<(String, String)> = store::network::names(&state.db, None)
        .await?
        .into_iter()
        .map(|(_, slug, name)| {
            let href = format!("{}{}", state.accounts.site_url, super::paths::network_feed(&slug));
            (name, href)
        })
        .collect();
    for group in store::groups::read::list(&state.db, Some(&viewer)).await? {
        if group.group.visibility == store::vocabulary::GroupVisibility::Public && !group.archived {
            let href = format!(
                "{}{}",
                state.accounts.site_url,
                super::paths::group_feed(&group.group.slug)
            );
            feeds.push((group.group.title, href));
        }
    }
    Ok(Editable::Allowed(CalendarView {
        has_address: calendar::has_address(&state.db, &viewer).await?,
        new_address,
        feeds,
    }))
}
