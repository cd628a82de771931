//! Organising events: one event, or a series whose occurrences are events
//! of their own (changed or cancelled alone); editing raises the event's
//! sequence so calendars keep the newest; cancelling keeps the event, marked.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::organises;
use super::time::{instant, wall, zone};
use crate::account::Actor;
use crate::common::checked_text;
use crate::counselling::markdown;
use crate::entity::{
    country, event, event_answer, event_language, event_material, event_question, event_series,
    event_session, organisation,
};
use crate::library::write::checked_link;
use crate::refusal::Refusal;
use crate::vocabulary::{Admission, EventKind, EventStatus, Recurrence, Visibility};
use crate::{Db, StoreError};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_DESCRIPTION_CHARS: usize = 20_000;
pub const MAX_PLACE_CHARS: usize = 300;
pub const MAX_CAPACITY: i32 = 100_000;
/// The most occurrences a series may have.
pub const MAX_OCCURRENCES: usize = 150;

/// An event as the form sends it: keys of the closed lists, wall times as
/// `YYYY-MM-DDTHH:MM` (what a `datetime-local` field sends) in `time_zone`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewEvent {
    pub kind: String,
    pub title: String,
    pub lang: String,
    /// The languages it is held in (the title's language when none).
    pub languages: Vec<String>,
    /// Markdown.
    pub description: String,
    pub network_id: Option<i32>,
    pub group_id: Option<i32>,
    pub host_organisation_id: Option<i32>,
    pub time_zone: String,
    pub starts: String,
    pub ends: String,
    pub online_url: String,
    pub venue: String,
    pub address: String,
    /// Empty: the host's country, for an event on site.
    pub country_code: String,
    pub visibility: String,
    pub admission: String,
    /// Empty for no limit.
    pub capacity: String,
    /// Empty for a single event, or a recurrence's key.
    pub repeat: String,
    /// The last day of a series (`YYYY-MM-DD`).
    pub until: String,
}

/// A session of an agenda as the form sends it (wall times in the event's zone).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewSession {
    pub starts: String,
    pub ends: String,
    pub title: String,
    pub speakers: String,
}

/// A wall time as a form sends it: `YYYY-MM-DDTHH:MM` (or with a space, or seconds).
pub fn parse_wall(raw: &str) -> Result<NaiveDateTime, Refusal> {
    let raw = raw.trim();
    ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok())
        .ok_or(Refusal::DateInvalid)
}

fn optional(raw: &str, max: usize) -> Result<Option<String>, Refusal> {
    match raw.trim() {
        "" => Ok(None),
        text => checked_text(text, max).map(Some),
    }
}

/// The number of places: empty for no limit, else 1 to [`MAX_CAPACITY`].
pub fn checked_capacity(raw: &str) -> Result<Option<i32>, Refusal> {
    match raw.trim() {
        "" => Ok(None),
        text => match text.parse::<i32>() {
            Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Ok(Some(n)),
            _ => Err(Refusal::CapacityInvalid),
        },
    }
}

/// An event's fields, checked.
pub(crate) struct Checked {
    pub kind: EventKind,
    pub title: String,
    pub lang: String,
    pub languages: Vec<String>,
    pub description: String,
    pub zone: Tz,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub online_url: Option<String>,
    pub venue: Option<String>,
    pub address: Option<String>,
    pub country_code: Option<String>,
    pub visibility: Visibility,
    pub admission: Admission,
    pub capacity: Option<i32>,
    pub repeat: Option<(Recurrence, NaiveDate)>,
}

fn checked(new: &NewEvent, languages: &[&str]) -> Result<Checked, Refusal> {
    let known = |lang: &str| languages.contains(&lang);
    if !known(&new.lang) || !new.languages.iter().all(|l| known(l)) {
        return Err(Refusal::ChoiceUnknown);
    }
    let zone = zone(&new.time_zone)?;
    let starts_at = instant(zone, parse_wall(&new.starts)?)?;
    let ends_at = instant(zone, parse_wall(&new.ends)?)?;
    if ends_at <= starts_at {
        return Err(Refusal::DatesReversed);
    }
    let online_url = checked_link(&new.online_url)?;
    let venue = optional(&new.venue, MAX_PLACE_CHARS)?;
    if online_url.is_none() && venue.is_none() {
        return Err(Refusal::PlaceMissing);
    }
    let description = new.description.trim();
    if description.chars().count() > MAX_DESCRIPTION_CHARS {
        return Err(Refusal::TextTooLong);
    }
    let mut held_in: Vec<String> = new.languages.clone();
    if held_in.is_empty() {
        held_in.push(new.lang.clone());
    }
    held_in.sort();
    held_in.dedup();
    let repeat = match new.repeat.trim() {
        "" => None,
        key => {
            let until = NaiveDate::parse_from_str(new.until.trim(), "%Y-%m-%d")
                .map_err(|_| Refusal::DateInvalid)?;
            if until < wall(zone, starts_at).date() {
                return Err(Refusal::DatesReversed);
            }
            Some((key.parse()?, until))
        }
    };
    Ok(Checked {
        kind: new.kind.parse()?,
        title: checked_text(&new.title, MAX_TITLE_CHARS)?,
        lang: new.lang.clone(),
        languages: held_in,
        description: description.to_owned(),
        zone,
        starts_at,
        ends_at,
        online_url,
        venue,
        address: optional(&new.address, MAX_PLACE_CHARS)?,
        country_code: match new.country_code.trim() {
            "" => None,
            code => Some(code.to_uppercase()),
        },
        visibility: new.visibility.parse()?,
        admission: new.admission.parse()?,
        capacity: checked_capacity(&new.capacity)?,
        repeat,
    })
}

/// The n-th (1 to 5) `weekday` of a month, if the month has one.
fn nth_weekday(year: i32, month: u32, weekday: chrono::Weekday, n: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n as u8)
}

/// The instant a wall time of a series' occurrence names, as RFC 5545 reads
/// one: a skipped time moves forward by the gap, a repeated one is its first.
fn occurrence_instant(zone: Tz, at: NaiveDateTime) -> DateTime<Utc> {
    let mut probe = at;
    for _ in 0..4 {
        if let Some(t) = zone.from_local_datetime(&probe).earliest() {
            return t.with_timezone(&Utc);
        }
        probe += Duration::minutes(30);
    }
    Utc.from_utc_datetime(&at)
}

/// The wall-time starts of a series from its first, up to its last day.
pub fn occurrences(
    first: NaiveDateTime,
    recurrence: Recurrence,
    until: NaiveDate,
) -> Result<Vec<NaiveDateTime>, Refusal> {
    let mut starts = Vec::new();
    let time = first.time();
    match recurrence {
        Recurrence::Weekly => {
            let mut day = first.date();
            while day <= until {
                starts.push(day.and_time(time));
                day += Duration::days(7);
            }
        }
        Recurrence::Monthly => {
            let weekday = first.weekday();
            let n = (first.day() - 1) / 7 + 1;
            let (mut year, mut month) = (first.year(), first.month());
            loop {
                if let Some(day) = nth_weekday(year, month, weekday, n) {
                    if day > until {
                        break;
                    }
                    starts.push(day.and_time(time));
                }
                (year, month) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                if NaiveDate::from_ymd_opt(year, month, 1).is_none_or(|d| d > until) {
                    break;
                }
                if starts.len() > MAX_OCCURRENCES {
                    break;
                }
            }
        }
    }
    if starts.len() > MAX_OCCURRENCES {
        return Err(Refusal::SeriesTooLong);
    }
    Ok(starts)
}

/// The rule of a series as a calendar file writes it.
pub fn rule(recurrence: Recurrence, first: NaiveDateTime, until: DateTime<Utc>) -> String {
    let until = until.format("%Y%m%dT%H%M%SZ");
    match recurrence {
        Recurrence::Weekly => format!("FREQ=WEEKLY;UNTIL={until}"),
        Recurrence::Monthly => {
            let n = (first.day() - 1) / 7 + 1;
            let day = &first.weekday().to_string()[..2].to_uppercase();
            format!("FREQ=MONTHLY;BYDAY={n}{day};UNTIL={until}")
        }
    }
}

/// The last instant of a series' last day, in its zone.
pub fn series_end(zone: Tz, until: NaiveDate) -> DateTime<Utc> {
    occurrence_instant(zone, until.and_hms_opt(23, 59, 59).unwrap_or_default())
}

fn uid() -> String {
    format!("{:032x}@vetnet", rand::random::<u128>())
}

async fn check_links(db: &Db, new: &NewEvent, c: &mut Checked) -> Result<(), StoreError> {
    if let Some(host) = new.host_organisation_id {
        let host = organisation::Entity::find_by_id(host)
            .one(db)
            .await?
            .ok_or(Refusal::ChoiceUnknown)?;
        if c.country_code.is_none() && c.venue.is_some() {
            c.country_code = Some(host.country_code.clone());
        }
    }
    if let Some(code) = &c.country_code {
        if country::Entity::find_by_id(code.clone())
            .one(db)
            .await?
            .is_none()
        {
            return Err(Refusal::ChoiceUnknown.into());
        }
    }
    Ok(())
}

/// Announces an event, or a series (every occurrence an event). Returns the
/// events' ids, the first first.
pub async fn create(
    db: &Db,
    actor: &Actor,
    new: &NewEvent,
    languages: &[&str],
) -> Result<Vec<i32>, StoreError> {
    let mut c = checked(new, languages)?;
    if !organises(db, actor, new.network_id, new.group_id, None).await? {
        return Err(Refusal::Forbidden.into());
    }
    check_links(db, new, &mut c).await?;
    let duration = c.ends_at - c.starts_at;
    let first = wall(c.zone, c.starts_at);
    let starts: Vec<DateTime<Utc>> = match c.repeat {
        None => vec![c.starts_at],
        Some((recurrence, until)) => occurrences(first, recurrence, until)?
            .into_iter()
            .map(|w| occurrence_instant(c.zone, w))
            .collect(),
    };
    let now = Utc::now();
    let txn = crate::sql::begin_write(db).await?;
    let series_id = match c.repeat {
        None => None,
        Some((recurrence, until)) => Some(
            event_series::Entity::insert(event_series::ActiveModel {
                uid: Set(uid()),
                recurrence: Set(recurrence),
                until: Set(until.format("%Y-%m-%d").to_string()),
                time_zone: Set(c.zone.name().to_owned()),
                sequence: Set(0),
                created_at: Set(now),
                ..Default::default()
            })
            .exec(&txn)
            .await?
            .last_insert_id,
        ),
    };
    let html = markdown::render(&c.description);
    let mut ids = Vec::with_capacity(starts.len());
    for start in starts {
        let id = event::Entity::insert(event::ActiveModel {
            uid: Set(uid()),
            series_id: Set(series_id),
            original_start: Set(series_id.map(|_| start)),
            kind: Set(c.kind),
            lang: Set(c.lang.clone()),
            title: Set(c.title.clone()),
            description: Set(c.description.clone()),
            description_html: Set(html.clone()),
            network_id: Set(new.network_id),
            group_id: Set(new.group_id),
            host_organisation_id: Set(new.host_organisation_id),
            time_zone: Set(c.zone.name().to_owned()),
            starts_at: Set(start),
            ends_at: Set(start + duration),
            online_url: Set(c.online_url.clone()),
            venue: Set(c.venue.clone()),
            address: Set(c.address.clone()),
            country_code: Set(c.country_code.clone()),
            visibility: Set(c.visibility),
            admission: Set(c.admission),
            capacity: Set(c.capacity),
            status: Set(EventStatus::Scheduled),
            sequence: Set(0),
            recording_url: Set(None),
            created_by: Set(actor.member_id),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;
        for lang in &c.languages {
            event_language::Entity::insert(event_language::ActiveModel {
                event_id: Set(id),
                lang: Set(lang.clone()),
            })
            .exec(&txn)
            .await?;
        }
        ids.push(id);
    }
    txn.commit().await?;
    Ok(ids)
}

/// The event, when the actor organises it.
pub(crate) async fn organised(
    db: &impl ConnectionTrait,
    actor: &Actor,
    event_id: i32,
) -> Result<event::Model, StoreError> {
    let event = event::Entity::find_by_id(event_id)
        .one(db)
        .await?
        .ok_or(Refusal::EventUnknown)?;
    if !organises(
        db,
        actor,
        event.network_id,
        event.group_id,
        Some(event.created_by),
    )
    .await?
    {
        return Err(Refusal::Forbidden.into());
    }
    Ok(event)
}

/// Raises the sequence of the series an event belongs to: its file changed.
/// Marks the event changed (`updated_at`) when something of its own is
/// added (a session, a material, a question, an answer): pages keyed by it
/// read it anew.
async fn touch(db: &impl ConnectionTrait, event_id: i32) -> Result<(), StoreError> {
    event::Entity::update_many()
        .col_expr(
            event::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(event::Column::Id.eq(event_id))
        .exec(db)
        .await?;
    Ok(())
}

async fn touch_series(db: &impl ConnectionTrait, series_id: Option<i32>) -> Result<(), StoreError> {
    if let Some(id) = series_id {
        if let Some(series) = event_series::Entity::find_by_id(id).one(db).await? {
            let sequence = series.sequence + 1;
            let mut series: event_series::ActiveModel = series.into();
            series.sequence = Set(sequence);
            series.update(db).await?;
        }
    }
    Ok(())
}

/// Changes one event (one occurrence alone, for a series): its organisers
/// and where and when; the series and the kind stay. Raises its sequence.
/// A larger capacity gives places to the waiting list (returned: who got one).
pub async fn edit(
    db: &Db,
    actor: &Actor,
    event_id: i32,
    new: &NewEvent,
    languages: &[&str],
) -> Result<Vec<i32>, StoreError> {
    let mut c = checked(new, languages)?;
    check_links(db, new, &mut c).await?;
    let txn = crate::sql::begin_write(db).await?;
    super::register::lock(&txn, event_id).await?;
    let before = organised(&txn, actor, event_id).await?;
    if before.status == EventStatus::Cancelled {
        return Err(Refusal::EventCancelled.into());
    }
    let series_id = before.series_id;
    let sequence = before.sequence + 1;
    let mut row: event::ActiveModel = before.into();
    row.title = Set(c.title);
    row.lang = Set(c.lang);
    row.description_html = Set(markdown::render(&c.description));
    row.description = Set(c.description);
    row.host_organisation_id = Set(new.host_organisation_id);
    row.time_zone = Set(c.zone.name().to_owned());
    row.starts_at = Set(c.starts_at);
    row.ends_at = Set(c.ends_at);
    row.online_url = Set(c.online_url);
    row.venue = Set(c.venue);
    row.address = Set(c.address);
    row.country_code = Set(c.country_code);
    row.visibility = Set(c.visibility);
    row.admission = Set(c.admission);
    row.capacity = Set(c.capacity);
    row.sequence = Set(sequence);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    event_language::Entity::delete_many()
        .filter(event_language::Column::EventId.eq(event_id))
        .exec(&txn)
        .await?;
    for lang in &c.languages {
        event_language::Entity::insert(event_language::ActiveModel {
            event_id: Set(event_id),
            lang: Set(lang.clone()),
        })
        .exec(&txn)
        .await?;
    }
    touch_series(&txn, series_id).await?;
    let promoted = super::register::promote(&txn, event_id).await?;
    txn.commit().await?;
    Ok(promoted)
}

/// Cancels an event (one occurrence alone, for a series); it stays, marked,
/// so calendars and participants are told. Cancelling twice is refused.
pub async fn cancel(db: &Db, actor: &Actor, event_id: i32) -> Result<(), StoreError> {
    let txn = crate::sql::begin_write(db).await?;
    let event = organised(&txn, actor, event_id).await?;
    if event.status == EventStatus::Cancelled {
        return Err(Refusal::EventCancelled.into());
    }
    let series_id = event.series_id;
    let sequence = event.sequence + 1;
    let mut row: event::ActiveModel = event.into();
    row.status = Set(EventStatus::Cancelled);
    row.sequence = Set(sequence);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    touch_series(&txn, series_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a session to an event's agenda; it lies within the event.
pub async fn add_session(
    db: &Db,
    actor: &Actor,
    event_id: i32,
    session: &NewSession,
) -> Result<i32, StoreError> {
    let event = organised(db, actor, event_id).await?;
    let zone = zone(&event.time_zone)?;
    let starts_at = instant(zone, parse_wall(&session.starts)?)?;
    let ends_at = instant(zone, parse_wall(&session.ends)?)?;
    if ends_at <= starts_at || starts_at < event.starts_at || ends_at > event.ends_at {
        return Err(Refusal::DatesReversed.into());
    }
    let id = event_session::Entity::insert(event_session::ActiveModel {
        event_id: Set(event_id),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        title: Set(checked_text(&session.title, MAX_TITLE_CHARS)?),
        speakers: Set(session
            .speakers
            .trim()
            .chars()
            .take(MAX_PLACE_CHARS)
            .collect()),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    touch(db, event_id).await?;
    Ok(id)
}

/// After the event: the link to its recording (empty removes it).
pub async fn set_recording(
    db: &Db,
    actor: &Actor,
    event_id: i32,
    link: &str,
) -> Result<(), StoreError> {
    let event = organised(db, actor, event_id).await?;
    let link = checked_link(link)?;
    let mut row: event::ActiveModel = event.into();
    row.recording_url = Set(link);
    row.updated_at = Set(Utc::now());
    row.update(db).await?;
    Ok(())
}

/// Adds material to an event: a library resource, or a link with its title.
pub async fn add_material(
    db: &Db,
    actor: &Actor,
    event_id: i32,
    title: &str,
    link: &str,
    resource_id: Option<i32>,
) -> Result<i32, StoreError> {
    organised(db, actor, event_id).await?;
    let link = checked_link(link)?;
    if link.is_none() && resource_id.is_none() {
        return Err(Refusal::FileMissing.into());
    }
    if let Some(id) = resource_id {
        if crate::entity::resource::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_none()
        {
            return Err(Refusal::ResourceUnknown.into());
        }
    }
    let id = event_material::Entity::insert(event_material::ActiveModel {
        event_id: Set(event_id),
        title: Set(checked_text(title, MAX_TITLE_CHARS)?),
        link: Set(link),
        resource_id: Set(resource_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    touch(db, event_id).await?;
    Ok(id)
}

/// Puts a question to the groups of a peer-learning session; returns its id.
pub async fn add_question(
    db: &Db,
    actor: &Actor,
    event_id: i32,
    text: &str,
) -> Result<i32, StoreError> {
    let event = organised(db, actor, event_id).await?;
    if event.kind != EventKind::PeerLearning {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let text = checked_text(text, MAX_DESCRIPTION_CHARS)?;
    let position = event_question::Entity::find()
        .filter(event_question::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .len() as i32;
    let id = event_question::Entity::insert(event_question::ActiveModel {
        event_id: Set(event_id),
        position: Set(position),
        text: Set(text),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    touch(db, event_id).await?;
    Ok(id)
}

/// Records one discussion group's answer to a question, with its conclusions.
pub async fn record_answer(
    db: &Db,
    actor: &Actor,
    question_id: i32,
    discussion_group: &str,
    answer: &str,
    conclusions: &str,
) -> Result<i32, StoreError> {
    let question = event_question::Entity::find_by_id(question_id)
        .one(db)
        .await?
        .ok_or(Refusal::EventUnknown)?;
    organised(db, actor, question.event_id).await?;
    let id = event_answer::Entity::insert(event_answer::ActiveModel {
        question_id: Set(question_id),
        discussion_group: Set(checked_text(discussion_group, MAX_TITLE_CHARS)?),
        answer: Set(checked_text(answer, MAX_DESCRIPTION_CHARS)?),
        conclusions: Set(conclusions
            .trim()
            .chars()
            .take(MAX_DESCRIPTION_CHARS)
            .collect()),
        member_id: Set(actor.member_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    touch(db, question.event_id).await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(raw: &str) -> NaiveDateTime {
        parse_wall(raw).unwrap()
    }

    #[test]
    fn a_monthly_series_keeps_its_weekday_of_the_month() {
        // The second Tuesday of each month.
        let starts = occurrences(
            at("2027-01-12T15:00"),
            Recurrence::Monthly,
            NaiveDate::from_ymd_opt(2027, 6, 30).unwrap(),
        )
        .unwrap();
        let days: Vec<String> = starts
            .iter()
            .map(|s| s.format("%m-%d").to_string())
            .collect();
        assert_eq!(days, ["01-12", "02-09", "03-09", "04-13", "05-11", "06-08"]);
        let end = Utc.with_ymd_and_hms(2027, 6, 30, 21, 59, 59).unwrap();
        assert_eq!(
            rule(Recurrence::Monthly, at("2027-01-12T15:00"), end),
            "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T215959Z"
        );
    }

    #[test]
    fn a_fifth_weekday_is_skipped_in_months_without_one() {
        let starts = occurrences(
            at("2027-01-29T10:00"),
            Recurrence::Monthly,
            NaiveDate::from_ymd_opt(2027, 4, 30).unwrap(),
        )
        .unwrap();
        let days: Vec<String> = starts
            .iter()
            .map(|s| s.format("%m-%d").to_string())
            .collect();
        assert_eq!(days, ["01-29", "04-30"]);
    }

    #[test]
    fn a_weekly_series_keeps_its_wall_time_across_a_change_of_offset() {
        let zone: Tz = "Europe/Brussels".parse().unwrap();
        let starts = occurrences(
            at("2027-03-22T18:00"),
            Recurrence::Weekly,
            NaiveDate::from_ymd_opt(2027, 4, 5).unwrap(),
        )
        .unwrap();
        let utc: Vec<String> = starts
            .iter()
            .map(|w| occurrence_instant(zone, *w).format("%d %H:%M").to_string())
            .collect();
        // Winter time (+01:00) until the 28th, summer time (+02:00) after.
        assert_eq!(utc, ["22 17:00", "29 16:00", "05 16:00"]);
    }

    #[test]
    fn a_series_too_long_and_bad_fields_are_refused() {
        assert_eq!(
            occurrences(
                at("2027-01-04T10:00"),
                Recurrence::Weekly,
                NaiveDate::from_ymd_opt(2031, 1, 1).unwrap()
            ),
            Err(Refusal::SeriesTooLong)
        );
        assert_eq!(checked_capacity("0"), Err(Refusal::CapacityInvalid));
        assert_eq!(checked_capacity("-3"), Err(Refusal::CapacityInvalid));
        assert_eq!(checked_capacity("2.5"), Err(Refusal::CapacityInvalid));
        assert_eq!(checked_capacity(" 12 "), Ok(Some(12)));
        assert_eq!(checked_capacity(""), Ok(None));
        assert_eq!(parse_wall("2027-02-30T10:00"), Err(Refusal::DateInvalid));
    }
}
