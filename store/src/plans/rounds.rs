//! Feedback rounds and versions. A facilitator opens a round on a draft
//! strategy for a time window; members comment on the strategy, an
//! aspiration or an activity; facilitators resolve each comment (taken up or
//! declined, with a reason); closing the round keeps a version of the
//! strategy, as adopting it does.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    FromQueryResult, JoinType, QueryFilter, QueryOrder, QuerySelect, RelationTrait,
};
use serde::{Deserialize, Serialize};

use super::edit::{self, Record};
use super::{begin_edit, comments, owner_strategy, Entity, MAX_TEXT_CHARS};
use crate::account::Actor;
use crate::common::{checked_text, MemberName, MAX_REASON_CHARS};
use crate::entity::{aspiration, feedback_round, member, plan_comment, strategy, strategy_version};
use crate::refusal::Refusal;
use crate::vocabulary::{CommentResolution, PlanTarget, StrategyStatus, VersionReason};
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
    let open = feedback_round::Entity::find()
        .filter(feedback_round::Column::ClosedAt.is_null())
        .filter(feedback_round::Column::StrategyId.eq(strategy_id))
        .order_by_desc(feedback_round::Column::Id)
        .one(db)
        .await?;
    Ok(open.map(|r| Round {
        id: r.id,
        opens_on: r.opens_on,
        closes_on: r.closes_on,
    }))
}

async fn status(txn: &DatabaseTransaction, strategy_id: i32) -> Result<StrategyStatus, StoreError> {
    let status = strategy::Entity::find_by_id(strategy_id)
        .select_only()
        .column(strategy::Column::Status)
        .into_tuple()
        .one(txn)
        .await?;
    Ok(status.ok_or(Refusal::Forbidden)?)
}

async fn set_status(
    txn: &DatabaseTransaction,
    actor: &Actor,
    strategy_id: i32,
    from: StrategyStatus,
    to: StrategyStatus,
) -> Result<i32, StoreError> {
    strategy::Entity::update_many()
        .col_expr(strategy::Column::Status, Expr::value(to))
        .filter(strategy::Column::Id.eq(strategy_id))
        .exec(txn)
        .await?;
    let stage = Record {
        strategy_id,
        entity: Entity::Strategy,
        entity_id: strategy_id,
        field: "status",
        before: Some(from.key()),
        after: Some(to.key()),
        restores: None,
    };
    edit::record(txn, actor.member_id, stage).await
}

/// Opens a round on a draft: it becomes "in feedback". Returns the revision.
pub async fn open(
    db: &Db,
    actor: &Actor,
    strategy_id: i32,
    opens_on: &str,
    closes_on: &str,
) -> Result<i32, StoreError> {
    let (opens_on, closes_on) = (
        crate::common::checked_day(opens_on)?,
        crate::common::checked_day(closes_on)?,
    );
    if closes_on < opens_on {
        return Err(Refusal::DatesReversed.into());
    }
    let txn = begin_edit(db, actor, strategy_id).await?;
    if status(&txn, strategy_id).await? != StrategyStatus::Draft {
        return Err(Refusal::WrongStage.into());
    }
    let round = feedback_round::ActiveModel {
        strategy_id: Set(strategy_id),
        opens_on: Set(opens_on),
        closes_on: Set(closes_on),
        opened_by: Set(actor.member_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    feedback_round::Entity::insert(round)
        .exec_without_returning(&txn)
        .await?;
    let revision = set_status(
        &txn,
        actor,
        strategy_id,
        StrategyStatus::Draft,
        StrategyStatus::Feedback,
    )
    .await?;
    txn.commit().await?;
    Ok(revision)
}

/// Closes the open round: the strategy is a draft again, and this moment is kept as a version.
pub async fn close(db: &Db, actor: &Actor, strategy_id: i32) -> Result<i32, StoreError> {
    let txn = begin_edit(db, actor, strategy_id).await?;
    let Some(round) = open_round(&txn, strategy_id).await? else {
        return Err(Refusal::WrongStage.into());
    };
    feedback_round::Entity::update_many()
        .col_expr(feedback_round::Column::ClosedAt, Expr::value(Utc::now()))
        .filter(feedback_round::Column::Id.eq(round.id))
        .exec(&txn)
        .await?;
    let revision = set_status(
        &txn,
        actor,
        strategy_id,
        StrategyStatus::Feedback,
        StrategyStatus::Draft,
    )
    .await?;
    keep_version(&txn, actor, strategy_id, VersionReason::Round).await?;
    txn.commit().await?;
    Ok(revision)
}

/// Adopts a draft (no round open): kept as a version.
pub async fn adopt(db: &Db, actor: &Actor, strategy_id: i32) -> Result<i32, StoreError> {
    let txn = begin_edit(db, actor, strategy_id).await?;
    if status(&txn, strategy_id).await? != StrategyStatus::Draft {
        return Err(Refusal::WrongStage.into());
    }
    let revision = set_status(
        &txn,
        actor,
        strategy_id,
        StrategyStatus::Draft,
        StrategyStatus::Adopted,
    )
    .await?;
    keep_version(&txn, actor, strategy_id, VersionReason::Adopted).await?;
    txn.commit().await?;
    Ok(revision)
}

/// Takes an adopted strategy back to a draft, for the next iteration.
pub async fn reopen(db: &Db, actor: &Actor, strategy_id: i32) -> Result<i32, StoreError> {
    let txn = begin_edit(db, actor, strategy_id).await?;
    if status(&txn, strategy_id).await? != StrategyStatus::Adopted {
        return Err(Refusal::WrongStage.into());
    }
    let revision = set_status(
        &txn,
        actor,
        strategy_id,
        StrategyStatus::Adopted,
        StrategyStatus::Draft,
    )
    .await?;
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
    reason: VersionReason,
) -> Result<(), StoreError> {
    use strategy_version::Column;
    let s = strategy::Entity::find_by_id(strategy_id)
        .one(txn)
        .await?
        .ok_or(Refusal::Forbidden)?;
    let aspirations = aspiration::Entity::find()
        .select_only()
        .columns([aspiration::Column::Title, aspiration::Column::Description])
        .filter(aspiration::Column::StrategyId.eq(strategy_id))
        .order_by_asc(aspiration::Column::Position)
        .order_by_asc(aspiration::Column::Id)
        .into_tuple()
        .all(txn)
        .await?;
    let snapshot = Snapshot {
        title: s.title,
        period: format!("{}-{}", s.period_start, s.period_end),
        vision: s.vision,
        mission: s.mission,
        aspirations,
    };
    let last = Query::select()
        .expr(Func::coalesce([
            Func::max(Expr::col(Column::Number)).into(),
            Expr::val(0),
        ]))
        .from(strategy_version::Entity)
        .and_where(Expr::col(Column::StrategyId).eq(strategy_id))
        .to_owned();
    let insert = Query::insert()
        .into_table(strategy_version::Entity)
        .columns([
            Column::StrategyId,
            Column::Number,
            Column::Snapshot,
            Column::Reason,
            Column::MemberId,
            Column::CreatedAt,
        ])
        .values_panic([
            strategy_id.into(),
            Expr::from(last).add(1),
            serde_json::to_string(&snapshot).unwrap_or_default().into(),
            Expr::value(reason),
            actor.member_id.into(),
            Utc::now().into(),
        ])
        .to_owned();
    txn.execute(&insert).await?;
    Ok(())
}

/// A kept version of a strategy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub number: i32,
    pub reason: VersionReason,
    pub member_name: String,
    pub created_at: DateTime<Utc>,
    pub snapshot: Snapshot,
}

/// A version with the name of who kept it.
#[derive(FromQueryResult)]
struct VersionRow {
    #[sea_orm(nested)]
    version: strategy_version::Model,
    #[sea_orm(nested)]
    keeper: MemberName,
}

/// The strategy's versions, newest first.
pub async fn versions(db: &Db, strategy_id: i32) -> Result<Vec<Version>, StoreError> {
    let rows = strategy_version::Entity::find()
        .column(member::Column::GivenName)
        .column(member::Column::FamilyName)
        .join(
            JoinType::InnerJoin,
            strategy_version::Relation::Member.def(),
        )
        .filter(strategy_version::Column::StrategyId.eq(strategy_id))
        .order_by_desc(strategy_version::Column::Number)
        .into_model::<VersionRow>()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Version {
            number: r.version.number,
            reason: r.version.reason,
            member_name: r.keeper.full(),
            created_at: r.version.created_at,
            snapshot: serde_json::from_str(&r.version.snapshot).unwrap_or_default(),
        })
        .collect())
}

/// A member's comment in a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: i32,
    pub round_id: i32,
    pub target: PlanTarget,
    pub target_id: i32,
    pub member_name: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
    /// Once a facilitator resolved it.
    pub resolution: Option<CommentResolution>,
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
    let Some(about) = target.target() else {
        return Err(Refusal::ChoiceUnknown.into());
    };
    if owner_strategy(db, target, target_id).await?.map(|(s, _)| s) != Some(strategy_id) {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let Some(round) = open_round(db, strategy_id)
        .await?
        .filter(|r| r.accepts(today))
    else {
        return Err(Refusal::WrongStage.into());
    };
    let comment = plan_comment::ActiveModel {
        round_id: Set(round.id),
        target: Set(about),
        target_id: Set(target_id),
        member_id: Set(actor.member_id),
        body: Set(body),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    Ok(plan_comment::Entity::insert(comment)
        .exec(db)
        .await?
        .last_insert_id)
}

/// A facilitator resolves a comment: taken up or declined, with a reason.
pub async fn resolve(
    db: &Db,
    actor: &Actor,
    comment_id: i32,
    resolution: CommentResolution,
    reason: &str,
) -> Result<(), StoreError> {
    let reason = checked_text(reason, MAX_REASON_CHARS)?;
    let found: Option<(i32, Option<CommentResolution>)> =
        plan_comment::Entity::find_by_id(comment_id)
            .select_only()
            .column(feedback_round::Column::StrategyId)
            .column(plan_comment::Column::Resolution)
            .join(JoinType::InnerJoin, plan_comment::Relation::Round.def())
            .into_tuple()
            .one(db)
            .await?;
    let Some((strategy_id, decided)) = found else {
        return Err(Refusal::Forbidden.into());
    };
    if decided.is_some() {
        return Err(Refusal::AlreadyDecided.into());
    }
    let txn = begin_edit(db, actor, strategy_id).await?;
    let resolved = plan_comment::Entity::update_many()
        .set(plan_comment::ActiveModel {
            resolution: Set(Some(resolution)),
            reason: Set(Some(reason)),
            resolved_by: Set(Some(actor.member_id)),
            resolved_at: Set(Some(Utc::now())),
            ..Default::default()
        })
        .filter(plan_comment::Column::Resolution.is_null())
        .filter(plan_comment::Column::Id.eq(comment_id))
        .exec(&txn)
        .await?;
    if resolved.rows_affected == 0 {
        return Err(Refusal::AlreadyDecided.into());
    }
    txn.commit().await?;
    Ok(())
}

/// A comment with the name of its writer.
#[derive(FromQueryResult)]
struct CommentRow {
    #[sea_orm(nested)]
    comment: plan_comment::Model,
    #[sea_orm(nested)]
    writer: MemberName,
}

/// Every comment on a strategy, in every round, oldest first.
pub async fn comments_of(db: &Db, strategy_id: i32) -> Result<Vec<Comment>, StoreError> {
    let rows = plan_comment::Entity::find()
        .column(member::Column::GivenName)
        .column(member::Column::FamilyName)
        .join(JoinType::InnerJoin, plan_comment::Relation::Round.def())
        .join(JoinType::InnerJoin, plan_comment::Relation::Member.def())
        .filter(feedback_round::Column::StrategyId.eq(strategy_id))
        .order_by_asc(plan_comment::Column::Id)
        .into_model::<CommentRow>()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Comment {
            id: r.comment.id,
            round_id: r.comment.round_id,
            target: r.comment.target,
            target_id: r.comment.target_id,
            member_name: r.writer.full(),
            body: r.comment.body,
            created_at: r.comment.created_at,
            resolution: r.comment.resolution,
            reason: r.comment.reason,
        })
        .collect())
}
