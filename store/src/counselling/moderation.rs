//! Moderation: any member flags a post with a reason; the moderators of its
//! thread (see [`Sight::moderates`]) hide it, restore it or dismiss the flags,
//! always with a reason, and every decision is kept.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Order, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
};

use super::{list, Post, PostInThread, Sight, POST_COLUMNS, POST_FROM};
use crate::account::Actor;
use crate::common::{checked_text, MemberName, MAX_REASON_CHARS};
use crate::entity::{flag, member, moderation, post, thread};
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::vocabulary::ModerationAction;
use crate::{Db, StoreError};

/// Flags a post the member can see, for the moderators to look at.
pub async fn flag(db: &Db, actor: &Actor, post_id: i32, reason: &str) -> Result<(), StoreError> {
    let reason = checked_text(reason, MAX_REASON_CHARS)?;
    let sight = Sight::of(db, Some(actor)).await?;
    let backend = db.get_database_backend();
    let txn = crate::sql::begin_write(db).await?;
    let mut sql = Sql::new(backend);
    sql.push("SELECT t.id FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.id = ")
        .bind(post_id);
    sight.restrict(&mut sql);
    if txn.query_one_raw(sql.statement()).await?.is_none() {
        return Err(Refusal::Forbidden.into());
    }
    let open = flag::Entity::find()
        .filter(flag::Column::ResolvedAt.is_null())
        .filter(flag::Column::PostId.eq(post_id))
        .filter(flag::Column::MemberId.eq(actor.member_id))
        .one(&txn)
        .await?;
    if open.is_some() {
        return Err(Refusal::AlreadyFlagged.into());
    }
    flag::Entity::insert(flag::ActiveModel {
        post_id: Set(post_id),
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

/// One reason a member gave for flagging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagReason {
    pub member_name: String,
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

/// An open flag's row with who raised it.
#[derive(FromQueryResult)]
struct FlagRow {
    reason: String,
    created_at: DateTime<Utc>,
    #[sea_orm(nested)]
    member: MemberName,
}

/// A flagged post waiting for a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flagged {
    pub post: Post,
    pub thread_title: String,
    pub flags: Vec<FlagReason>,
}

/// Appends the condition that the viewer moderates thread `t`.
fn moderated_by(sql: &mut Sql, sight: &Sight) {
    if sight.everything {
        return;
    }
    sql.push(" AND (1 = 0");
    if !sight.facilitates.is_empty() {
        sql.push(" OR t.network_id IS NULL");
        super::in_list(sql, " OR t.network_id IN (", &sight.facilitates);
    }
    sql.push(")");
}

/// The posts with open flags in the threads the viewer moderates, oldest flag first.
pub async fn queue(db: &Db, sight: &Sight) -> Result<Vec<Flagged>, StoreError> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push("SELECT ")
        .push(POST_COLUMNS)
        .push(", t.title AS thread_title, t.network_id")
        .push(POST_FROM)
        .push(
            " JOIN thread t ON t.id = p.thread_id WHERE EXISTS (SELECT 1 FROM flag f \
             WHERE f.post_id = p.id AND f.resolved_at IS NULL)",
        );
    moderated_by(&mut sql, sight);
    sql.push(" ORDER BY p.id LIMIT 200");
    let rows = PostInThread::find_by_statement(sql.statement())
        .all(db)
        .await?;
    let mut out = Vec::new();
    for row in rows {
        let post = Post::from(row.post);
        let open_flags = Query::select()
            .column((flag::Entity, flag::Column::Reason))
            .column((flag::Entity, flag::Column::CreatedAt))
            .column((member::Entity, member::Column::GivenName))
            .column((member::Entity, member::Column::FamilyName))
            .from(flag::Entity)
            .inner_join(
                member::Entity,
                Expr::col((member::Entity, member::Column::Id))
                    .equals((flag::Entity, flag::Column::MemberId)),
            )
            .and_where(flag::Column::ResolvedAt.is_null())
            .and_where(flag::Column::PostId.eq(post.id))
            .order_by((flag::Entity, flag::Column::Id), Order::Asc)
            .to_owned();
        let flags = FlagRow::find_by_statement(backend.build(&open_flags))
            .all(db)
            .await?
            .into_iter()
            .map(|f| FlagReason {
                member_name: f.member.full(),
                reason: f.reason,
                created_at: f.created_at,
            })
            .collect();
        out.push(Flagged {
            post,
            thread_title: row.thread_title,
            flags,
        });
    }
    Ok(out)
}

/// What a decision is about: the post, its thread and whether it is the
/// thread's question or its accepted answer.
#[derive(FromQueryResult)]
struct Target {
    thread_id: i32,
    hidden_reason: Option<String>,
    network_id: Option<i32>,
    accepted_post_id: Option<i32>,
    question_id: Option<i32>,
}

/// Hides a post, restores it, or dismisses its flags (`action`, a key of
/// [`ModerationAction`]), with a reason; closes its open flags and records
/// the decision. Hiding a question hides its thread.
pub async fn decide(
    db: &Db,
    actor: &Actor,
    post_id: i32,
    action: &str,
    reason: &str,
) -> Result<i32, StoreError> {
    let action: ModerationAction = action.parse()?;
    let reason = checked_text(reason, MAX_REASON_CHARS)?;
    let sight = Sight::of(db, Some(actor)).await?;
    let backend = db.get_database_backend();
    let txn = crate::sql::begin_write(db).await?;
    let target = Query::select()
        .column((post::Entity, post::Column::ThreadId))
        .column((post::Entity, post::Column::HiddenReason))
        .column((thread::Entity, thread::Column::NetworkId))
        .column((thread::Entity, thread::Column::AcceptedPostId))
        .expr_as(
            super::write::question_of_thread(),
            super::write::QUESTION_ID,
        )
        .from(post::Entity)
        .inner_join(
            thread::Entity,
            Expr::col((thread::Entity, thread::Column::Id))
                .equals((post::Entity, post::Column::ThreadId)),
        )
        .and_where(post::Column::Id.eq(post_id))
        .to_owned();
    let Some(target) = Target::find_by_statement(backend.build(&target))
        .one(&txn)
        .await?
    else {
        return Err(Refusal::Forbidden.into());
    };
    let thread_id = target.thread_id;
    if !sight.moderates(target.network_id) {
        return Err(Refusal::Forbidden.into());
    }
    let hidden = target.hidden_reason.is_some();
    let is_question = target.question_id == Some(post_id);
    let accepted = target.accepted_post_id == Some(post_id);
    let now = Utc::now();
    match (action, hidden) {
        (ModerationAction::Hide, true) | (ModerationAction::Restore, false) => {
            return Err(Refusal::AlreadyDecided.into())
        }
        (ModerationAction::Hide, false) | (ModerationAction::Restore, true) => {
            let hide = action == ModerationAction::Hide;
            post::Entity::update_many()
                .col_expr(
                    post::Column::HiddenReason,
                    Expr::value(hide.then(|| reason.clone())),
                )
                .filter(post::Column::Id.eq(post_id))
                .exec(&txn)
                .await?;
            if is_question || (hide && accepted) {
                let change = if is_question {
                    (thread::Column::Hidden, Expr::value(hide))
                } else {
                    (thread::Column::AcceptedPostId, Expr::value(None::<i32>))
                };
                thread::Entity::update_many()
                    .col_expr(change.0, change.1)
                    .filter(thread::Column::Id.eq(thread_id))
                    .exec(&txn)
                    .await?;
            }
            list::index_thread(&txn, thread_id).await?;
        }
        (ModerationAction::Dismiss, _) => {}
    }
    flag::Entity::update_many()
        .col_expr(flag::Column::ResolvedAt, Expr::value(now))
        .filter(flag::Column::ResolvedAt.is_null())
        .filter(flag::Column::PostId.eq(post_id))
        .exec(&txn)
        .await?;
    moderation::Entity::insert(moderation::ActiveModel {
        post_id: Set(post_id),
        member_id: Set(actor.member_id),
        action: Set(action),
        reason: Set(reason),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(thread_id)
}

/// A moderator's decision, as the log shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub post_id: i32,
    pub thread_id: i32,
    pub thread_title: String,
    pub moderator_name: String,
    pub action: ModerationAction,
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

/// A decision's row with its thread and moderator.
#[derive(FromQueryResult)]
struct DecisionRow {
    post_id: i32,
    action: ModerationAction,
    reason: String,
    created_at: DateTime<Utc>,
    thread_id: i32,
    title: String,
    #[sea_orm(nested)]
    moderator: MemberName,
}

/// The latest decisions in the threads the viewer moderates, newest first.
pub async fn decisions(db: &Db, sight: &Sight, limit: u32) -> Result<Vec<Decision>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT d.post_id, d.action, d.reason, d.created_at, t.id AS thread_id, t.title, \
         m.given_name, m.family_name FROM moderation d JOIN post p ON p.id = d.post_id \
         JOIN thread t ON t.id = p.thread_id JOIN member m ON m.id = d.member_id WHERE 1 = 1",
    );
    moderated_by(&mut sql, sight);
    sql.push(" ORDER BY d.id DESC LIMIT ")
        .bind(i64::from(limit.clamp(1, 500)));
    let rows = DecisionRow::find_by_statement(sql.statement())
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|d| Decision {
            post_id: d.post_id,
            thread_id: d.thread_id,
            thread_title: d.title,
            moderator_name: d.moderator.full(),
            action: d.action,
            reason: d.reason,
            created_at: d.created_at,
        })
        .collect())
}
