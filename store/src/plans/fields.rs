//! The fields a facilitator changes, one at a time: which there are, how a
//! value is written down (the same text in a form, the database and the
//! revision log), and how the current value is read and a new one stored.

use chrono::NaiveDate;
use sea_orm::ConnectionTrait;

use super::{Entity, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::vocabulary::ACTIVITY_STATUSES;
use crate::StoreError;

/// How a field's value is written down and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// One line, 1 to `MAX_TITLE_CHARS` characters.
    Title,
    /// Free text, possibly empty.
    Text,
    /// `YYYY-YYYY`, the end not before the start.
    Period,
    /// One of `ACTIVITY_STATUSES`.
    Status,
    /// A whole number from 0 to 100.
    Percent,
    /// A whole number from 0 up.
    Count,
    /// `YYYY-MM-DD`, or empty.
    Day,
    /// `member:ID`, `organisation:ID` or empty.
    Owner,
    /// Aspiration ids, ascending, comma-separated; at least one.
    Aspirations,
    /// Organisation ids, ascending, comma-separated.
    Organisations,
}

/// Every field that can be changed, by entity.
const FIELDS: &[(Entity, &str, Kind)] = &[
    (Entity::Strategy, "title", Kind::Title),
    (Entity::Strategy, "period", Kind::Period),
    (Entity::Strategy, "vision", Kind::Text),
    (Entity::Strategy, "mission", Kind::Text),
    (Entity::Aspiration, "title", Kind::Title),
    (Entity::Aspiration, "description", Kind::Text),
    (Entity::Activity, "title", Kind::Title),
    (Entity::Activity, "description", Kind::Text),
    (Entity::Activity, "status", Kind::Status),
    (Entity::Activity, "progress", Kind::Percent),
    (Entity::Activity, "start_on", Kind::Day),
    (Entity::Activity, "due_on", Kind::Day),
    (Entity::Activity, "owner", Kind::Owner),
    (Entity::Activity, "aspirations", Kind::Aspirations),
    (Entity::Activity, "contributors", Kind::Organisations),
    (Entity::Indicator, "name", Kind::Title),
    (Entity::Indicator, "target", Kind::Count),
    (Entity::Indicator, "actual", Kind::Count),
];

/// The fields of an activity, in the order its form shows them.
pub const ACTIVITY_FIELDS: [&str; 9] = [
    "title",
    "description",
    "aspirations",
    "owner",
    "contributors",
    "start_on",
    "due_on",
    "status",
    "progress",
];

/// The fields whose change is told to the followers of an activity.
pub const FOLLOWED_FIELDS: [&str; 4] = ["status", "owner", "start_on", "due_on"];

/// Whether a text field holds free (multi-line) text rather than a choice:
/// the fields whose conflicting versions can be merged.
pub fn is_text(entity: Entity, field: &str) -> bool {
    kind(entity, field) == Some(Kind::Text)
}

fn kind(entity: Entity, field: &str) -> Option<Kind> {
    FIELDS
        .iter()
        .find(|(e, f, _)| *e == entity && *f == field)
        .map(|(_, _, k)| *k)
}

/// Whether `field` is a field of `entity` that can be changed.
pub fn exists(entity: Entity, field: &str) -> bool {
    kind(entity, field).is_some()
}

/// Newlines as `\n` (forms send `\r\n`) and no surrounding blanks.
fn tidy(raw: &str) -> String {
    raw.replace("\r\n", "\n").trim().to_owned()
}

fn ids(raw: &str) -> Result<Vec<i32>, Refusal> {
    let mut ids = raw
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<i32>().map_err(|_| Refusal::ChoiceUnknown))
        .collect::<Result<Vec<_>, _>>()?;
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

fn join(ids: &[i32]) -> String {
    ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}

fn number(raw: &str, max: i64) -> Result<String, Refusal> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(n.to_string()),
        _ => Err(Refusal::NumberInvalid),
    }
}

/// The value as it is stored, or why it cannot be: checks that need no database.
pub fn canonical(entity: Entity, field: &str, raw: &str) -> Result<String, Refusal> {
    let kind = kind(entity, field).ok_or(Refusal::ChoiceUnknown)?;
    let text = tidy(raw);
    match kind {
        Kind::Title => {
            let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
            match line.chars().count() {
                0 => Err(Refusal::TextMissing),
                n if n > MAX_TITLE_CHARS => Err(Refusal::TextTooLong),
                _ => Ok(line),
            }
        }
        Kind::Text if text.chars().count() > MAX_TEXT_CHARS => Err(Refusal::TextTooLong),
        Kind::Text => Ok(text),
        Kind::Period => {
            let (start, end) = text.split_once('-').ok_or(Refusal::NumberInvalid)?;
            let year = |s: &str| match s.trim().parse::<i32>() {
                Ok(y) if (2000..=2100).contains(&y) => Ok(y),
                _ => Err(Refusal::NumberInvalid),
            };
            let (start, end) = (year(start)?, year(end)?);
            if end < start {
                return Err(Refusal::DatesReversed);
            }
            Ok(format!("{start}-{end}"))
        }
        Kind::Status if ACTIVITY_STATUSES.contains(&text.as_str()) => Ok(text),
        Kind::Status => Err(Refusal::ChoiceUnknown),
        Kind::Percent => number(&text, 100),
        Kind::Count => number(&text, 1_000_000_000),
        Kind::Day if text.is_empty() => Ok(text),
        Kind::Day => NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(|d| d.format("%Y-%m-%d").to_string())
            .map_err(|_| Refusal::DateInvalid),
        Kind::Owner if text.is_empty() => Ok(text),
        Kind::Owner => match text.split_once(':') {
            Some((kind @ ("member" | "organisation"), id)) => id
                .trim()
                .parse::<i32>()
                .map(|id| format!("{kind}:{id}"))
                .map_err(|_| Refusal::ChoiceUnknown),
            _ => Err(Refusal::ChoiceUnknown),
        },
        Kind::Aspirations => {
            let ids = ids(&text)?;
            if ids.is_empty() {
                return Err(Refusal::AspirationMissing);
            }
            Ok(join(&ids))
        }
        Kind::Organisations => Ok(join(&ids(&text)?)),
    }
}

/// The value written down as the form would send it back: what a writer
/// "started from". Values that cannot be read are compared as they are.
pub fn base(entity: Entity, field: &str, raw: &str) -> String {
    canonical(entity, field, raw).unwrap_or_else(|_| tidy(raw))
}

/// The field's current value, or `None` when the entity does not exist.
pub async fn current(
    db: &impl ConnectionTrait,
    entity: Entity,
    id: i32,
    field: &str,
) -> Result<Option<String>, StoreError> {
    let kind = kind(entity, field).ok_or(Refusal::ChoiceUnknown)?;
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    match kind {
        Kind::Aspirations | Kind::Organisations => {
            let (table, column) = if kind == Kind::Aspirations {
                ("activity_aspiration", "aspiration_id")
            } else {
                ("activity_contributor", "organisation_id")
            };
            let mut exists = Sql::new(backend);
            exists
                .push("SELECT 1 AS one FROM activity WHERE id = ")
                .bind(id);
            if db.query_one_raw(exists.statement()).await?.is_none() {
                return Ok(None);
            }
            sql.push(&format!(
                "SELECT {column} AS v FROM {table} WHERE activity_id = "
            ))
            .bind(id)
            .push(&format!(" ORDER BY {column}"));
            let ids = db
                .query_all_raw(sql.statement())
                .await?
                .iter()
                .map(|r| r.try_get::<i32>("", "v"))
                .collect::<Result<Vec<_>, _>>()?;
            return Ok(Some(join(&ids)));
        }
        Kind::Owner => {
            sql.push("SELECT owner_member_id, owner_organisation_id FROM activity WHERE id = ")
                .bind(id);
            let Some(row) = db.query_one_raw(sql.statement()).await? else {
                return Ok(None);
            };
            let member: Option<i32> = row.try_get("", "owner_member_id")?;
            let organisation: Option<i32> = row.try_get("", "owner_organisation_id")?;
            return Ok(Some(match (member, organisation) {
                (Some(m), _) => format!("member:{m}"),
                (None, Some(o)) => format!("organisation:{o}"),
                (None, None) => String::new(),
            }));
        }
        Kind::Period => {
            sql.push("SELECT period_start, period_end FROM strategy WHERE id = ")
                .bind(id);
            let Some(row) = db.query_one_raw(sql.statement()).await? else {
                return Ok(None);
            };
            let start: i32 = row.try_get("", "period_start")?;
            let end: i32 = row.try_get("", "period_end")?;
            return Ok(Some(format!("{start}-{end}")));
        }
        _ => {}
    }
    sql.push(&format!(
        "SELECT {field} AS v FROM {} WHERE id = ",
        entity.table()
    ))
    .bind(id);
    let Some(row) = db.query_one_raw(sql.statement()).await? else {
        return Ok(None);
    };
    Ok(Some(match kind {
        Kind::Percent | Kind::Count => row.try_get::<i32>("", "v")?.to_string(),
        Kind::Day => row.try_get::<Option<String>>("", "v")?.unwrap_or_default(),
        _ => row.try_get::<String>("", "v")?,
    }))
}

/// Stores a canonical value, after the checks that need the database (the
/// owner exists, the aspirations are the strategy's, the dates are in order).
pub(crate) async fn store(
    db: &impl ConnectionTrait,
    strategy_id: i32,
    entity: Entity,
    id: i32,
    field: &str,
    value: &str,
) -> Result<(), StoreError> {
    let kind = kind(entity, field).ok_or(Refusal::ChoiceUnknown)?;
    let backend = db.get_database_backend();
    let table = entity.table();
    let mut sql = Sql::new(backend);
    match kind {
        Kind::Aspirations | Kind::Organisations => {
            let wanted = ids(value)?;
            let (link, column, check) = if kind == Kind::Aspirations {
                (
                    "activity_aspiration",
                    "aspiration_id",
                    "SELECT COUNT(*) AS n FROM aspiration WHERE strategy_id = ",
                )
            } else {
                (
                    "activity_contributor",
                    "organisation_id",
                    "SELECT COUNT(*) AS n FROM organisation WHERE -1 <> ",
                )
            };
            if !wanted.is_empty() {
                let mut count = Sql::new(backend);
                count.push(check).bind(strategy_id);
                super::super::counselling::in_list(&mut count, " AND id IN (", &wanted);
                let found: i64 = db
                    .query_one_raw(count.statement())
                    .await?
                    .map(|r| r.try_get("", "n"))
                    .transpose()?
                    .unwrap_or(0);
                if found != wanted.len() as i64 {
                    return Err(Refusal::ChoiceUnknown.into());
                }
            }
            sql.push(&format!("DELETE FROM {link} WHERE activity_id = "))
                .bind(id);
            db.execute_raw(sql.statement()).await?;
            for other in wanted {
                let mut insert = Sql::new(backend);
                insert
                    .push(&format!(
                        "INSERT INTO {link} (activity_id, {column}) VALUES ("
                    ))
                    .bind(id)
                    .push(", ")
                    .bind(other)
                    .push(")");
                db.execute_raw(insert.statement()).await?;
            }
            return Ok(());
        }
        Kind::Owner => {
            let (member, organisation) = match value.split_once(':') {
                Some(("member", n)) => (n.parse::<i32>().ok(), None),
                Some(("organisation", n)) => (None, n.parse::<i32>().ok()),
                _ => (None, None),
            };
            for (table, wanted) in [("member", member), ("organisation", organisation)] {
                if let Some(wanted) = wanted {
                    let mut exists = Sql::new(backend);
                    exists
                        .push(&format!("SELECT 1 AS one FROM {table} WHERE id = "))
                        .bind(wanted);
                    if db.query_one_raw(exists.statement()).await?.is_none() {
                        return Err(Refusal::ChoiceUnknown.into());
                    }
                }
            }
            sql.push("UPDATE activity SET owner_member_id = ")
                .bind(member)
                .push(", owner_organisation_id = ")
                .bind(organisation);
        }
        Kind::Period => {
            let (start, end) = value.split_once('-').ok_or(Refusal::NumberInvalid)?;
            let year = |s: &str| s.parse::<i32>().map_err(|_| Refusal::NumberInvalid);
            sql.push("UPDATE strategy SET period_start = ")
                .bind(year(start)?)
                .push(", period_end = ")
                .bind(year(end)?);
        }
        Kind::Percent | Kind::Count => {
            let n: i32 = value.parse().map_err(|_| Refusal::NumberInvalid)?;
            sql.push(&format!("UPDATE {table} SET {field} = ")).bind(n);
        }
        Kind::Day => {
            let day = (!value.is_empty()).then(|| value.to_owned());
            sql.push(&format!("UPDATE {table} SET {field} = "))
                .bind(day);
        }
        Kind::Title | Kind::Text | Kind::Status => {
            sql.push(&format!("UPDATE {table} SET {field} = "))
                .bind(value.to_owned());
        }
    }
    sql.push(" WHERE id = ").bind(id);
    if db.execute_raw(sql.statement()).await?.rows_affected() == 0 {
        return Err(Refusal::Forbidden.into());
    }
    Ok(())
}

/// Refuses an activity whose due date comes before its start (checked after
/// all of a form's changes, so that both dates can move at once).
pub(crate) async fn check_dates(
    db: &impl ConnectionTrait,
    activity_id: i32,
) -> Result<(), StoreError> {
    let start = current(db, Entity::Activity, activity_id, "start_on").await?;
    let due = current(db, Entity::Activity, activity_id, "due_on").await?;
    match (start.as_deref(), due.as_deref()) {
        (Some(s), Some(d)) if !s.is_empty() && !d.is_empty() && d < s => {
            Err(Refusal::DatesReversed.into())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_down_one_way() {
        let c = |e, f, raw| canonical(e, f, raw);
        assert_eq!(
            c(Entity::Activity, "title", "  Job  shadowing \n"),
            Ok("Job shadowing".into())
        );
        assert_eq!(
            c(Entity::Activity, "description", "a\r\nb "),
            Ok("a\nb".into())
        );
        assert_eq!(
            c(Entity::Activity, "aspirations", "5, 3,5"),
            Ok("3,5".into())
        );
        assert_eq!(
            c(Entity::Activity, "aspirations", " "),
            Err(Refusal::AspirationMissing)
        );
        assert_eq!(c(Entity::Activity, "contributors", ""), Ok(String::new()));
        assert_eq!(
            c(Entity::Activity, "progress", "101"),
            Err(Refusal::NumberInvalid)
        );
        assert_eq!(c(Entity::Activity, "progress", " 40"), Ok("40".into()));
        assert_eq!(
            c(Entity::Activity, "due_on", "2027-02-30"),
            Err(Refusal::DateInvalid)
        );
        assert_eq!(
            c(Entity::Activity, "due_on", "2027-2-3"),
            Ok("2027-02-03".into())
        );
        assert_eq!(
            c(Entity::Activity, "status", "finished"),
            Err(Refusal::ChoiceUnknown)
        );
        assert_eq!(
            c(Entity::Activity, "owner", "member:7"),
            Ok("member:7".into())
        );
        assert_eq!(
            c(Entity::Activity, "owner", "robot:7"),
            Err(Refusal::ChoiceUnknown)
        );
        assert_eq!(
            c(Entity::Strategy, "period", "2030-2026"),
            Err(Refusal::DatesReversed)
        );
        assert_eq!(
            c(Entity::Strategy, "period", "2026 - 2030"),
            Ok("2026-2030".into())
        );
        assert_eq!(
            c(Entity::Activity, "secret", "x"),
            Err(Refusal::ChoiceUnknown)
        );
        assert_eq!(
            c(Entity::Indicator, "target", "-1"),
            Err(Refusal::NumberInvalid)
        );
    }

    #[test]
    fn a_base_that_cannot_be_read_is_kept_as_sent() {
        assert_eq!(base(Entity::Activity, "progress", " 7 "), "7");
        assert_eq!(base(Entity::Activity, "progress", "lots"), "lots");
        assert!(is_text(Entity::Activity, "description") && !is_text(Entity::Activity, "title"));
    }
}
