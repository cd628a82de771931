//! Moderation: any member flags a post with a reason; the moderators of its
//! thread (see [`Sight::moderates`]) hide it, restore it or dismiss the flags,
//! always with a reason, and every decision is kept.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};

use super::full_name;
use super::{list, Post, Sight, POST_COLUMNS, POST_FROM};
use crate::account::Actor;
use crate::common::{checked_text, MAX_REASON_CHARS};
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::vocabulary::MODERATION_ACTIONS;
use crate::{Db, StoreError};

/// Flags a post the member can see, for the moderators to look at.
pub async fn flag(db: &Db, actor: &Actor, post_id: i32, reason: &str) -> Result<(), StoreError> {
    let reason = checked_text(reason, MAX_REASON_CHARS)?;
    let sight = Sight::of(db, Some(actor)).await?;
    let backend = db.get_database_backend();
    let txn = db.begin().await?;
    let mut sql = Sql::new(backend);
    sql.push("SELECT t.id FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.id = ")
        .bind(post_id);
    sight.restrict(&mut sql);
    if txn.query_one_raw(sql.statement()).await?.is_none() {
        return Err(Refusal::Forbidden.into());
    }
    let mut sql = Sql::new(backend);
    sql.push("SELECT 1 AS yes FROM flag WHERE resolved_at IS NULL AND post_id = ")
        .bind(post_id)
        .push(" AND member_id = ")
        .bind(actor.member_id);
    if txn.query_one_raw(sql.statement()).await?.is_some() {
        return Err(Refusal::AlreadyFlagged.into());
    }
    let mut sql = Sql::new(backend);
    sql.push("INSERT INTO flag (post_id, member_id, reason, created_at) VALUES (")
        .bind(post_id)
        .push(", ")
        .bind(actor.member_id)
        .push(", ")
        .bind(reason)
        .push(", ")
        .bind(Utc::now())
        .push(")");
    txn.execute_raw(sql.statement()).await?;
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
        .push(", t.title AS thread_title")
        .push(POST_FROM)
        .push(
            " JOIN thread t ON t.id = p.thread_id WHERE EXISTS (SELECT 1 FROM flag f \
             WHERE f.post_id = p.id AND f.resolved_at IS NULL)",
        );
    moderated_by(&mut sql, sight);
    sql.push(" ORDER BY p.id LIMIT 200");
    let rows = db.query_all_raw(sql.statement()).await?;
    let mut out = Vec::new();
    for row in &rows {
        let post = Post::from_row(row)?;
        let mut sql = Sql::new(backend);
        sql.push(
            "SELECT f.reason, f.created_at, m.given_name, m.family_name FROM flag f \
             JOIN member m ON m.id = f.member_id WHERE f.resolved_at IS NULL AND f.post_id = ",
        )
        .bind(post.id)
        .push(" ORDER BY f.id");
        let flags = db
            .query_all_raw(sql.statement())
            .await?
            .iter()
            .map(|r| {
                Ok(FlagReason {
                    member_name: full_name(r)?,
                    reason: r.try_get("", "reason")?,
                    created_at: r.try_get("", "created_at")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        out.push(Flagged {
            post,
            thread_title: row.try_get("", "thread_title")?,
            flags,
        });
    }
    Ok(out)
}

/// Hides a post, restores it, or dismisses its flags (`action`, one of
/// `vocabulary::MODERATION_ACTIONS`), with a reason; closes its open flags
/// and records the decision. Hiding a question hides its thread.
pub async fn decide(
    db: &Db,
    actor: &Actor,
    post_id: i32,
    action: &str,
    reason: &str,
) -> Result<i32, StoreError> {
    if !MODERATION_ACTIONS.contains(&action) {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let reason = checked_text(reason, MAX_REASON_CHARS)?;
    let sight = Sight::of(db, Some(actor)).await?;
    let backend = db.get_database_backend();
    let txn = db.begin().await?;
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT p.thread_id, p.hidden_reason, t.network_id, t.accepted_post_id, \
              (SELECT MIN(q.id) FROM post q WHERE q.thread_id = p.thread_id) AS question_id \
              FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.id = ",
    )
    .bind(post_id);
    let Some(row) = txn.query_one_raw(sql.statement()).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let thread_id: i32 = row.try_get("", "thread_id")?;
    let network_id: Option<i32> = row.try_get("", "network_id")?;
    if !sight.moderates(network_id) {
        return Err(Refusal::Forbidden.into());
    }
    let hidden = row
        .try_get::<Option<String>>("", "hidden_reason")?
        .is_some();
    let is_question = row.try_get::<Option<i32>>("", "question_id")? == Some(post_id);
    let accepted = row.try_get::<Option<i32>>("", "accepted_post_id")? == Some(post_id);
    let now = Utc::now();
    match (action, hidden) {
        ("hide", true) | ("restore", false) => return Err(Refusal::AlreadyDecided.into()),
        ("hide", false) | ("restore", true) => {
            let hide = action == "hide";
            let mut sql = Sql::new(backend);
            sql.push("UPDATE post SET hidden_reason = ")
                .bind(hide.then(|| reason.clone()))
                .push(" WHERE id = ")
                .bind(post_id);
            txn.execute_raw(sql.statement()).await?;
            if is_question || (hide && accepted) {
                let mut sql = Sql::new(backend);
                sql.push("UPDATE thread SET ");
                if is_question {
                    sql.push("hidden = ").bind(hide);
                } else {
                    sql.push("accepted_post_id = NULL");
                }
                sql.push(" WHERE id = ").bind(thread_id);
                txn.execute_raw(sql.statement()).await?;
            }
            list::index_thread(&txn, thread_id).await?;
        }
        _ => {}
    }
    let mut sql = Sql::new(backend);
    sql.push("UPDATE flag SET resolved_at = ")
        .bind(now)
        .push(" WHERE resolved_at IS NULL AND post_id = ")
        .bind(post_id);
    txn.execute_raw(sql.statement()).await?;
    let mut sql = Sql::new(backend);
    sql.push("INSERT INTO moderation (post_id, member_id, action, reason, created_at) VALUES (")
        .bind(post_id)
        .push(", ")
        .bind(actor.member_id)
        .push(", ")
        .bind(action.to_owned())
        .push(", ")
        .bind(reason)
        .push(", ")
        .bind(now)
        .push(")");
    txn.execute_raw(sql.statement()).await?;
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
    pub action: String,
    pub reason: String,
    pub created_at: DateTime<Utc>,
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
    db.query_all_raw(sql.statement())
        .await?
        .iter()
        .map(|r| {
            Ok(Decision {
                post_id: r.try_get("", "post_id")?,
                thread_id: r.try_get("", "thread_id")?,
                thread_title: r.try_get("", "title")?,
                moderator_name: full_name(r)?,
                action: r.try_get("", "action")?,
                reason: r.try_get("", "reason")?,
                created_at: r.try_get("", "created_at")?,
            })
        })
        .collect()
}
