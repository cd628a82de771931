//! Feedback rounds and versions. A facilitator opens a round on a draft
//! strategy for a time window; members comment on the strategy, an
//! aspiration or an activity; facilitators resolve each comment (taken up or
//! declined, with a reason); closing the round keeps a version of the
//! strategy, as adopting it does.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DatabaseTransaction};
use serde::{Deserialize, Serialize};

use super::{begin_edit, comments, edit, owner_strategy, Entity, MAX_TEXT_CHARS};
use crate::account::Actor;
use crate::common::returned_id;
use crate::common::{checked_text, MAX_REASON_CHARS};
use crate::counselling::full_name;
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::vocabulary::COMMENT_RESOLUTIONS;
use crate::{Db, StoreError};

/// An open feedback round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: i32,
    /// `YYYY-MM-DD`, both days included.
    pub opens_on: String,
    pub closes_on: String,
}

impl Round {
    /// Whether members may comment on `today`.
    pub fn accepts(&self, today: NaiveDate) -> bool {
        let day = today.format("%Y-%m-%d").to_string();
        self.opens_on <= day && day <= self.closes_on
    }
}

/// The strategy's open round, if any.
pub async fn open_round(
    db: &impl ConnectionTrait,
    strategy_id: i32,
) -> Result<Option<Round>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT id, opens_on, closes_on FROM feedback_round WHERE closed_at IS NULL AND strategy_id = ")
        .bind(strategy_id)
        .push(" ORDER BY id DESC LIMIT 1");
    let Some(r) = db.query_one_raw(sql.statement()).await? else {
        return Ok(None);
    };
    Ok(Some(Round {
        id: r.try_get("", "id")?,
        opens_on: r.try_get("", "opens_on")?,
        closes_on: r.try_get("", "closes_on")?,
    }))
}

async fn status(txn: &DatabaseTransaction, strategy_id: i32) -> Result<String, StoreError> {
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("SELECT status FROM strategy WHERE id = ")
        .bind(strategy_id);
    let row = txn
        .query_one_raw(sql.statement())
        .await?
        .ok_or(Refusal::Forbidden)?;
    Ok(row.try_get("", "status")?)
}

async fn set_status(
    txn: &DatabaseTransaction,
    actor: &Actor,
    strategy_id: i32,
    from: &str,
    to: &str,
) -> Result<i32, StoreError> {
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("UPDATE strategy SET status = ")
        .bind(to)
        .push(" WHERE id = ")
        .bind(strategy_id);
    txn.execute_raw(sql.statement()).await?;
    edit::record(
        txn,
        strategy_id,
        Entity::Strategy,
        strategy_id,
        "status",
        Some(from),
        Some(to),
        actor.member_id,
        None,
    )
    .await
}

fn day(raw: &str) -> Result<String, Refusal> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| Refusal::DateInvalid)
}

/// Opens a round on a draft: it becomes "in feedback". Returns the revision.
pub async fn open(
    db: &Db,
    actor: &Actor,
    strategy_id: i32,
    opens_on: &str,
    closes_on: &str,
) -> Result<i32, StoreError> {
    let (opens_on, closes_on) = (day(opens_on)?, day(closes_on)?);
    if closes_on < opens_on {
        return Err(Refusal::DatesReversed.into());
    }
    let txn = begin_edit(db, actor, strategy_id).await?;
    if status(&txn, strategy_id).await? != "draft" {
        return Err(Refusal::WrongStage.into());
    }
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("INSERT INTO feedback_round (strategy_id, opens_on, closes_on, opened_by, created_at) VALUES (")
        .bind(strategy_id)
        .push(", ")
        .bind(opens_on)
        .push(", ")
        .bind(closes_on)
        .push(", ")
        .bind(actor.member_id)
        .push(", ")
        .bind(Utc::now())
        .push(") RETURNING id");
    returned_id(&txn, &sql).await?;
    let revision = set_status(&txn, actor, strategy_id, "draft", "feedback").await?;
    txn.commit().await?;
    Ok(revision)
}

/// Closes the open round: the strategy is a draft again, and this moment is kept as a version.
pub async fn close(db: &Db, actor: &Actor, strategy_id: i32) -> Result<i32, StoreError> {
    let txn = begin_edit(db, actor, strategy_id).await?;
    let Some(round) = open_round(&txn, strategy_id).await? else {
        return Err(Refusal::WrongStage.into());
    };
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("UPDATE feedback_round SET closed_at = ")
        .bind(Utc::now())
        .push(" WHERE id = ")
        .bind(round.id);
    txn.execute_raw(sql.statement()).await?;
    let revision = set_status(&txn, actor, strategy_id, "feedback", "draft").await?;
    keep_version(&txn, actor, strategy_id, "round").await?;
    txn.commit().await?;
    Ok(revision)
}

/// Adopts a draft (no round open): kept as a version.
pub async fn adopt(db: &Db, actor: &Actor, strategy_id: i32) -> Result<i32, StoreError> {
    let txn = begin_edit(db, actor, strategy_id).await?;
    if status(&txn, strategy_id).await? != "draft" {
        return Err(Refusal::WrongStage.into());
    }
    let revision = set_status(&txn, actor, strategy_id, "draft", "adopted").await?;
    keep_version(&txn, actor, strategy_id, "adopted").await?;
    txn.commit().await?;
    Ok(revision)
}

/// Takes an adopted strategy back to a draft, for the next iteration.
pub async fn reopen(db: &Db, actor: &Actor, strategy_id: i32) -> Result<i32, StoreError> {
    let txn = begin_edit(db, actor, strategy_id).await?;
    if status(&txn, strategy_id).await? != "adopted" {
        return Err(Refusal::WrongStage.into());
    }
    let revision = set_status(&txn, actor, strategy_id, "adopted", "draft").await?;
    txn.commit().await?;
    Ok(revision)
}

/// What a version keeps of a strategy.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub title: String,
    pub period: String,
    pub vision: String,
    pub mission: String,
    /// Title and description of each aspiration, in order.
    pub aspirations: Vec<(String, String)>,
}

async fn keep_version(
    txn: &DatabaseTransaction,
    actor: &Actor,
    strategy_id: i32,
    reason: &str,
) -> Result<(), StoreError> {
    let backend = txn.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push("SELECT title, period_start, period_end, vision, mission FROM strategy WHERE id = ")
        .bind(strategy_id);
    let s = txn
        .query_one_raw(sql.statement())
        .await?
        .ok_or(Refusal::Forbidden)?;
    let mut sql = Sql::new(backend);
    sql.push("SELECT title, description FROM aspiration WHERE strategy_id = ")
        .bind(strategy_id)
        .push(" ORDER BY position, id");
    let aspirations = txn
        .query_all_raw(sql.statement())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("", "title")?, r.try_get("", "description")?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    let snapshot = Snapshot {
        title: s.try_get("", "title")?,
        period: format!(
            "{}-{}",
            s.try_get::<i32>("", "period_start")?,
            s.try_get::<i32>("", "period_end")?
        ),
        vision: s.try_get("", "vision")?,
        mission: s.try_get("", "mission")?,
        aspirations,
    };
    let mut sql = Sql::new(backend);
    sql.push("INSERT INTO strategy_version (strategy_id, number, snapshot, reason, member_id, created_at) VALUES (")
        .bind(strategy_id)
        .push(", (SELECT COALESCE(MAX(number), 0) + 1 FROM strategy_version WHERE strategy_id = ")
        .bind(strategy_id)
        .push("), ")
        .bind(serde_json::to_string(&snapshot).unwrap_or_default())
        .push(", ")
        .bind(reason)
        .push(", ")
        .bind(actor.member_id)
        .push(", ")
        .bind(Utc::now())
        .push(") RETURNING id");
    returned_id(txn, &sql).await?;
    Ok(())
}

/// A kept version of a strategy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub number: i32,
    /// `round` (a feedback round closed) or `adopted`.
    pub reason: String,
    pub member_name: String,
    pub created_at: DateTime<Utc>,
    pub snapshot: Snapshot,
}

/// The strategy's versions, newest first.
pub async fn versions(db: &Db, strategy_id: i32) -> Result<Vec<Version>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT v.number, v.reason, v.snapshot, v.created_at, m.given_name, m.family_name \
         FROM strategy_version v JOIN member m ON m.id = v.member_id WHERE v.strategy_id = ",
    )
    .bind(strategy_id)
    .push(" ORDER BY v.number DESC");
    let rows = db.query_all_raw(sql.statement()).await?;
    rows.iter()
        .map(|r| {
            Ok(Version {
                number: r.try_get("", "number")?,
                reason: r.try_get("", "reason")?,
                member_name: full_name(r)?,
                created_at: r.try_get("", "created_at")?,
                snapshot: serde_json::from_str(&r.try_get::<String>("", "snapshot")?)
                    .unwrap_or_default(),
            })
        })
        .collect()
}

/// A member's comment in a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: i32,
    pub round_id: i32,
    pub target: Entity,
    pub target_id: i32,
    pub member_name: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
    /// `taken-up` or `declined`, once a facilitator resolved it.
    pub resolution: Option<String>,
    pub reason: Option<String>,
}

/// A member comments on the strategy, one of its aspirations or one of its
/// activities while a round accepts comments.
pub async fn comment(
    db: &Db,
    actor: &Actor,
    strategy_id: i32,
    target: Entity,
    target_id: i32,
    body: &str,
    today: NaiveDate,
) -> Result<i32, StoreError> {
    let body = checked_text(body, MAX_TEXT_CHARS)?;
    let Some((_, network_id)) = owner_strategy(db, Entity::Strategy, strategy_id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    if !comments(db, Some(actor), network_id).await? {
        return Err(Refusal::Forbidden.into());
    }
    if target == Entity::Indicator
        || owner_strategy(db, target, target_id).await?.map(|(s, _)| s) != Some(strategy_id)
    {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let Some(round) = open_round(db, strategy_id)
        .await?
        .filter(|r| r.accepts(today))
    else {
        return Err(Refusal::WrongStage.into());
    };
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("INSERT INTO plan_comment (round_id, target, target_id, member_id, body, created_at) VALUES (")
        .bind(round.id)
        .push(", ")
        .bind(target.as_str())
        .push(", ")
        .bind(target_id)
        .push(", ")
        .bind(actor.member_id)
        .push(", ")
        .bind(body)
        .push(", ")
        .bind(Utc::now())
        .push(") RETURNING id");
    returned_id(db, &sql).await
}

/// A facilitator resolves a comment: taken up or declined, with a reason.
pub async fn resolve(
    db: &Db,
    actor: &Actor,
    comment_id: i32,
    resolution: &str,
    reason: &str,
) -> Result<(), StoreError> {
    if !COMMENT_RESOLUTIONS.contains(&resolution) {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let reason = checked_text(reason, MAX_REASON_CHARS)?;
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT r.strategy_id, c.resolution FROM plan_comment c JOIN feedback_round r ON r.id = c.round_id WHERE c.id = ")
        .bind(comment_id);
    let Some(row) = db.query_one_raw(sql.statement()).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let strategy_id: i32 = row.try_get("", "strategy_id")?;
    if row.try_get::<Option<String>>("", "resolution")?.is_some() {
        return Err(Refusal::AlreadyDecided.into());
    }
    let txn = begin_edit(db, actor, strategy_id).await?;
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("UPDATE plan_comment SET resolution = ")
        .bind(resolution)
        .push(", reason = ")
        .bind(reason)
        .push(", resolved_by = ")
        .bind(actor.member_id)
        .push(", resolved_at = ")
        .bind(Utc::now())
        .push(" WHERE resolution IS NULL AND id = ")
        .bind(comment_id);
    if txn.execute_raw(sql.statement()).await?.rows_affected() == 0 {
        return Err(Refusal::AlreadyDecided.into());
    }
    txn.commit().await?;
    Ok(())
}

/// Every comment on a strategy, in every round, oldest first.
pub async fn comments_of(db: &Db, strategy_id: i32) -> Result<Vec<Comment>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT c.id, c.round_id, c.target, c.target_id, c.body, c.created_at, c.resolution, c.reason, \
         m.given_name, m.family_name FROM plan_comment c JOIN feedback_round r ON r.id = c.round_id \
         JOIN member m ON m.id = c.member_id WHERE r.strategy_id = ",
    )
    .bind(strategy_id)
    .push(" ORDER BY c.id");
    let rows = db.query_all_raw(sql.statement()).await?;
    rows.iter()
        .map(|r| {
            Ok(Comment {
                id: r.try_get("", "id")?,
                round_id: r.try_get("", "round_id")?,
                target: Entity::parse(&r.try_get::<String>("", "target")?)
                    .unwrap_or(Entity::Strategy),
                target_id: r.try_get("", "target_id")?,
                member_name: full_name(r)?,
                body: r.try_get("", "body")?,
                created_at: r.try_get("", "created_at")?,
                resolution: r.try_get("", "resolution")?,
                reason: r.try_get("", "reason")?,
            })
        })
        .collect()
}
