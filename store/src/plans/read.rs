//! Reading plans: the strategies of each network, one strategy with its
//! aspirations and action plan (progress rolled up), the revisions after one
//! a page has seen, and an activity's history.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, QueryResult};

use super::{rounds, Entity};
use crate::counselling::full_name;
use crate::sql::Sql;
use crate::{Db, StoreError};

/// A strategy in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrategySummary {
    pub id: i32,
    pub network_id: i32,
    pub network_name: String,
    pub title: String,
    pub period_start: i32,
    pub period_end: i32,
    pub status: String,
    pub activities: i64,
}

/// Every strategy, by network then most recent period first.
pub async fn strategies(db: &Db) -> Result<Vec<StrategySummary>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT s.id, s.network_id, n.name AS network_name, s.title, s.period_start, s.period_end, s.status, \
         (SELECT COUNT(*) FROM activity a WHERE a.strategy_id = s.id) AS activities \
         FROM strategy s JOIN network n ON n.id = s.network_id ORDER BY n.name, s.period_start DESC, s.id",
    );
    let rows = db.query_all_raw(sql.statement()).await?;
    rows.iter()
        .map(|r| {
            Ok(StrategySummary {
                id: r.try_get("", "id")?,
                network_id: r.try_get("", "network_id")?,
                network_name: r.try_get("", "network_name")?,
                title: r.try_get("", "title")?,
                period_start: r.try_get("", "period_start")?,
                period_end: r.try_get("", "period_end")?,
                status: r.try_get("", "status")?,
                activities: r.try_get("", "activities")?,
            })
        })
        .collect()
}

/// A member or an organisation, as a form names it (`member:7`) and a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub key: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aspiration {
    pub id: i32,
    pub position: i32,
    pub title: String,
    pub description: String,
    /// The mean progress of its activities (done counts fully, cancelled not at all).
    pub progress: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub id: i32,
    pub name: String,
    pub target: i32,
    pub actual: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub id: i32,
    pub title: String,
    pub description: String,
    pub owner: Option<Party>,
    pub contributors: Vec<Party>,
    /// Ids of the aspirations it serves, ascending.
    pub aspirations: Vec<i32>,
    /// `YYYY-MM-DD` or empty.
    pub start_on: String,
    pub due_on: String,
    pub status: String,
    pub progress: i32,
    pub indicators: Vec<Indicator>,
}

impl Activity {
    /// The progress that counts in the roll-ups: done is 100 %, cancelled is left out.
    fn counted(&self) -> Option<u32> {
        match self.status.as_str() {
            "cancelled" => None,
            "done" => Some(100),
            _ => Some(self.progress.clamp(0, 100) as u32),
        }
    }
}

/// The mean of the activities' counted progress, 0 when none counts.
pub fn rollup<'a>(activities: impl Iterator<Item = &'a Activity>) -> u8 {
    let (sum, n) = activities
        .filter_map(Activity::counted)
        .fold((0u32, 0u32), |(s, n), p| (s + p, n + 1));
    (sum + n / 2).checked_div(n).unwrap_or(0) as u8
}

/// A strategy with its action plan, as anyone may read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub id: i32,
    pub network_id: i32,
    pub network_slug: String,
    pub network_name: String,
    pub title: String,
    pub period_start: i32,
    pub period_end: i32,
    pub vision: String,
    pub mission: String,
    pub status: String,
    pub aspirations: Vec<Aspiration>,
    pub activities: Vec<Activity>,
    /// The open feedback round, if any.
    pub round: Option<rounds::Round>,
    /// The latest revision: a live page follows the changes after it.
    pub last_revision: i32,
    /// The whole plan's progress.
    pub progress: u8,
}

fn party(r: &QueryResult, kind: &str, id_column: &str) -> Result<Option<Party>, StoreError> {
    let Some(id) = r.try_get::<Option<i32>>("", id_column)? else {
        return Ok(None);
    };
    let name = if kind == "member" {
        full_name(r)?
    } else {
        r.try_get("", "organisation_name")?
    };
    Ok(Some(Party {
        key: format!("{kind}:{id}"),
        name,
    }))
}

/// One strategy with everything its pages show, or `None`.
pub async fn plan(db: &Db, id: i32) -> Result<Option<Plan>, StoreError> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT s.*, n.slug AS network_slug, n.name AS network_name, \
         (SELECT COALESCE(MAX(r.id), 0) FROM plan_revision r WHERE r.strategy_id = s.id) AS last_revision \
         FROM strategy s JOIN network n ON n.id = s.network_id WHERE s.id = ",
    )
    .bind(id);
    let Some(s) = db.query_one_raw(sql.statement()).await? else {
        return Ok(None);
    };
    let query = |text: &str| {
        let mut sql = Sql::new(backend);
        sql.push(text).bind(id);
        sql.statement()
    };
    let mut aspirations = db
        .query_all_raw(query(
            "SELECT id, position, title, description FROM aspiration WHERE strategy_id = ",
        ))
        .await?
        .iter()
        .map(|r| {
            Ok(Aspiration {
                id: r.try_get("", "id")?,
                position: r.try_get("", "position")?,
                title: r.try_get("", "title")?,
                description: r.try_get("", "description")?,
                progress: 0,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    aspirations.sort_by_key(|a| (a.position, a.id));
    let mut activities = Vec::new();
    for r in db
        .query_all_raw(query(
            "SELECT a.id, a.title, a.description, a.owner_member_id, a.owner_organisation_id, \
             a.start_on, a.due_on, a.status, a.progress, m.given_name, m.family_name, \
             o.name AS organisation_name FROM activity a \
             LEFT JOIN member m ON m.id = a.owner_member_id \
             LEFT JOIN organisation o ON o.id = a.owner_organisation_id WHERE a.strategy_id = ",
        ))
        .await?
    {
        let owner = match party(&r, "member", "owner_member_id")? {
            Some(member) => Some(member),
            None => party(&r, "organisation", "owner_organisation_id")?,
        };
        activities.push(Activity {
            id: r.try_get("", "id")?,
            title: r.try_get("", "title")?,
            description: r.try_get("", "description")?,
            owner,
            contributors: Vec::new(),
            aspirations: Vec::new(),
            start_on: r
                .try_get::<Option<String>>("", "start_on")?
                .unwrap_or_default(),
            due_on: r
                .try_get::<Option<String>>("", "due_on")?
                .unwrap_or_default(),
            status: r.try_get("", "status")?,
            progress: r.try_get("", "progress")?,
            indicators: Vec::new(),
        });
    }
    let by_id =
        |activities: &mut Vec<Activity>, id: i32| activities.iter_mut().position(|a| a.id == id);
    for r in db
        .query_all_raw(query(
            "SELECT l.activity_id, l.aspiration_id FROM activity_aspiration l \
             JOIN activity a ON a.id = l.activity_id WHERE a.strategy_id = ",
        ))
        .await?
    {
        if let Some(i) = by_id(&mut activities, r.try_get("", "activity_id")?) {
            activities[i]
                .aspirations
                .push(r.try_get("", "aspiration_id")?);
        }
    }
    for r in db
        .query_all_raw(query(
            "SELECT l.activity_id, o.id, o.name FROM activity_contributor l \
             JOIN activity a ON a.id = l.activity_id JOIN organisation o ON o.id = l.organisation_id \
             WHERE a.strategy_id = ",
        ))
        .await?
    {
        if let Some(i) = by_id(&mut activities, r.try_get("", "activity_id")?) {
            let id: i32 = r.try_get("", "id")?;
            activities[i].contributors.push(Party {
                key: format!("organisation:{id}"),
                name: r.try_get("", "name")?,
            });
        }
    }
    for r in db
        .query_all_raw(query(
            "SELECT i.id, i.activity_id, i.name, i.target, i.actual FROM indicator i \
             JOIN activity a ON a.id = i.activity_id WHERE a.strategy_id = ",
        ))
        .await?
    {
        if let Some(i) = by_id(&mut activities, r.try_get("", "activity_id")?) {
            activities[i].indicators.push(Indicator {
                id: r.try_get("", "id")?,
                name: r.try_get("", "name")?,
                target: r.try_get("", "target")?,
                actual: r.try_get("", "actual")?,
            });
        }
    }
    for a in &mut activities {
        a.aspirations.sort_unstable();
        a.contributors.sort_by(|x, y| x.key.cmp(&y.key));
        a.indicators.sort_by_key(|i| i.id);
    }
    activities.sort_by(|x, y| {
        (x.start_on.is_empty(), &x.start_on, x.id).cmp(&(y.start_on.is_empty(), &y.start_on, y.id))
    });
    for aspiration in &mut aspirations {
        aspiration.progress = rollup(
            activities
                .iter()
                .filter(|a| a.aspirations.contains(&aspiration.id)),
        );
    }
    let progress = rollup(activities.iter());
    Ok(Some(Plan {
        id,
        network_id: s.try_get("", "network_id")?,
        network_slug: s.try_get("", "network_slug")?,
        network_name: s.try_get("", "network_name")?,
        title: s.try_get("", "title")?,
        period_start: s.try_get("", "period_start")?,
        period_end: s.try_get("", "period_end")?,
        vision: s.try_get("", "vision")?,
        mission: s.try_get("", "mission")?,
        status: s.try_get("", "status")?,
        aspirations,
        activities,
        round: rounds::open_round(db, id).await?,
        last_revision: s.try_get("", "last_revision")?,
        progress,
    }))
}

/// The members and organisations that can own or contribute to a network's
/// activities: its organisations (and those of its member networks) and
/// their members.
pub async fn parties(db: &Db, network_id: i32) -> Result<(Vec<Party>, Vec<Party>), StoreError> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push("SELECT m.id, m.given_name, m.family_name FROM member m WHERE m.organisation_id IN (");
    in_network(&mut sql, network_id);
    sql.push(") ORDER BY m.family_name, m.given_name LIMIT 2000");
    let members = db
        .query_all_raw(sql.statement())
        .await?
        .iter()
        .map(|r| {
            Ok(Party {
                key: format!("member:{}", r.try_get::<i32>("", "id")?),
                name: full_name(r)?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let mut sql = Sql::new(backend);
    sql.push("SELECT o.id, o.name FROM organisation o WHERE o.id IN (");
    in_network(&mut sql, network_id);
    sql.push(") ORDER BY o.name LIMIT 2000");
    let organisations = db
        .query_all_raw(sql.statement())
        .await?
        .iter()
        .map(|r| {
            Ok(Party {
                key: format!("organisation:{}", r.try_get::<i32>("", "id")?),
                name: r.try_get("", "name")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok((members, organisations))
}

/// Appends the ids of the organisations of a network and of its member networks.
fn in_network(sql: &mut Sql, network_id: i32) {
    sql.push("SELECT s.organisation_id FROM membership s WHERE s.organisation_id IS NOT NULL AND (s.network_id = ")
        .bind(network_id)
        .push(" OR s.network_id IN (SELECT x.member_network_id FROM membership x WHERE x.network_id = ")
        .bind(network_id)
        .push("))");
}

/// One accepted change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub id: i32,
    pub strategy_id: i32,
    pub entity: Entity,
    pub entity_id: i32,
    /// A field of `fields`, or `created`.
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub member_name: String,
    pub created_at: DateTime<Utc>,
    /// The revision whose value this one brought back.
    pub restores: Option<i32>,
}

const REVISION_SELECT: &str =
    "SELECT r.id, r.strategy_id, r.entity, r.entity_id, r.field, r.before, r.after, \
     r.created_at, r.restores, m.given_name, m.family_name FROM plan_revision r \
     JOIN member m ON m.id = r.member_id WHERE ";

fn revision(r: &QueryResult) -> Result<Revision, StoreError> {
    let entity: String = r.try_get("", "entity")?;
    Ok(Revision {
        id: r.try_get("", "id")?,
        strategy_id: r.try_get("", "strategy_id")?,
        entity: Entity::parse(&entity).unwrap_or(Entity::Strategy),
        entity_id: r.try_get("", "entity_id")?,
        field: r.try_get("", "field")?,
        before: r.try_get("", "before")?,
        after: r.try_get("", "after")?,
        member_name: full_name(r)?,
        created_at: r.try_get("", "created_at")?,
        restores: r.try_get("", "restores")?,
    })
}

/// The strategy's revisions after `after`, oldest first (at most 500).
pub async fn revisions_after(
    db: &Db,
    strategy_id: i32,
    after: i32,
) -> Result<Vec<Revision>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(REVISION_SELECT)
        .push("r.strategy_id = ")
        .bind(strategy_id)
        .push(" AND r.id > ")
        .bind(after)
        .push(" ORDER BY r.id LIMIT 500");
    let rows = db.query_all_raw(sql.statement()).await?;
    rows.iter().map(revision).collect()
}

/// The history of an activity (its fields and its indicators') or of a
/// strategy's own fields and aspirations, newest first.
pub async fn history(db: &Db, entity: Entity, id: i32) -> Result<Vec<Revision>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(REVISION_SELECT);
    match entity {
        Entity::Activity => {
            sql.push("((r.entity = 'activity' AND r.entity_id = ")
                .bind(id)
                .push(") OR (r.entity = 'indicator' AND r.entity_id IN (SELECT id FROM indicator WHERE activity_id = ")
                .bind(id)
                .push(")))");
        }
        Entity::Strategy => {
            sql.push("r.strategy_id = ")
                .bind(id)
                .push(" AND r.entity IN ('strategy', 'aspiration')");
        }
        other => {
            sql.push("r.entity = ")
                .bind(other.as_str())
                .push(" AND r.entity_id = ")
                .bind(id);
        }
    }
    sql.push(" ORDER BY r.id DESC LIMIT 1000");
    let rows = db.query_all_raw(sql.statement()).await?;
    rows.iter().map(revision).collect()
}

/// A revision by id.
pub async fn revision_by_id(db: &Db, id: i32) -> Result<Option<Revision>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(REVISION_SELECT).push("r.id = ").bind(id);
    db.query_one_raw(sql.statement())
        .await?
        .as_ref()
        .map(revision)
        .transpose()
}

/// Names for the ids a value holds (`member:7`, `3,5` of organisations or
/// aspirations), so that a history reads as words.
pub async fn names(db: &Db, field: &str, value: &str) -> Result<String, StoreError> {
    let backend = db.get_database_backend();
    let lookup = |table: &str, column: &str, id: i32| {
        let mut sql = Sql::new(backend);
        sql.push(&format!("SELECT {column} FROM {table} WHERE id = "))
            .bind(id);
        sql.statement()
    };
    let name_of = |row: Option<QueryResult>, column: &str| -> Result<String, StoreError> {
        Ok(match row {
            Some(r) if column == "member" => full_name(&r)?,
            Some(r) => r.try_get("", column)?,
            None => "?".to_owned(),
        })
    };
    match field {
        "owner" => match value.split_once(':') {
            Some(("member", id)) => {
                let row = db
                    .query_one_raw(lookup(
                        "member",
                        "given_name, family_name",
                        id.parse().unwrap_or(0),
                    ))
                    .await?;
                name_of(row, "member")
            }
            Some(("organisation", id)) => {
                let row = db
                    .query_one_raw(lookup("organisation", "name", id.parse().unwrap_or(0)))
                    .await?;
                name_of(row, "name")
            }
            _ => Ok(String::new()),
        },
        "aspirations" | "contributors" => {
            let (table, column) = if field == "aspirations" {
                ("aspiration", "title")
            } else {
                ("organisation", "name")
            };
            let mut out = Vec::new();
            for id in value.split(',').filter_map(|s| s.parse::<i32>().ok()) {
                let row = db.query_one_raw(lookup(table, column, id)).await?;
                out.push(name_of(row, column)?);
            }
            Ok(out.join("; "))
        }
        _ => Ok(value.to_owned()),
    }
}
