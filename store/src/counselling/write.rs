//! What members write: questions, replies, edits (each version kept) and the
//! accepted answer. Each is one transaction with its notifications and the
//! thread's search index.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    FromQueryResult, QueryFilter, QuerySelect,
};

use super::{follow, list, markdown, Sight, MAX_BODY_CHARS, MAX_TITLE_CHARS};
use crate::account::Actor;
use crate::common::checked_text;
use crate::entity::{post, post_revision, thread};
use crate::refusal::Refusal;
use crate::vocabulary::{NotificationReason, Topic};
use crate::{Db, StoreError};

/// A new thread as its asker writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub title: String,
    /// Markdown.
    pub body: String,
    /// A key of [`Topic`], as the form sends it.
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
    let topic: Topic = question.topic.parse()?;
    let lang = checked_lang(&question.lang, languages)?;
    let sight = Sight::of(db, Some(actor)).await?;
    if !sight.sees(question.network_id) {
        return Err(Refusal::Forbidden.into());
    }
    let now = Utc::now();
    let txn = crate::sql::begin_write(db).await?;
    let thread_id = thread::Entity::insert(thread::ActiveModel {
        member_id: Set(actor.member_id),
        network_id: Set(question.network_id),
        title: Set(title),
        topic: Set(topic),
        lang: Set(lang.clone()),
        created_at: Set(now),
        last_activity_at: Set(now),
        ..Default::default()
    })
    .exec(&txn)
    .await?
    .last_insert_id;
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
    let txn = crate::sql::begin_write(db).await?;
    let Some(thread) = thread_of(&txn, thread_id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    if !sight.sees(thread.network_id) || (thread.hidden && !sight.moderates(thread.network_id)) {
        return Err(Refusal::Forbidden.into());
    }
    let now = Utc::now();
    let post_id = insert_post(&txn, thread_id, actor.member_id, &body, &lang, now).await?;
    thread::Entity::update_many()
        .col_expr(
            thread::Column::ReplyCount,
            thread::Column::ReplyCount.into_expr().add(1),
        )
        .col_expr(thread::Column::LastActivityAt, Expr::value(now))
        .filter(thread::Column::Id.eq(thread_id))
        .exec(&txn)
        .await?;
    follow::set_thread(&txn, actor.member_id, thread_id, true).await?;
    follow::tell_thread_followers(&txn, thread_id, post_id, actor.member_id).await?;
    list::index_thread(&txn, thread_id).await?;
    txn.commit().await?;
    Ok(Posted { thread_id, post_id })
}

/// Replaces a post's text, by its author; the earlier versions stay readable.
pub async fn edit(db: &Db, actor: &Actor, post_id: i32, body: &str) -> Result<Posted, StoreError> {
    let body = checked_text(body, MAX_BODY_CHARS)?;
    let txn = crate::sql::begin_write(db).await?;
    let Some(before) = post::Entity::find_by_id(post_id).one(&txn).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let thread_id = before.thread_id;
    if before.member_id != actor.member_id {
        return Err(Refusal::Forbidden.into());
    }
    if before.body == body {
        return Ok(Posted { thread_id, post_id });
    }
    let now = Utc::now();
    post::Entity::update_many()
        .set(post::ActiveModel {
            body: Set(body.clone()),
            body_html: Set(markdown::render(&body)),
            edited_at: Set(Some(now)),
            ..Default::default()
        })
        .filter(post::Column::Id.eq(post_id))
        .exec(&txn)
        .await?;
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
    let txn = crate::sql::begin_write(db).await?;
    let Some(thread) = thread_of(&txn, thread_id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let may = sight.sees(thread.network_id)
        && (thread.asker_id == actor.member_id || sight.moderates(thread.network_id));
    if !may {
        return Err(Refusal::Forbidden.into());
    }
    if let Some(post_id) = post_id {
        let answer = post::Entity::find_by_id(post_id)
            .filter(post::Column::ThreadId.eq(thread_id))
            .filter(post::Column::Id.ne(thread.question_id))
            .one(&txn)
            .await?;
        let Some(answer) = answer.filter(|a| a.hidden_reason.is_none()) else {
            return Err(Refusal::NotAnAnswer.into());
        };
        if answer.member_id != actor.member_id && thread.accepted_post_id != Some(post_id) {
            follow::tell(
                &txn,
                answer.member_id,
                thread_id,
                post_id,
                NotificationReason::Accepted,
            )
            .await?;
        }
    }
    thread::Entity::update_many()
        .col_expr(thread::Column::AcceptedPostId, Expr::value(post_id))
        .filter(thread::Column::Id.eq(thread_id))
        .exec(&txn)
        .await?;
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

/// The name a query gives [`question_of_thread`]'s value.
pub(super) const QUESTION_ID: &str = "question_id";

/// `(SELECT MIN(question.id) FROM post question WHERE question.thread_id =
/// thread.id)`: the first post of the outer query's `thread`, its question
/// (`NULL` for a thread without posts).
pub(super) fn question_of_thread() -> Expr {
    let question = Alias::new("question");
    Query::select()
        .expr(Expr::col((question.clone(), post::Column::Id)).min())
        .from_as(post::Entity, question.clone())
        .and_where(
            Expr::col((question, post::Column::ThreadId))
                .equals((thread::Entity, thread::Column::Id)),
        )
        .to_owned()
        .into()
}

/// The [`ThreadFacts`] of a thread, if it exists.
pub(crate) async fn thread_of(
    db: &impl ConnectionTrait,
    thread_id: i32,
) -> Result<Option<ThreadFacts>, StoreError> {
    /// The thread's columns [`ThreadFacts`] holds, and its question.
    #[derive(FromQueryResult)]
    struct Row {
        member_id: i32,
        network_id: Option<i32>,
        hidden: bool,
        accepted_post_id: Option<i32>,
        question_id: Option<i32>,
    }
    let row = thread::Entity::find_by_id(thread_id)
        .select_only()
        .columns([
            thread::Column::MemberId,
            thread::Column::NetworkId,
            thread::Column::Hidden,
            thread::Column::AcceptedPostId,
        ])
        .expr_as(question_of_thread(), QUESTION_ID)
        .into_model::<Row>()
        .one(db)
        .await?;
    Ok(row.map(|r| ThreadFacts {
        asker_id: r.member_id,
        network_id: r.network_id,
        hidden: r.hidden,
        accepted_post_id: r.accepted_post_id,
        question_id: r.question_id.unwrap_or(0),
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
    let post_id = post::Entity::insert(post::ActiveModel {
        thread_id: Set(thread_id),
        member_id: Set(member_id),
        body: Set(body.to_owned()),
        body_html: Set(markdown::render(body)),
        lang: Set(lang.to_owned()),
        created_at: Set(now),
        ..Default::default()
    })
    .exec(txn)
    .await?
    .last_insert_id;
    thread::Entity::update_many()
        .col_expr(thread::Column::LastPostId, Expr::value(post_id))
        .filter(thread::Column::Id.eq(thread_id))
        .exec(txn)
        .await?;
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
    post_revision::Entity::insert(post_revision::ActiveModel {
        post_id: Set(post_id),
        member_id: Set(member_id),
        body: Set(body.to_owned()),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(txn)
    .await?;
    Ok(())
}
