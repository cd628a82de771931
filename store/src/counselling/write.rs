//! What members write: questions, replies, edits (each version kept) and the
//! accepted answer. Each is one transaction with its notifications and the
//! thread's search index.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseTransaction, TransactionTrait};

use super::{follow, list, markdown, Sight, MAX_BODY_CHARS, MAX_TITLE_CHARS};
use crate::account::Actor;
use crate::common::{checked_text, returned_id};
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::vocabulary::TOPICS;
use crate::{Db, StoreError};

/// A new thread as its asker writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Question {
    pub title: String,
    /// Markdown.
    pub body: String,
    /// One of `vocabulary::TOPICS`.
    pub topic: String,
    /// The language it is written in.
    pub lang: String,
    /// `None`: the whole platform; else one of the asker's networks.
    pub network_id: Option<i32>,
}

/// Where a new post landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posted {
    pub thread_id: i32,
    pub post_id: i32,
}

fn checked_lang(lang: &str, languages: &[&str]) -> Result<String, Refusal> {
    if languages.contains(&lang) {
        Ok(lang.to_owned())
    } else {
        Err(Refusal::ChoiceUnknown)
    }
}

/// Opens a thread: the question is its first post; the asker follows it and
/// the topic's followers who can see it are told.
pub async fn ask(
    db: &Db,
    actor: &Actor,
    question: &Question,
    languages: &[&str],
) -> Result<Posted, StoreError> {
    let title = checked_text(&question.title, MAX_TITLE_CHARS)?;
    let body = checked_text(&question.body, MAX_BODY_CHARS)?;
    if !TOPICS.contains(&question.topic.as_str()) {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let lang = checked_lang(&question.lang, languages)?;
    let sight = Sight::of(db, Some(actor)).await?;
    if !sight.sees(question.network_id) {
        return Err(Refusal::Forbidden.into());
    }
    let now = Utc::now();
    let txn = db.begin().await?;
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push(
        "INSERT INTO thread (member_id, network_id, title, topic, lang, created_at, last_activity_at) VALUES (",
    )
    .bind(actor.member_id)
    .push(", ")
    .bind(question.network_id)
    .push(", ")
    .bind(title)
    .push(", ")
    .bind(question.topic.clone())
    .push(", ")
    .bind(lang.clone())
    .push(", ")
    .bind(now)
    .push(", ")
    .bind(now)
    .push(") RETURNING id");
    let thread_id = returned_id(&txn, &sql).await?;
    let post_id = insert_post(&txn, thread_id, actor.member_id, &body, &lang, now).await?;
    follow::set_thread(&txn, actor.member_id, thread_id, true).await?;
    follow::tell_topic_followers(&txn, thread_id, post_id, actor.member_id).await?;
    list::index_thread(&txn, thread_id).await?;
    txn.commit().await?;
    Ok(Posted { thread_id, post_id })
}

/// Adds a reply to a thread the member can see; they follow it from then on,
/// and its other followers are told.
pub async fn reply(
    db: &Db,
    actor: &Actor,
    thread_id: i32,
    body: &str,
    lang: &str,
    languages: &[&str],
) -> Result<Posted, StoreError> {
    let body = checked_text(body, MAX_BODY_CHARS)?;
    let lang = checked_lang(lang, languages)?;
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = db.begin().await?;
    let Some(thread) = thread_of(&txn, thread_id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    if !sight.sees(thread.network_id) || (thread.hidden && !sight.moderates(thread.network_id)) {
        return Err(Refusal::Forbidden.into());
    }
    let now = Utc::now();
    let post_id = insert_post(&txn, thread_id, actor.member_id, &body, &lang, now).await?;
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("UPDATE thread SET reply_count = reply_count + 1, last_activity_at = ")
        .bind(now)
        .push(" WHERE id = ")
        .bind(thread_id);
    txn.execute_raw(sql.statement()).await?;
    follow::set_thread(&txn, actor.member_id, thread_id, true).await?;
    follow::tell_thread_followers(&txn, thread_id, post_id, actor.member_id).await?;
    list::index_thread(&txn, thread_id).await?;
    txn.commit().await?;
    Ok(Posted { thread_id, post_id })
}

/// Replaces a post's text, by its author; the earlier versions stay readable.
pub async fn edit(db: &Db, actor: &Actor, post_id: i32, body: &str) -> Result<Posted, StoreError> {
    let body = checked_text(body, MAX_BODY_CHARS)?;
    let txn = db.begin().await?;
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("SELECT thread_id, member_id, body FROM post WHERE id = ")
        .bind(post_id);
    let Some(row) = txn.query_one_raw(sql.statement()).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let thread_id: i32 = row.try_get("", "thread_id")?;
    let author: i32 = row.try_get("", "member_id")?;
    let before: String = row.try_get("", "body")?;
    if author != actor.member_id {
        return Err(Refusal::Forbidden.into());
    }
    if before == body {
        return Ok(Posted { thread_id, post_id });
    }
    let now = Utc::now();
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("UPDATE post SET body = ")
        .bind(body.clone())
        .push(", body_html = ")
        .bind(markdown::render(&body))
        .push(", edited_at = ")
        .bind(now)
        .push(" WHERE id = ")
        .bind(post_id);
    txn.execute_raw(sql.statement()).await?;
    insert_revision(&txn, post_id, actor.member_id, &body, now).await?;
    list::index_thread(&txn, thread_id).await?;
    txn.commit().await?;
    Ok(Posted { thread_id, post_id })
}

/// Marks a reply as the thread's accepted answer (`None` takes the mark
/// away): the asker's choice, or a moderator's. Its author is told.
pub async fn accept(
    db: &Db,
    actor: &Actor,
    thread_id: i32,
    post_id: Option<i32>,
) -> Result<(), StoreError> {
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = db.begin().await?;
    let Some(thread) = thread_of(&txn, thread_id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let may = sight.sees(thread.network_id)
        && (thread.asker_id == actor.member_id || sight.moderates(thread.network_id));
    if !may {
        return Err(Refusal::Forbidden.into());
    }
    if let Some(post_id) = post_id {
        let mut sql = Sql::new(txn.get_database_backend());
        sql.push("SELECT member_id, hidden_reason FROM post WHERE id = ")
            .bind(post_id)
            .push(" AND thread_id = ")
            .bind(thread_id)
            .push(" AND id <> ")
            .bind(thread.question_id);
        let Some(row) = txn.query_one_raw(sql.statement()).await? else {
            return Err(Refusal::NotAnAnswer.into());
        };
        if row
            .try_get::<Option<String>>("", "hidden_reason")?
            .is_some()
        {
            return Err(Refusal::NotAnAnswer.into());
        }
        let author: i32 = row.try_get("", "member_id")?;
        if author != actor.member_id && thread.accepted_post_id != Some(post_id) {
            follow::tell(&txn, author, thread_id, post_id, "accepted").await?;
        }
    }
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("UPDATE thread SET accepted_post_id = ")
        .bind(post_id)
        .push(" WHERE id = ")
        .bind(thread_id);
    txn.execute_raw(sql.statement()).await?;
    txn.commit().await?;
    Ok(())
}

/// The facts of a thread the rules need.
pub(crate) struct ThreadFacts {
    pub asker_id: i32,
    pub network_id: Option<i32>,
    pub hidden: bool,
    pub accepted_post_id: Option<i32>,
    pub question_id: i32,
}

pub(crate) async fn thread_of(
    db: &impl ConnectionTrait,
    thread_id: i32,
) -> Result<Option<ThreadFacts>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT t.member_id, t.network_id, t.hidden, t.accepted_post_id, \
         (SELECT MIN(p.id) FROM post p WHERE p.thread_id = t.id) AS question_id \
         FROM thread t WHERE t.id = ",
    )
    .bind(thread_id);
    let Some(row) = db.query_one_raw(sql.statement()).await? else {
        return Ok(None);
    };
    Ok(Some(ThreadFacts {
        asker_id: row.try_get("", "member_id")?,
        network_id: row.try_get("", "network_id")?,
        hidden: row.try_get("", "hidden")?,
        accepted_post_id: row.try_get("", "accepted_post_id")?,
        question_id: row.try_get::<Option<i32>>("", "question_id")?.unwrap_or(0),
    }))
}

async fn insert_post(
    txn: &DatabaseTransaction,
    thread_id: i32,
    member_id: i32,
    body: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<i32, StoreError> {
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("INSERT INTO post (thread_id, member_id, body, body_html, lang, created_at) VALUES (")
        .bind(thread_id)
        .push(", ")
        .bind(member_id)
        .push(", ")
        .bind(body.to_owned())
        .push(", ")
        .bind(markdown::render(body))
        .push(", ")
        .bind(lang.to_owned())
        .push(", ")
        .bind(now)
        .push(") RETURNING id");
    let post_id = returned_id(txn, &sql).await?;
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("UPDATE thread SET last_post_id = ")
        .bind(post_id)
        .push(" WHERE id = ")
        .bind(thread_id);
    txn.execute_raw(sql.statement()).await?;
    insert_revision(txn, post_id, member_id, body, now).await?;
    Ok(post_id)
}

async fn insert_revision(
    txn: &DatabaseTransaction,
    post_id: i32,
    member_id: i32,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("INSERT INTO post_revision (post_id, member_id, body, created_at) VALUES (")
        .bind(post_id)
        .push(", ")
        .bind(member_id)
        .push(", ")
        .bind(body.to_owned())
        .push(", ")
        .bind(now)
        .push(")");
    txn.execute_raw(sql.statement()).await?;
    Ok(())
}
