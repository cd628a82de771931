//! The calendars members take home: a file per event and per series, a feed
//! per network and per group (their public events), and a personal feed at
//! a secret address (the member's registrations, and the events of their
//! networks and groups) that the member can revoke. No one's e-mail address
//! is in any of them.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder,
};

use super::ics::{Calendar, CalendarEvent, Method, Parties};
use super::time::zone;
use super::write::{rule, series_end};
use super::Reader;
use crate::account::secret::{digest, new_token, well_formed};
use crate::account::Actor;
use crate::entity::{calendar_token, event, event_series, network, registration, working_group};
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::vocabulary::{Attendance, EventStatus, GroupVisibility, Visibility};
use crate::{Db, StoreError};

/// How far back a feed reaches: programs keep what they read before.
const FEED_HISTORY_DAYS: i64 = 365;

/// What a calendar shows of an event: a feed reads no more than this.
#[derive(Debug, Clone, FromQueryResult)]
struct Listed {
    id: i32,
    uid: String,
    sequence: i32,
    updated_at: DateTime<Utc>,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    time_zone: String,
    lang: String,
    title: String,
    description: String,
    venue: Option<String>,
    address: Option<String>,
    online_url: Option<String>,
    status: EventStatus,
}

/// The columns of [`Listed`], for a query over `event e`.
const LISTED: &str = "e.id, e.uid, e.sequence, e.updated_at, e.starts_at, e.ends_at, e.time_zone, e.lang, e.title, e.description, e.venue, e.address, e.online_url, e.status";

impl From<&event::Model> for Listed {
    fn from(e: &event::Model) -> Self {
        Listed {
            id: e.id,
            uid: e.uid.clone(),
            sequence: e.sequence,
            updated_at: e.updated_at,
            starts_at: e.starts_at,
            ends_at: e.ends_at,
            time_zone: e.time_zone.clone(),
            lang: e.lang.clone(),
            title: e.title.clone(),
            description: e.description.clone(),
            venue: e.venue.clone(),
            address: e.address.clone(),
            online_url: e.online_url.clone(),
            status: e.status,
        }
    }
}

/// The event's place as a calendar program shows it.
fn location(event: &Listed) -> Option<String> {
    let place: Vec<&str> = [event.venue.as_deref(), event.address.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    match (place.is_empty(), event.online_url.is_some()) {
        (true, true) => Some("Online".into()),
        (true, false) => None,
        (false, _) => Some(place.join(", ")),
    }
}

fn event_zone(event: &Listed) -> Tz {
    zone(&event.time_zone).unwrap_or(Tz::UTC)
}

/// An event as a calendar holds it; the meeting link only for a participant.
fn calendar_event(event: &Listed, site: &str, with_link: bool) -> CalendarEvent {
    let mut description = event.description.clone();
    if let (true, Some(link)) = (with_link, &event.online_url) {
        description = format!("{link}\n\n{description}");
    }
    CalendarEvent {
        uid: event.uid.clone(),
        sequence: event.sequence,
        stamp: event.updated_at,
        start: event.starts_at,
        end: event.ends_at,
        zone: event_zone(event),
        title: event.title.clone(),
        description,
        lang: Some(event.lang.clone()),
        location: location(event),
        url: Some(format!(
            "{}/{}/events/{}",
            site.trim_end_matches('/'),
            event.lang,
            event.id
        )),
        cancelled: event.status == EventStatus::Cancelled,
        recurrence_id: None,
        rule: None,
        excluded: Vec::new(),
        until: None,
    }
}

async fn open_event(
    db: &impl ConnectionTrait,
    reader: &Reader,
    event_id: i32,
) -> Result<Option<event::Model>, StoreError> {
    let Some(event) = event::Entity::find_by_id(event_id).one(db).await? else {
        return Ok(None);
    };
    let group = match event.group_id {
        Some(g) => working_group::Entity::find_by_id(g).one(db).await?,
        None => None,
    };
    Ok(reader.sees(&event, group.as_ref()).then_some(event))
}

async fn holds_place(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    event_id: i32,
) -> Result<bool, StoreError> {
    let Some(actor) = actor else {
        return Ok(false);
    };
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::MemberId.eq(actor.member_id))
        .filter(registration::Column::Attendance.eq(Attendance::Registered))
        .one(db)
        .await?
        .is_some())
}

/// One event's file, if it is open to the reader.
pub async fn event_file(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    event_id: i32,
    site: &str,
) -> Result<Option<String>, StoreError> {
    let reader = Reader::of(db, actor).await?;
    let Some(event) = open_event(db, &reader, event_id).await? else {
        return Ok(None);
    };
    let with_link = holds_place(db, actor, event_id).await?;
    Ok(Some(
        Calendar {
            method: Method::Publish,
            parties: None,
            name: None,
            events: vec![calendar_event(&(&event).into(), site, with_link)],
        }
        .render(),
    ))
}

/// An invitation, a change or a cancellation sent to a participant (iTIP):
/// calendar programs put it in place of the copy they hold.
pub fn message(event: &event::Model, site: &str, method: Method, parties: Parties) -> String {
    Calendar {
        method,
        parties: Some(parties),
        name: None,
        events: vec![calendar_event(
            &event.into(),
            site,
            method == Method::Request,
        )],
    }
    .render()
}

/// A series' file: one event with its rule, the cancelled occurrences left
/// out, and each occurrence changed alone in its own component.
pub async fn series_file(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    series_id: i32,
    site: &str,
) -> Result<Option<String>, StoreError> {
    let Some(series) = event_series::Entity::find_by_id(series_id).one(db).await? else {
        return Ok(None);
    };
    let occurrences = event::Entity::find()
        .filter(event::Column::SeriesId.eq(series_id))
        .order_by_asc(event::Column::OriginalStart)
        .all(db)
        .await?;
    let reader = Reader::of(db, actor).await?;
    let Some(first) = occurrences.first() else {
        return Ok(None);
    };
    let group = match first.group_id {
        Some(g) => working_group::Entity::find_by_id(g).one(db).await?,
        None => None,
    };
    if !reader.sees(first, group.as_ref()) {
        return Ok(None);
    }
    let zone = zone(&series.time_zone).unwrap_or(Tz::UTC);
    let until = chrono::NaiveDate::parse_from_str(&series.until, "%Y-%m-%d")
        .map(|d| series_end(zone, d))
        .unwrap_or(first.ends_at);
    let original = |e: &event::Model| e.original_start.unwrap_or(e.starts_at);
    let duration = first.ends_at - first.starts_at;
    let first_listed = Listed::from(first);
    let mut master = calendar_event(&first_listed, site, false);
    master.uid = series.uid.clone();
    master.sequence = series.sequence;
    master.stamp = occurrences
        .iter()
        .map(|e| e.updated_at)
        .max()
        .unwrap_or(first.updated_at);
    master.start = original(first);
    master.end = original(first) + duration;
    master.cancelled = false;
    master.rule = Some(rule(
        series.recurrence,
        super::time::wall(zone, original(first)),
        until,
    ));
    master.until = Some(until);
    let mut events = Vec::new();
    for occurrence in &occurrences {
        if occurrence.status == EventStatus::Cancelled {
            master.excluded.push(original(occurrence));
            continue;
        }
        let changed = occurrence.starts_at != original(occurrence)
            || occurrence.ends_at - occurrence.starts_at != duration
            || occurrence.title != first.title
            || occurrence.description != first.description
            || location(&occurrence.into()) != location(&first_listed);
        if changed {
            let mut alone = calendar_event(&occurrence.into(), site, false);
            alone.uid = series.uid.clone();
            alone.sequence = series.sequence;
            alone.recurrence_id = Some(original(occurrence));
            events.push(alone);
        }
    }
    events.insert(0, master);
    Ok(Some(
        Calendar {
            method: Method::Publish,
            parties: None,
            name: Some(first.title.clone()),
            events,
        }
        .render(),
    ))
}

fn feed(name: String, events: &[Listed], site: &str, with_link: &[i32]) -> String {
    Calendar {
        method: Method::Publish,
        parties: None,
        name: Some(name),
        events: events
            .iter()
            .map(|e| calendar_event(e, site, with_link.contains(&e.id)))
            .collect(),
    }
    .render()
}

fn since() -> DateTime<Utc> {
    Utc::now() - Duration::days(FEED_HISTORY_DAYS)
}

/// A network's feed: its events (and its groups') open to everyone.
pub async fn network_feed(
    db: &impl ConnectionTrait,
    slug: &str,
    site: &str,
) -> Result<Option<String>, StoreError> {
    let Some(network) = network::Entity::find()
        .filter(network::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT ")
        .push(LISTED)
        .push(" FROM event e LEFT JOIN working_group g ON g.id = e.group_id WHERE e.ends_at >= ")
        .bind(since())
        .push(" AND (e.network_id = ")
        .bind(network.id)
        .push(" OR g.network_id = ")
        .bind(network.id)
        .push(")");
    Reader::default().restrict(&mut sql);
    sql.push(" ORDER BY e.starts_at, e.id");
    let events = Listed::find_by_statement(sql.statement()).all(db).await?;
    Ok(Some(feed(network.name, &events, site, &[])))
}

/// A group's feed: its events open to everyone, for a public group.
pub async fn group_feed(
    db: &impl ConnectionTrait,
    slug: &str,
    site: &str,
) -> Result<Option<String>, StoreError> {
    let Some(group) = working_group::Entity::find()
        .filter(working_group::Column::Slug.eq(slug))
        .filter(working_group::Column::Visibility.eq(GroupVisibility::Public))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let events: Vec<Listed> = event::Entity::find()
        .filter(event::Column::GroupId.eq(group.id))
        .filter(event::Column::Visibility.eq(Visibility::Everyone))
        .filter(event::Column::EndsAt.gte(since()))
        .order_by_asc(event::Column::StartsAt)
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?
        .iter()
        .map(Listed::from)
        .collect();
    Ok(Some(feed(group.title, &events, site, &[])))
}

/// A member's own calendar at its secret address: their registrations
/// (with the meeting link where they hold a place), and the events of
/// their networks and groups that are open to them. `None` for an address
/// that never was; a revoked one is refused.
pub async fn personal_feed(db: &Db, token: &str, site: &str) -> Result<Option<String>, StoreError> {
    if !well_formed(token) {
        return Ok(None);
    }
    let Some(found) = calendar_token::Entity::find()
        .filter(calendar_token::Column::TokenHash.eq(digest(token)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if found.revoked_at.is_some() {
        return Err(Refusal::CalendarAddressRevoked.into());
    }
    let Some(actor) = Actor::load(db, found.member_id).await? else {
        return Ok(None);
    };
    let reader = Reader::of(db, Some(&actor)).await?;
    let mine = registration::Entity::find()
        .filter(registration::Column::MemberId.eq(actor.member_id))
        .all(db)
        .await?;
    let with_link: Vec<i32> = mine
        .iter()
        .filter(|r| r.attendance == Attendance::Registered)
        .map(|r| r.event_id)
        .collect();
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT ")
        .push(LISTED)
        .push(" FROM event e LEFT JOIN working_group g ON g.id = e.group_id WHERE e.ends_at >= ")
        .bind(since())
        .push(" AND (e.id IN (SELECT r.event_id FROM registration r WHERE r.member_id = ")
        .bind(actor.member_id)
        .push(" AND r.attendance IN (");
    for (i, a) in Attendance::LISTED.iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.bind(a.key());
    }
    sql.push("))");
    crate::sight::in_list(&mut sql, " OR e.network_id IN (", &reader.sight.networks);
    crate::sight::in_list(&mut sql, " OR g.network_id IN (", &reader.sight.networks);
    crate::sight::in_list(&mut sql, " OR e.group_id IN (", &reader.groups);
    sql.push(")");
    reader.restrict(&mut sql);
    sql.push(" ORDER BY e.starts_at, e.id");
    let events = Listed::find_by_statement(sql.statement()).all(db).await?;
    Ok(Some(feed(
        format!("{} {}", actor.given_name, actor.family_name),
        &events,
        site,
        &with_link,
    )))
}

/// A new secret address for the member's calendar; the one before stops
/// working. Returns the token that names it.
pub async fn new_address(db: &Db, actor: &Actor) -> Result<String, StoreError> {
    let txn = crate::sql::begin_write(db).await?;
    revoke_in(&txn, actor.member_id).await?;
    let (token, hash) = new_token();
    calendar_token::Entity::insert(calendar_token::ActiveModel {
        member_id: Set(actor.member_id),
        token_hash: Set(hash),
        created_at: Set(Utc::now()),
        revoked_at: Set(None),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    txn.commit().await?;
    Ok(token)
}

/// Revokes the member's calendar address: programs subscribed to it get nothing more.
pub async fn revoke(db: &Db, actor: &Actor) -> Result<(), StoreError> {
    revoke_in(db, actor.member_id).await
}

async fn revoke_in(db: &impl ConnectionTrait, member_id: i32) -> Result<(), StoreError> {
    calendar_token::Entity::update_many()
        .col_expr(
            calendar_token::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(calendar_token::Column::MemberId.eq(member_id))
        .filter(calendar_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Whether the member has a calendar address now.
pub async fn has_address(db: &Db, actor: &Actor) -> Result<bool, StoreError> {
    Ok(calendar_token::Entity::find()
        .filter(calendar_token::Column::MemberId.eq(actor.member_id))
        .filter(calendar_token::Column::RevokedAt.is_null())
        .one(db)
        .await?
        .is_some())
}

/// Whether `token` names the member's own address now (so that a page
/// shows an address only to the member it belongs to).
pub async fn is_current(db: &Db, actor: &Actor, token: &str) -> Result<bool, StoreError> {
    if !well_formed(token) {
        return Ok(false);
    }
    Ok(calendar_token::Entity::find()
        .filter(calendar_token::Column::TokenHash.eq(digest(token)))
        .filter(calendar_token::Column::MemberId.eq(actor.member_id))
        .filter(calendar_token::Column::RevokedAt.is_null())
        .one(db)
        .await?
        .is_some())
}
