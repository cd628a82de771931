//! Registrations: a place while there is one, the waiting list after, the
//! organisers' decisions on requests and their invitations, and a freed
//! place going to the longest waiting. Each change runs in one transaction
//! that holds the event's row first (SQLite: the write lock; PostgreSQL:
//! `FOR UPDATE`), so concurrent registrations never overbook.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait,
    FromQueryResult, PaginatorTrait, QueryFilter, QueryOrder,
};

use super::write::organised;
use super::Reader;
use crate::account::Actor;
use crate::common::MemberName;
use crate::entity::{event, member, registration, working_group};
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::vocabulary::{Admission, Attendance, EventStatus};
use crate::{Db, StoreError};

/// The longest note of access needs, in characters.
pub const MAX_ACCESS_NEEDS_CHARS: usize = 2_000;

/// Holds the event's row until the transaction ends, so that the places
/// are counted by one registration at a time. SQLite's write transaction
/// holds the whole database already.
pub(crate) async fn lock(db: &impl ConnectionTrait, event_id: i32) -> Result<(), StoreError> {
    if db.get_database_backend() == DbBackend::Postgres {
        let mut sql = Sql::new(DbBackend::Postgres);
        sql.push("SELECT id FROM event WHERE id = ")
            .bind(event_id)
            .push(" FOR UPDATE");
        db.execute_raw(sql.statement()).await?;
    }
    Ok(())
}

async fn registered(db: &impl ConnectionTrait, event_id: i32) -> Result<u64, StoreError> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Attendance.eq(Attendance::Registered))
        .count(db)
        .await?)
}

/// A place if one is free, else the waiting list.
async fn place(db: &impl ConnectionTrait, event: &event::Model) -> Result<Attendance, StoreError> {
    Ok(match event.capacity {
        Some(capacity) if registered(db, event.id).await? >= capacity.max(0) as u64 => {
            Attendance::Waiting
        }
        _ => Attendance::Registered,
    })
}

async fn set(
    db: &impl ConnectionTrait,
    event_id: i32,
    member_id: i32,
    attendance: Attendance,
    access_needs: Option<String>,
) -> Result<(), StoreError> {
    let now = Utc::now();
    let mut update = vec![
        registration::Column::Attendance,
        registration::Column::UpdatedAt,
    ];
    if access_needs.is_some() {
        update.push(registration::Column::AccessNeeds);
    }
    registration::Entity::insert(registration::ActiveModel {
        event_id: Set(event_id),
        member_id: Set(member_id),
        attendance: Set(attendance),
        access_needs: Set(access_needs.unwrap_or_default()),
        reminded_day_for: Set(None),
        reminded_hour_for: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            registration::Column::EventId,
            registration::Column::MemberId,
        ])
        .update_columns(update)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

async fn current(
    db: &impl ConnectionTrait,
    event_id: i32,
    member_id: i32,
) -> Result<Option<Attendance>, StoreError> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::MemberId.eq(member_id))
        .one(db)
        .await?
        .map(|r| r.attendance))
}

/// The event, still to come and not cancelled.
fn upcoming(event: &event::Model) -> Result<(), Refusal> {
    if event.status == EventStatus::Cancelled {
        return Err(Refusal::EventCancelled);
    }
    if event.starts_at <= Utc::now() {
        return Err(Refusal::EventPast);
    }
    Ok(())
}

/// Registers the member: a place while there is one, the waiting list
/// after; a request for an event whose organisers decide; refused for an
/// event by invitation unless they were invited. Returns where they stand.
pub async fn register(
    db: &Db,
    actor: &Actor,
    event_id: i32,
    access_needs: &str,
) -> Result<Attendance, StoreError> {
    let access_needs = access_needs.trim();
    if access_needs.chars().count() > MAX_ACCESS_NEEDS_CHARS {
        return Err(Refusal::TextTooLong.into());
    }
    let reader = Reader::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    lock(&txn, event_id).await?;
    let event = event::Entity::find_by_id(event_id)
        .one(&txn)
        .await?
        .ok_or(Refusal::EventUnknown)?;
    let group = match event.group_id {
        Some(g) => working_group::Entity::find_by_id(g).one(&txn).await?,
        None => None,
    };
    if !reader.sees(&event, group.as_ref()) {
        return Err(Refusal::EventUnknown.into());
    }
    upcoming(&event)?;
    let now = current(&txn, event_id, actor.member_id).await?;
    let invited = now == Some(Attendance::Invited);
    if now.is_some_and(|a| a.active() && a != Attendance::Invited) {
        return Err(Refusal::AlreadyRegistered.into());
    }
    let next = match event.admission {
        _ if invited => place(&txn, &event).await?,
        Admission::Open => place(&txn, &event).await?,
        Admission::Request => Attendance::Requested,
        Admission::Invitation => return Err(Refusal::InvitationOnly.into()),
    };
    set(
        &txn,
        event_id,
        actor.member_id,
        next,
        Some(access_needs.to_owned()),
    )
    .await?;
    txn.commit().await?;
    Ok(next)
}

/// Gives up the member's place (or their place on the waiting list, or
/// their request); a freed place goes to the longest waiting. Returns who
/// got a place.
pub async fn withdraw(db: &Db, actor: &Actor, event_id: i32) -> Result<Vec<i32>, StoreError> {
    let txn = crate::sql::begin_write(db).await?;
    lock(&txn, event_id).await?;
    let event = event::Entity::find_by_id(event_id)
        .one(&txn)
        .await?
        .ok_or(Refusal::EventUnknown)?;
    let now = current(&txn, event_id, actor.member_id).await?;
    if !now.is_some_and(Attendance::active) {
        return Err(Refusal::NotRegistered.into());
    }
    upcoming(&event)?;
    set(&txn, event_id, actor.member_id, Attendance::Cancelled, None).await?;
    let promoted = promote(&txn, event_id).await?;
    txn.commit().await?;
    Ok(promoted)
}

/// Gives the free places to the waiting list, the longest waiting first;
/// returns who got one. Runs inside a transaction that holds the event.
pub(crate) async fn promote(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<Vec<i32>, StoreError> {
    let Some(event) = event::Entity::find_by_id(event_id).one(db).await? else {
        return Ok(Vec::new());
    };
    let waiting = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Attendance.eq(Attendance::Waiting))
        .order_by_asc(registration::Column::UpdatedAt)
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?;
    let free = match event.capacity {
        None => waiting.len(),
        Some(capacity) => {
            (capacity.max(0) as u64).saturating_sub(registered(db, event_id).await?) as usize
        }
    };
    let mut promoted = Vec::new();
    for row in waiting.into_iter().take(free) {
        promoted.push(row.member_id);
        let mut row: registration::ActiveModel = row.into();
        row.attendance = Set(Attendance::Registered);
        row.updated_at = Set(Utc::now());
        row.update(db).await?;
    }
    Ok(promoted)
}

/// The organisers' answer to a request: a place (or the waiting list) or a refusal.
pub async fn decide(
    db: &Db,
    actor: &Actor,
    event_id: i32,
    member_id: i32,
    accept: bool,
) -> Result<Attendance, StoreError> {
    let txn = crate::sql::begin_write(db).await?;
    lock(&txn, event_id).await?;
    let event = organised(&txn, actor, event_id).await?;
    if current(&txn, event_id, member_id).await? != Some(Attendance::Requested) {
        return Err(Refusal::AlreadyDecided.into());
    }
    upcoming(&event)?;
    let next = if accept {
        place(&txn, &event).await?
    } else {
        Attendance::Declined
    };
    set(&txn, event_id, member_id, next, None).await?;
    txn.commit().await?;
    Ok(next)
}

/// Invites a member (an organiser's act): they take a place by registering.
pub async fn invite(
    db: &Db,
    actor: &Actor,
    event_id: i32,
    member_id: i32,
) -> Result<(), StoreError> {
    let txn = crate::sql::begin_write(db).await?;
    lock(&txn, event_id).await?;
    let event = organised(&txn, actor, event_id).await?;
    upcoming(&event)?;
    if member::Entity::find_by_id(member_id)
        .one(&txn)
        .await?
        .is_none()
    {
        return Err(Refusal::ChoiceUnknown.into());
    }
    if current(&txn, event_id, member_id)
        .await?
        .is_some_and(|a| a.active())
    {
        return Err(Refusal::AlreadyRegistered.into());
    }
    set(&txn, event_id, member_id, Attendance::Invited, None).await?;
    txn.commit().await?;
    Ok(())
}

/// Invites the member with this e-mail address (an organiser's act);
/// returns whom.
pub async fn invite_by_email(
    db: &Db,
    actor: &Actor,
    event_id: i32,
    email: &str,
) -> Result<i32, StoreError> {
    let email = crate::account::normalise_email(email)?;
    let member = member::Entity::find()
        .filter(member::Column::Email.eq(email))
        .one(db)
        .await?
        .ok_or(Refusal::MemberUnknown)?;
    invite(db, actor, event_id, member.id).await?;
    Ok(member.id)
}

/// A participant as the organisers' list shows them.
#[derive(Debug, Clone, FromQueryResult)]
pub struct Participant {
    pub member_id: i32,
    pub attendance: Attendance,
    pub organisation: String,
    pub country_code: String,
    /// Seen by the organisers only.
    pub access_needs: String,
    pub registered_at: DateTime<Utc>,
    #[sea_orm(nested)]
    name: MemberName,
}

impl Participant {
    pub fn name(&self) -> String {
        self.name.full()
    }
}

/// Everyone registered, waiting, asking or invited, for the organisers:
/// places first, then the waiting list in its order.
pub async fn participants(
    db: &Db,
    actor: &Actor,
    event_id: i32,
) -> Result<Vec<Participant>, StoreError> {
    organised(db, actor, event_id).await?;
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT r.member_id, r.attendance, o.name AS organisation, o.country_code, r.access_needs, r.updated_at AS registered_at, m.given_name, m.family_name FROM registration r JOIN member m ON m.id = r.member_id JOIN organisation o ON o.id = m.organisation_id WHERE r.event_id = ")
        .bind(event_id)
        .push(" AND r.attendance IN (");
    for (i, a) in Attendance::LISTED.iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.bind(a.key());
    }
    sql.push(") ORDER BY CASE r.attendance WHEN ")
        .bind(Attendance::Registered.key())
        .push(" THEN 0 WHEN ")
        .bind(Attendance::Waiting.key())
        .push(" THEN 1 ELSE 2 END, r.updated_at, r.id");
    Ok(Participant::find_by_statement(sql.statement())
        .all(db)
        .await?)
}

/// The columns of the participants' file.
pub const PARTICIPANT_COLUMNS: [&str; 6] = [
    "name",
    "organisation",
    "country",
    "attendance",
    "access_needs",
    "since",
];

/// The participants as a CSV file (UTF-8, header first, attendance by its
/// key), for the organisers alone.
pub async fn participants_csv(db: &Db, actor: &Actor, event_id: i32) -> Result<String, StoreError> {
    let people = participants(db, actor, event_id).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let write_error = |e: csv::Error| StoreError::Io(std::io::Error::other(e));
    writer
        .write_record(PARTICIPANT_COLUMNS)
        .map_err(write_error)?;
    for p in &people {
        writer
            .write_record([
                p.name(),
                p.organisation.clone(),
                p.country_code.clone(),
                p.attendance.key().to_owned(),
                p.access_needs.clone(),
                p.registered_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            ])
            .map_err(write_error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| StoreError::Io(std::io::Error::other(e.to_string())))?;
    String::from_utf8(bytes).map_err(|e| StoreError::Io(std::io::Error::other(e)))
}

/// The members who hold a place at the event.
pub async fn holders(db: &impl ConnectionTrait, event_id: i32) -> Result<Vec<i32>, StoreError> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Attendance.eq(Attendance::Registered))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.member_id)
        .collect())
}

/// Whom an event's message goes to: their address, name and language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addressee {
    pub member_id: i32,
    pub email: String,
    pub name: String,
    pub locale: String,
}

pub async fn addressees(
    db: &impl ConnectionTrait,
    members: &[i32],
) -> Result<Vec<Addressee>, StoreError> {
    if members.is_empty() {
        return Ok(Vec::new());
    }
    Ok(member::Entity::find()
        .filter(member::Column::Id.is_in(members.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|m| Addressee {
            member_id: m.id,
            name: format!("{} {}", m.given_name, m.family_name),
            email: m.email,
            locale: m.locale,
        })
        .collect())
}

/// Which reminder a participant gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// The day before (within 24 hours of the start).
    Day,
    /// The hour before.
    Hour,
}

/// A reminder claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    pub event_id: i32,
    pub member_id: i32,
    pub which: Reminder,
}

/// Claims the reminders due at `now`: for each place at an event that is
/// still on, the day-before reminder within 24 hours of its start and the
/// hour-before one within the hour (only that one when both are due). Each
/// is claimed by a conditional update of the start it reminds of, so a
/// reminder goes once, from one instance, and again if the event moves.
pub async fn claim_reminders(db: &Db, now: DateTime<Utc>) -> Result<Vec<DueReminder>, StoreError> {
    use sea_orm::sea_query::Expr;
    let soon = now + chrono::Duration::hours(24);
    let events = event::Entity::find()
        .filter(event::Column::Status.eq(EventStatus::Scheduled))
        .filter(event::Column::StartsAt.gt(now))
        .filter(event::Column::StartsAt.lte(soon))
        .all(db)
        .await?;
    let places = registration::Entity::find()
        .filter(registration::Column::EventId.is_in(events.iter().map(|e| e.id)))
        .filter(registration::Column::Attendance.eq(Attendance::Registered))
        .all(db)
        .await?;
    let mut due = Vec::new();
    for r in places {
        let Some(e) = events.iter().find(|e| e.id == r.event_id) else {
            continue;
        };
        let hour = e.starts_at <= now + chrono::Duration::hours(1);
        let (column, which) = if hour {
            (registration::Column::RemindedHourFor, Reminder::Hour)
        } else {
            (registration::Column::RemindedDayFor, Reminder::Day)
        };
        let already = match which {
            Reminder::Hour => r.reminded_hour_for,
            Reminder::Day => r.reminded_day_for,
        };
        if already == Some(e.starts_at) {
            continue;
        }
        let mut update = registration::Entity::update_many()
            .col_expr(column, Expr::value(e.starts_at))
            .filter(registration::Column::Id.eq(r.id));
        update = match already {
            Some(before) => update.filter(column.eq(before)),
            None => update.filter(column.is_null()),
        };
        if which == Reminder::Hour {
            // The day's reminder would say less, later: it is not sent.
            update = update.col_expr(
                registration::Column::RemindedDayFor,
                Expr::value(e.starts_at),
            );
        }
        if update.exec(db).await?.rows_affected == 1 {
            due.push(DueReminder {
                event_id: e.id,
                member_id: r.member_id,
                which,
            });
        }
    }
    Ok(due)
}
