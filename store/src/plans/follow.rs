//! Following an activity or an aspiration: a follower is told (in the app and
//! in their digest) when an activity's status, owner or dates change.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use super::{owner_strategy, Entity};
use crate::account::Actor;
use crate::counselling::full_name;
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::{Db, StoreError};

/// A member follows (or stops following) an activity or an aspiration.
pub async fn set(
    db: &Db,
    actor: &Actor,
    entity: Entity,
    id: i32,
    on: bool,
) -> Result<(), StoreError> {
    if !matches!(entity, Entity::Activity | Entity::Aspiration)
        || owner_strategy(db, entity, id).await?.is_none()
    {
        return Err(Refusal::Forbidden.into());
    }
    let mut sql = Sql::new(db.get_database_backend());
    if on {
        sql.push("INSERT INTO plan_follow (member_id, target, target_id) VALUES (")
            .bind(actor.member_id)
            .push(", ")
            .bind(entity.as_str())
            .push(", ")
            .bind(id)
            .push(") ON CONFLICT DO NOTHING");
    } else {
        sql.push("DELETE FROM plan_follow WHERE member_id = ")
            .bind(actor.member_id)
            .push(" AND target = ")
            .bind(entity.as_str())
            .push(" AND target_id = ")
            .bind(id);
    }
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// What a member follows: (entity, id) pairs.
pub async fn followed(db: &Db, member_id: i32) -> Result<Vec<(Entity, i32)>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT target, target_id FROM plan_follow WHERE member_id = ")
        .bind(member_id);
    let rows = db.query_all_raw(sql.statement()).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        if let Some(entity) = Entity::parse(&row.try_get::<String>("", "target")?) {
            out.push((entity, row.try_get("", "target_id")?));
        }
    }
    Ok(out)
}

/// Tells the followers of an activity, and of the aspirations it serves, of
/// a revision (not its writer); in the writer's transaction.
pub(crate) async fn tell_followers(
    db: &impl ConnectionTrait,
    activity_id: i32,
    revision_id: i32,
    writer: i32,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("INSERT INTO plan_notification (member_id, revision_id, created_at) SELECT DISTINCT f.member_id, ")
        .bind(revision_id)
        .push(", ")
        .bind(Utc::now())
        .push(
            " FROM plan_follow f WHERE ((f.target = 'activity' AND f.target_id = ",
        )
        .bind(activity_id)
        .push(
            ") OR (f.target = 'aspiration' AND f.target_id IN \
             (SELECT aspiration_id FROM activity_aspiration WHERE activity_id = ",
        )
        .bind(activity_id)
        .push("))) AND f.member_id <> ")
        .bind(writer);
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// A change to something a member follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanNotification {
    pub id: i32,
    pub strategy_id: i32,
    pub activity_id: i32,
    pub activity_title: String,
    /// One of `fields::FOLLOWED_FIELDS`.
    pub field: String,
    pub before: String,
    pub after: String,
    pub author_name: String,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

const SELECT: &str = "SELECT n.id, n.created_at, n.read_at, r.strategy_id, r.entity_id, r.field, \
     r.before, r.after, a.title, m.given_name, m.family_name \
     FROM plan_notification n JOIN plan_revision r ON r.id = n.revision_id \
     JOIN activity a ON a.id = r.entity_id JOIN member m ON m.id = r.member_id WHERE n.member_id = ";

fn from_row(r: &sea_orm::QueryResult) -> Result<PlanNotification, StoreError> {
    Ok(PlanNotification {
        id: r.try_get("", "id")?,
        strategy_id: r.try_get("", "strategy_id")?,
        activity_id: r.try_get("", "entity_id")?,
        activity_title: r.try_get("", "title")?,
        field: r.try_get("", "field")?,
        before: r
            .try_get::<Option<String>>("", "before")?
            .unwrap_or_default(),
        after: r
            .try_get::<Option<String>>("", "after")?
            .unwrap_or_default(),
        author_name: full_name(r)?,
        created_at: r.try_get("", "created_at")?,
        read: r.try_get::<Option<DateTime<Utc>>>("", "read_at")?.is_some(),
    })
}

/// A member's latest plan notifications, newest first.
pub async fn notifications(
    db: &Db,
    member_id: i32,
    limit: u32,
) -> Result<Vec<PlanNotification>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(SELECT)
        .bind(member_id)
        .push(" ORDER BY n.id DESC LIMIT ")
        .bind(i64::from(limit.clamp(1, 200)));
    let rows = db.query_all_raw(sql.statement()).await?;
    rows.iter().map(from_row).collect()
}

/// Marks a member's plan notifications read (all, or those of one activity).
pub async fn mark_read(
    db: &impl ConnectionTrait,
    member_id: i32,
    activity_id: Option<i32>,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("UPDATE plan_notification SET read_at = ")
        .bind(Utc::now())
        .push(" WHERE read_at IS NULL AND member_id = ")
        .bind(member_id);
    if let Some(activity_id) = activity_id {
        sql.push(
            " AND revision_id IN (SELECT id FROM plan_revision WHERE entity = 'activity' AND entity_id = ",
        )
        .bind(activity_id)
        .push(")");
    }
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// Takes a member's unread, unmailed plan notifications for their digest and
/// marks them mailed (in the digest's transaction).
pub(crate) async fn claim(
    db: &impl ConnectionTrait,
    member_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<PlanNotification>, StoreError> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push(SELECT)
        .bind(member_id)
        .push(" AND n.read_at IS NULL AND n.mailed_at IS NULL ORDER BY n.id LIMIT 100");
    let rows = db.query_all_raw(sql.statement()).await?;
    let out = rows.iter().map(from_row).collect::<Result<Vec<_>, _>>()?;
    let mut sql = Sql::new(backend);
    sql.push("UPDATE plan_notification SET mailed_at = ")
        .bind(now)
        .push(" WHERE mailed_at IS NULL AND read_at IS NULL AND member_id = ")
        .bind(member_id);
    db.execute_raw(sql.statement()).await?;
    Ok(out)
}
