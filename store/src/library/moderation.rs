//! Reports and moderation of the library, as in counselling: a member
//! reports a resource with a reason; its reviewers (see
//! [`super::Standing::reviewable_by`]) hide it, restore it or dismiss the
//! reports, always with a reason, and every decision is kept.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, FromQueryResult, QueryFilter};

use super::read::{join_titles, TITLE_COLUMNS};
use crate::account::Actor;
use crate::common::{checked_text, MemberName, MAX_REASON_CHARS};
use crate::entity::{resource, resource_flag, resource_moderation};
use crate::refusal::Refusal;
use crate::sight::Sight;
use crate::sql::Sql;
use crate::vocabulary::{ModerationAction, ResourceStatus};
use crate::{Db, StoreError};

/// Reports a resource the member may read, for its reviewers to look at.
/// One open report per member and resource (`AlreadyFlagged`).
pub async fn flag(
    db: &Db,
    actor: &Actor,
    resource_id: i32,
    reason: &str,
) -> Result<(), StoreError> {
    let reason = checked_text(reason, MAX_REASON_CHARS)?;
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    super::read::readable(&txn, &sight, resource_id).await?;
    let open = resource_flag::Entity::find()
        .filter(resource_flag::Column::ResolvedAt.is_null())
        .filter(resource_flag::Column::ResourceId.eq(resource_id))
        .filter(resource_flag::Column::MemberId.eq(actor.member_id))
        .one(&txn)
        .await?;
    if open.is_some() {
        return Err(Refusal::AlreadyFlagged.into());
    }
    resource_flag::Entity::insert(resource_flag::ActiveModel {
        resource_id: Set(resource_id),
        member_id: Set(actor.member_id),
        reason: Set(reason),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Hides a resource, restores it, or dismisses its reports, with a reason;
/// closes its open reports and records the decision.
pub async fn decide(
    db: &Db,
    actor: &Actor,
    resource_id: i32,
    action: ModerationAction,
    reason: &str,
) -> Result<(), StoreError> {
    let reason = checked_text(reason, MAX_REASON_CHARS)?;
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    let standing = super::read::standing(&txn, resource_id)
        .await?
        .ok_or(Refusal::Forbidden)?;
    if !standing.reviewable_by(&sight) {
        return Err(Refusal::Forbidden.into());
    }
    let now = Utc::now();
    match (action, standing.hidden) {
        (ModerationAction::Hide, true) | (ModerationAction::Restore, false) => {
            return Err(Refusal::AlreadyDecided.into())
        }
        (ModerationAction::Hide, false) | (ModerationAction::Restore, true) => {
            let hide = action == ModerationAction::Hide;
            resource::Entity::update_many()
                .col_expr(
                    resource::Column::HiddenReason,
                    Expr::value(hide.then(|| reason.clone())),
                )
                .filter(resource::Column::Id.eq(resource_id))
                .exec(&txn)
                .await?;
        }
        (ModerationAction::Dismiss, _) => {}
    }
    resource_flag::Entity::update_many()
        .col_expr(resource_flag::Column::ResolvedAt, Expr::value(now))
        .filter(resource_flag::Column::ResolvedAt.is_null())
        .filter(resource_flag::Column::ResourceId.eq(resource_id))
        .exec(&txn)
        .await?;
    resource_moderation::Entity::insert(resource_moderation::ActiveModel {
        resource_id: Set(resource_id),
        member_id: Set(actor.member_id),
        action: Set(action),
        reason: Set(reason),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Appends the condition that the viewer reviews resource `r`.
fn reviewed_by(sql: &mut Sql, sight: &Sight) {
    if sight.everything {
        return;
    }
    sql.push(" AND (1 = 0");
    if !sight.facilitates.is_empty() {
        sql.push(" OR r.network_id IS NULL");
        crate::sight::in_list(sql, " OR r.network_id IN (", &sight.facilitates);
    }
    sql.push(")");
}

/// A resource waiting for its reviewers: submitted, or reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub resource_id: i32,
    pub title: String,
    pub lang: String,
    pub status: ResourceStatus,
    pub hidden: bool,
    /// The open reports, oldest first.
    pub reports: Vec<Report>,
}

/// One member's open report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub member_name: String,
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

#[derive(FromQueryResult)]
struct WaitingRow {
    id: i32,
    title: String,
    lang: String,
    status: ResourceStatus,
    hidden_reason: Option<String>,
}

#[derive(FromQueryResult)]
struct ReportRow {
    resource_id: i32,
    reason: String,
    created_at: DateTime<Utc>,
    #[sea_orm(nested)]
    member: MemberName,
}

/// What waits for the viewer's decision: resources submitted for review and
/// resources with open reports, the oldest first.
pub async fn queue(
    db: &impl sea_orm::ConnectionTrait,
    sight: &Sight,
    reader_lang: &str,
) -> Result<Vec<Waiting>, StoreError> {
    if sight.member_id.is_none() {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push("SELECT r.id, r.status, r.hidden_reason, ")
        .push(TITLE_COLUMNS)
        .push(" FROM resource r");
    join_titles(&mut sql, reader_lang);
    sql.push(" WHERE (r.status = ")
        .bind(ResourceStatus::Submitted.key())
        .push(
            " OR EXISTS (SELECT 1 FROM resource_flag f WHERE f.resource_id = r.id \
             AND f.resolved_at IS NULL))",
        );
    reviewed_by(&mut sql, sight);
    sql.push(" ORDER BY r.updated_at, r.id LIMIT 200");
    let rows = WaitingRow::find_by_statement(sql.statement())
        .all(db)
        .await?;
    let mut out: Vec<Waiting> = rows
        .into_iter()
        .map(|r| Waiting {
            resource_id: r.id,
            title: r.title,
            lang: r.lang,
            status: r.status,
            hidden: r.hidden_reason.is_some(),
            reports: Vec::new(),
        })
        .collect();
    if out.is_empty() {
        return Ok(out);
    }
    let ids: Vec<i32> = out.iter().map(|w| w.resource_id).collect();
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT f.resource_id, f.reason, f.created_at, m.given_name, m.family_name \
         FROM resource_flag f JOIN member m ON m.id = f.member_id WHERE f.resolved_at IS NULL",
    );
    crate::sight::in_list(&mut sql, " AND f.resource_id IN (", &ids);
    sql.push(" ORDER BY f.id");
    for report in ReportRow::find_by_statement(sql.statement())
        .all(db)
        .await?
    {
        if let Some(w) = out.iter_mut().find(|w| w.resource_id == report.resource_id) {
            w.reports.push(Report {
                member_name: report.member.full(),
                reason: report.reason,
                created_at: report.created_at,
            });
        }
    }
    Ok(out)
}

/// A reviewer's decision, as the log shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub resource_id: i32,
    pub title: String,
    pub lang: String,
    pub action: ModerationAction,
    pub reason: String,
    pub created_at: DateTime<Utc>,
    pub moderator_name: String,
}

#[derive(FromQueryResult)]
struct DecisionRow {
    resource_id: i32,
    title: String,
    lang: String,
    action: ModerationAction,
    reason: String,
    created_at: DateTime<Utc>,
    #[sea_orm(nested)]
    moderator: MemberName,
}

/// The latest decisions on the resources the viewer reviews, newest first.
pub async fn decisions(
    db: &impl sea_orm::ConnectionTrait,
    sight: &Sight,
    reader_lang: &str,
    limit: u32,
) -> Result<Vec<Decision>, StoreError> {
    if sight.member_id.is_none() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT d.resource_id, d.action, d.reason, d.created_at, m.given_name, m.family_name, ",
    )
    .push(TITLE_COLUMNS)
    .push(
        " FROM resource_moderation d JOIN resource r ON r.id = d.resource_id \
             JOIN member m ON m.id = d.member_id",
    );
    join_titles(&mut sql, reader_lang);
    sql.push(" WHERE 1 = 1");
    reviewed_by(&mut sql, sight);
    sql.push(" ORDER BY d.id DESC LIMIT ")
        .bind(i64::from(limit.clamp(1, 500)));
    let rows = DecisionRow::find_by_statement(sql.statement())
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|d| Decision {
            resource_id: d.resource_id,
            title: d.title,
            lang: d.lang,
            action: d.action,
            reason: d.reason,
            created_at: d.created_at,
            moderator_name: d.moderator.full(),
        })
        .collect())
}
