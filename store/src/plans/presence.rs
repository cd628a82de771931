//! Who has a plan open right now, and which activity each is editing. Each
//! open page (a visit) is a row while its live connection lasts; a row not
//! renewed for two minutes belongs to an instance that went away.

use chrono::{Duration, Utc};
use sea_orm::ConnectionTrait;

use crate::counselling::full_name;
use crate::sql::Sql;
use crate::{Db, StoreError};

/// How long a visit counts without being renewed.
const FRESH_FOR: Duration = Duration::minutes(2);

/// A member with the plan open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presence {
    pub member_id: i32,
    pub name: String,
    /// The activity whose form they have open.
    pub editing: Option<i32>,
}

/// Records (or renews) a visit.
pub async fn enter(
    db: &Db,
    visit: &str,
    strategy_id: i32,
    member_id: i32,
    editing: Option<i32>,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("INSERT INTO plan_presence (visit, strategy_id, member_id, activity_id, seen_at) VALUES (")
        .bind(visit)
        .push(", ")
        .bind(strategy_id)
        .push(", ")
        .bind(member_id)
        .push(", ")
        .bind(editing)
        .push(", ")
        .bind(Utc::now())
        .push(") ON CONFLICT (visit) DO UPDATE SET seen_at = excluded.seen_at, activity_id = excluded.activity_id");
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// Ends a visit.
pub async fn leave(db: &Db, visit: &str) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("DELETE FROM plan_presence WHERE visit = ")
        .bind(visit);
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// Who has the plan open, one entry per member (editing wins over viewing).
pub async fn present(
    db: &impl ConnectionTrait,
    strategy_id: i32,
) -> Result<Vec<Presence>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT p.member_id, p.activity_id, m.given_name, m.family_name FROM plan_presence p \
         JOIN member m ON m.id = p.member_id WHERE p.strategy_id = ",
    )
    .bind(strategy_id)
    .push(" AND p.seen_at > ")
    .bind(Utc::now() - FRESH_FOR)
    .push(" ORDER BY m.family_name, m.given_name, p.member_id");
    let mut out: Vec<Presence> = Vec::new();
    for r in db.query_all_raw(sql.statement()).await? {
        let member_id: i32 = r.try_get("", "member_id")?;
        let editing: Option<i32> = r.try_get("", "activity_id")?;
        match out.iter_mut().find(|p| p.member_id == member_id) {
            Some(p) => p.editing = p.editing.or(editing),
            None => out.push(Presence {
                member_id,
                name: full_name(&r)?,
                editing,
            }),
        }
    }
    Ok(out)
}
