//! Reading events: the list (to come, or past as a repository), and one
//! event's page with its agenda, materials, the questions answered in
//! groups and where the reader stands. The meeting link goes to those who
//! hold a place, and to the organisers.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
};

use super::{organises, Reader};
use crate::account::Actor;
use crate::entity::{
    event, event_answer, event_language, event_material, event_question, event_session, network,
    organisation, registration, working_group,
};
use crate::sql::{Count, Sql};
use crate::vocabulary::{Attendance, EventKind, EventStatus};
use crate::StoreError;

/// Which events a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventQuery {
    /// Those over (the newest first) rather than those to come (the soonest first).
    pub past: bool,
    pub kind: Option<EventKind>,
    pub network_id: Option<i32>,
    pub group_id: Option<i32>,
    pub page: u64,
    pub per_page: u64,
}

/// An event as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct EventSummary {
    pub id: i32,
    pub kind: EventKind,
    pub title: String,
    pub lang: String,
    pub time_zone: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: EventStatus,
    pub capacity: Option<i32>,
    pub online: bool,
    pub venue: Option<String>,
    pub country_code: Option<String>,
    pub series_id: Option<i32>,
    pub recorded: bool,
    pub network_name: Option<String>,
    pub group_title: Option<String>,
    pub group_slug: Option<String>,
    pub registered: i64,
}

/// A page of events, with how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventPageOfList {
    pub events: Vec<EventSummary>,
    pub total: u64,
}

fn filtered(sql: &mut Sql, reader: &Reader, query: &EventQuery, now: DateTime<Utc>) {
    sql.push(" FROM event e LEFT JOIN working_group g ON g.id = e.group_id LEFT JOIN network n ON n.id = e.network_id WHERE e.ends_at ");
    sql.push(if query.past { "< " } else { ">= " }).bind(now);
    if let Some(kind) = query.kind {
        sql.push(" AND e.kind = ").bind(kind.key());
    }
    if let Some(n) = query.network_id {
        sql.push(" AND (e.network_id = ")
            .bind(n)
            .push(" OR g.network_id = ")
            .bind(n)
            .push(")");
    }
    if let Some(g) = query.group_id {
        sql.push(" AND e.group_id = ").bind(g);
    }
    reader.restrict(sql);
}

/// The events open to the reader that the query asks for.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    query: &EventQuery,
) -> Result<EventPageOfList, StoreError> {
    let reader = Reader::of(db, actor).await?;
    let backend = db.get_database_backend();
    let now = Utc::now();
    let per_page = query.per_page.clamp(1, 100);
    let mut sql = Sql::new(backend);
    sql.push("SELECT e.id, e.kind, e.title, e.lang, e.time_zone, e.starts_at, e.ends_at, e.status, e.capacity, e.online_url IS NOT NULL AS online, e.venue, e.country_code, e.series_id, e.recording_url IS NOT NULL AS recorded, n.name AS network_name, g.title AS group_title, g.slug AS group_slug, (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id AND r.attendance = ")
        .bind(Attendance::Registered.key())
        .push(") AS registered");
    filtered(&mut sql, &reader, query, now);
    sql.push(if query.past {
        " ORDER BY e.starts_at DESC, e.id DESC"
    } else {
        " ORDER BY e.starts_at, e.id"
    });
    sql.push(&format!(
        " LIMIT {per_page} OFFSET {}",
        query.page.saturating_mul(per_page)
    ));
    let events = EventSummary::find_by_statement(sql.statement())
        .all(db)
        .await?;
    let mut count = Sql::new(backend);
    count.push("SELECT COUNT(*) AS n");
    filtered(&mut count, &reader, query, now);
    let total = Count::of(db, &count).await?;
    Ok(EventPageOfList { events, total })
}

/// A question of a peer-learning session with each group's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub question: event_question::Model,
    pub answers: Vec<event_answer::Model>,
}

/// An event as its page shows it to one reader.
#[derive(Debug, Clone, PartialEq)]
pub struct EventPage {
    pub event: event::Model,
    pub network: Option<network::Model>,
    pub group: Option<working_group::Model>,
    pub host: Option<organisation::Model>,
    pub languages: Vec<String>,
    pub sessions: Vec<event_session::Model>,
    pub materials: Vec<event_material::Model>,
    pub questions: Vec<Question>,
    /// Where the reader stands, if they registered, asked or were invited.
    pub attendance: Option<Attendance>,
    pub registered: u64,
    pub waiting: u64,
    pub organiser: bool,
    /// Whether it is held online (its link is for participants).
    pub online: bool,
    /// For those who hold a place, and the organisers.
    pub online_url: Option<String>,
}

/// The event with this number, if it is open to the reader.
pub async fn event(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    event_id: i32,
) -> Result<Option<EventPage>, StoreError> {
    let Some(mut event) = event::Entity::find_by_id(event_id).one(db).await? else {
        return Ok(None);
    };
    let group = match event.group_id {
        Some(g) => working_group::Entity::find_by_id(g).one(db).await?,
        None => None,
    };
    let reader = Reader::of(db, actor).await?;
    if !reader.sees(&event, group.as_ref()) {
        return Ok(None);
    }
    let organiser = match actor {
        Some(a) => {
            organises(
                db,
                a,
                event.network_id,
                event.group_id,
                Some(event.created_by),
            )
            .await?
        }
        None => false,
    };
    let attendance = match actor {
        Some(a) => registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::MemberId.eq(a.member_id))
            .one(db)
            .await?
            .map(|r| r.attendance),
        None => None,
    };
    let (registered, waiting) = counts(db, event_id).await?;
    let network_id = event
        .network_id
        .or(group.as_ref().and_then(|g| g.network_id));
    let network = match network_id {
        Some(n) => network::Entity::find_by_id(n).one(db).await?,
        None => None,
    };
    let host = match event.host_organisation_id {
        Some(o) => organisation::Entity::find_by_id(o).one(db).await?,
        None => None,
    };
    let parts = parts(db, &event).await?;
    let online_url = if organiser || attendance == Some(Attendance::Registered) {
        event.online_url.clone()
    } else {
        None
    };
    let online = event.online_url.is_some();
    // What only the organisers and participants see stays out of the page's data.
    if online_url.is_none() {
        event.online_url = None;
    }
    Ok(Some(EventPage {
        event,
        network,
        group,
        host,
        languages: parts.languages.clone(),
        sessions: parts.sessions.clone(),
        materials: parts.materials.clone(),
        questions: parts.questions.clone(),
        attendance,
        registered,
        waiting,
        organiser,
        online,
        online_url,
    }))
}

/// The event as stored, for what is sent about it (its calendar message).
pub async fn row(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<Option<event::Model>, StoreError> {
    Ok(event::Entity::find_by_id(event_id).one(db).await?)
}

#[derive(FromQueryResult)]
struct NetworkName {
    id: i32,
    slug: String,
    name: String,
}

/// The networks that have events (their own or their groups'), to filter
/// the list by: id, slug and name, by name.
pub async fn networks_with_events(
    db: &impl ConnectionTrait,
) -> Result<Vec<(i32, String, String)>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT n.id, n.slug, n.name FROM network n WHERE n.id IN (SELECT e.network_id FROM event e WHERE e.network_id IS NOT NULL UNION SELECT g.network_id FROM working_group g JOIN event e ON e.group_id = g.id WHERE g.network_id IS NOT NULL) ORDER BY n.name");
    Ok(NetworkName::find_by_statement(sql.statement())
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.slug, n.name))
        .collect())
}

#[derive(FromQueryResult)]
struct Counted {
    attendance: Attendance,
    n: i64,
}

/// The places taken and the waiting list, in one query.
async fn counts(db: &impl ConnectionTrait, event_id: i32) -> Result<(u64, u64), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT attendance, COUNT(*) AS n FROM registration WHERE event_id = ")
        .bind(event_id)
        .push(" AND attendance IN (")
        .bind(Attendance::Registered.key())
        .push(", ")
        .bind(Attendance::Waiting.key())
        .push(") GROUP BY attendance");
    let mut out = (0, 0);
    for c in Counted::find_by_statement(sql.statement()).all(db).await? {
        match c.attendance {
            Attendance::Registered => out.0 = c.n.max(0) as u64,
            _ => out.1 = c.n.max(0) as u64,
        }
    }
    Ok(out)
}

/// What an event holds of its own (its languages, agenda, materials,
/// questions and answers): written only with the event, whose `updated_at`
/// every such write raises.
#[derive(Debug, Clone, PartialEq)]
struct Parts {
    languages: Vec<String>,
    sessions: Vec<event_session::Model>,
    materials: Vec<event_material::Model>,
    questions: Vec<Question>,
}

type KeptParts = std::collections::HashMap<i32, (DateTime<Utc>, std::sync::Arc<Parts>)>;

/// Parts read before, by event, with the `updated_at` they were read at: a
/// page read after any change (on any instance) finds another stamp and
/// reads them anew, so nothing kept is shown stale.
static PARTS: std::sync::LazyLock<std::sync::Mutex<KeptParts>> =
    std::sync::LazyLock::new(Default::default);

/// Events whose parts are kept at most; when full, the keeping starts again.
const KEPT_PARTS: usize = 2_000;

async fn parts(
    db: &impl ConnectionTrait,
    event: &event::Model,
) -> Result<std::sync::Arc<Parts>, StoreError> {
    let kept = PARTS.lock().ok().and_then(|kept| {
        kept.get(&event.id)
            .filter(|(stamp, _)| *stamp == event.updated_at)
            .map(|(_, parts)| parts.clone())
    });
    if let Some(parts) = kept {
        return Ok(parts);
    }
    let parts = std::sync::Arc::new(read_parts(db, event.id).await?);
    if let Ok(mut kept) = PARTS.lock() {
        if kept.len() >= KEPT_PARTS {
            kept.clear();
        }
        kept.insert(event.id, (event.updated_at, parts.clone()));
    }
    Ok(parts)
}

async fn read_parts(db: &impl ConnectionTrait, event_id: i32) -> Result<Parts, StoreError> {
    let languages = event_language::Entity::find()
        .filter(event_language::Column::EventId.eq(event_id))
        .order_by_asc(event_language::Column::Lang)
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.lang)
        .collect();
    let sessions = event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .order_by_asc(event_session::Column::StartsAt)
        .order_by_asc(event_session::Column::Id)
        .all(db)
        .await?;
    let materials = event_material::Entity::find()
        .filter(event_material::Column::EventId.eq(event_id))
        .order_by_asc(event_material::Column::Id)
        .all(db)
        .await?;
    let asked = event_question::Entity::find()
        .filter(event_question::Column::EventId.eq(event_id))
        .order_by_asc(event_question::Column::Position)
        .all(db)
        .await?;
    let ids: Vec<i32> = asked.iter().map(|q| q.id).collect();
    let mut answers = if ids.is_empty() {
        Vec::new()
    } else {
        event_answer::Entity::find()
            .filter(event_answer::Column::QuestionId.is_in(ids))
            .order_by_asc(event_answer::Column::Id)
            .all(db)
            .await?
    };
    let questions = asked
        .into_iter()
        .map(|question| {
            let (mine, rest) = answers
                .drain(..)
                .partition(|a: &event_answer::Model| a.question_id == question.id);
            answers = rest;
            Question {
                question,
                answers: mine,
            }
        })
        .collect();
    Ok(Parts {
        languages,
        sessions,
        materials,
        questions,
    })
}
