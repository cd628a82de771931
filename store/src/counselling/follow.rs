//! Following threads and topics, the notifications that follow from it, what
//! a member has read, and the e-mail digest of unread notifications.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};

use super::full_name;
use super::Sight;
use crate::account::Actor;
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::vocabulary::{DIGEST_FREQUENCIES, TOPICS};
use crate::{Db, StoreError};

/// Starts or stops following a thread (the caller has checked it is visible).
pub(crate) async fn set_thread(
    db: &impl ConnectionTrait,
    member_id: i32,
    thread_id: i32,
    on: bool,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    if on {
        sql.push("INSERT INTO thread_follow (member_id, thread_id) VALUES (")
            .bind(member_id)
            .push(", ")
            .bind(thread_id)
            .push(") ON CONFLICT DO NOTHING");
    } else {
        sql.push("DELETE FROM thread_follow WHERE member_id = ")
            .bind(member_id)
            .push(" AND thread_id = ")
            .bind(thread_id);
    }
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// A member follows (or stops following) a thread they can see.
pub async fn follow_thread(
    db: &Db,
    actor: &Actor,
    thread_id: i32,
    on: bool,
) -> Result<(), StoreError> {
    let sight = Sight::of(db, Some(actor)).await?;
    let visible = super::write::thread_of(db, thread_id)
        .await?
        .is_some_and(|t| sight.sees(t.network_id));
    if !visible {
        return Err(Refusal::Forbidden.into());
    }
    set_thread(db, actor.member_id, thread_id, on).await
}

/// A member follows (or stops following) a topic: new threads in it are notified.
pub async fn follow_topic(db: &Db, actor: &Actor, topic: &str, on: bool) -> Result<(), StoreError> {
    if !TOPICS.contains(&topic) {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let mut sql = Sql::new(db.get_database_backend());
    if on {
        sql.push("INSERT INTO topic_follow (member_id, topic) VALUES (")
            .bind(actor.member_id)
            .push(", ")
            .bind(topic.to_owned())
            .push(") ON CONFLICT DO NOTHING");
    } else {
        sql.push("DELETE FROM topic_follow WHERE member_id = ")
            .bind(actor.member_id)
            .push(" AND topic = ")
            .bind(topic.to_owned());
    }
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// The topics a member follows.
pub async fn followed_topics(db: &Db, member_id: i32) -> Result<Vec<String>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT topic FROM topic_follow WHERE member_id = ")
        .bind(member_id)
        .push(" ORDER BY topic");
    let rows = db.query_all_raw(sql.statement()).await?;
    Ok(rows
        .iter()
        .map(|r| r.try_get::<String>("", "topic"))
        .collect::<Result<_, _>>()?)
}

/// One notification for one member.
pub(crate) async fn tell(
    db: &impl ConnectionTrait,
    member_id: i32,
    thread_id: i32,
    post_id: i32,
    reason: &str,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "INSERT INTO notification (member_id, thread_id, post_id, reason, created_at) VALUES (",
    )
    .bind(member_id)
    .push(", ")
    .bind(thread_id)
    .push(", ")
    .bind(post_id)
    .push(", ")
    .bind(reason.to_owned())
    .push(", ")
    .bind(Utc::now())
    .push(")");
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// Tells the thread's followers (but its writer) of a new reply.
pub(crate) async fn tell_thread_followers(
    db: &impl ConnectionTrait,
    thread_id: i32,
    post_id: i32,
    writer: i32,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("INSERT INTO notification (member_id, thread_id, post_id, reason, created_at) SELECT f.member_id, ")
        .bind(thread_id)
        .push(", ")
        .bind(post_id)
        .push(", 'reply', ")
        .bind(Utc::now())
        .push(" FROM thread_follow f WHERE f.thread_id = ")
        .bind(thread_id)
        .push(" AND f.member_id <> ")
        .bind(writer);
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// Tells the followers of a new thread's topic (but its asker) who can see it.
pub(crate) async fn tell_topic_followers(
    db: &impl ConnectionTrait,
    thread_id: i32,
    post_id: i32,
    writer: i32,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("INSERT INTO notification (member_id, thread_id, post_id, reason, created_at) SELECT f.member_id, t.id, ")
        .bind(post_id)
        .push(", 'topic', ")
        .bind(Utc::now())
        .push(
            " FROM thread t JOIN topic_follow f ON f.topic = t.topic JOIN member m ON m.id = f.member_id \
             WHERE t.id = ",
        )
        .bind(thread_id)
        .push(" AND f.member_id <> ")
        .bind(writer)
        .push(
            " AND (t.network_id IS NULL OR m.coordinator = ",
        )
        .bind(true)
        .push(
            " OR EXISTS (SELECT 1 FROM membership s WHERE s.organisation_id = m.organisation_id AND s.network_id = t.network_id) \
             OR EXISTS (SELECT 1 FROM facilitator x WHERE x.member_id = m.id AND x.network_id = t.network_id))",
        );
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// A notification as its member sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: i32,
    pub thread_id: i32,
    pub post_id: i32,
    pub thread_title: String,
    pub thread_lang: String,
    /// One of `vocabulary::NOTIFICATION_REASONS`.
    pub reason: String,
    pub author_name: String,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

const NOTIFICATION_SELECT: &str =
    "SELECT n.id, n.thread_id, n.post_id, n.reason, n.created_at, n.read_at, \
     t.title, t.lang, m.given_name, m.family_name \
     FROM notification n JOIN thread t ON t.id = n.thread_id JOIN post p ON p.id = n.post_id \
     JOIN member m ON m.id = p.member_id WHERE p.hidden_reason IS NULL AND n.member_id = ";

fn notification_from(r: &sea_orm::QueryResult) -> Result<Notification, StoreError> {
    Ok(Notification {
        id: r.try_get("", "id")?,
        thread_id: r.try_get("", "thread_id")?,
        post_id: r.try_get("", "post_id")?,
        thread_title: r.try_get("", "title")?,
        thread_lang: r.try_get("", "lang")?,
        reason: r.try_get("", "reason")?,
        author_name: full_name(r)?,
        created_at: r.try_get("", "created_at")?,
        read: r.try_get::<Option<DateTime<Utc>>>("", "read_at")?.is_some(),
    })
}

/// A member's latest notifications, newest first, at most `limit`.
pub async fn notifications(
    db: &Db,
    member_id: i32,
    limit: u32,
) -> Result<Vec<Notification>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(NOTIFICATION_SELECT)
        .bind(member_id)
        .push(" ORDER BY n.id DESC LIMIT ")
        .bind(i64::from(limit.clamp(1, 200)));
    let rows = db.query_all_raw(sql.statement()).await?;
    rows.iter().map(notification_from).collect()
}

/// How many of a member's notifications are unread.
pub async fn unread_count(db: &Db, member_id: i32) -> Result<u64, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT COUNT(*) AS n FROM notification WHERE read_at IS NULL AND member_id = ")
        .bind(member_id);
    let n: i64 = match db.query_one_raw(sql.statement()).await? {
        Some(row) => row.try_get("", "n")?,
        None => 0,
    };
    Ok(n.max(0) as u64)
}

/// Marks a member's notifications read: those of one thread (when they open
/// it), or all of them.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    member_id: i32,
    thread_id: Option<i32>,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("UPDATE notification SET read_at = ")
        .bind(Utc::now())
        .push(" WHERE read_at IS NULL AND member_id = ")
        .bind(member_id);
    if let Some(thread_id) = thread_id {
        sql.push(" AND thread_id = ").bind(thread_id);
    }
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// Sets how often a member's notifications are mailed.
pub async fn set_digest(db: &Db, member_id: i32, frequency: &str) -> Result<(), StoreError> {
    if !DIGEST_FREQUENCIES.contains(&frequency) {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("UPDATE member SET digest = ")
        .bind(frequency.to_owned())
        .push(" WHERE id = ")
        .bind(member_id);
    db.execute_raw(sql.statement()).await?;
    Ok(())
}

/// How often a member's notifications are mailed.
pub async fn digest_of(db: &Db, member_id: i32) -> Result<String, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT digest FROM member WHERE id = ")
        .bind(member_id);
    match db.query_one_raw(sql.statement()).await? {
        Some(row) => Ok(row.try_get("", "digest")?),
        None => Err(Refusal::Forbidden.into()),
    }
}

/// A digest due to one member: their unread, unmailed notifications.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    pub member_id: i32,
    pub email: String,
    pub locale: String,
    pub notifications: Vec<Notification>,
    /// Changes to the activities and aspirations they follow.
    pub plan_changes: Vec<crate::plans::follow::PlanNotification>,
}

/// The digests due at `now`: members mailed immediately, or whose day or
/// week since the last digest has passed, who have unread notifications not
/// yet mailed. Each is claimed (marked mailed) in the same transaction, so
/// two instances never send the same one.
pub async fn claim_due_digests(db: &Db, now: DateTime<Utc>) -> Result<Vec<Digest>, StoreError> {
    let txn = db.begin().await?;
    let backend = txn.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT m.id, m.email, m.locale FROM member m WHERE m.digest <> 'never' \
         AND (EXISTS (SELECT 1 FROM notification n WHERE n.member_id = m.id AND n.read_at IS NULL AND n.mailed_at IS NULL) \
         OR EXISTS (SELECT 1 FROM plan_notification n WHERE n.member_id = m.id AND n.read_at IS NULL AND n.mailed_at IS NULL)) \
         AND (m.digest = 'immediate' OR m.digest_sent_at IS NULL \
         OR (m.digest = 'daily' AND m.digest_sent_at <= ",
    )
    .bind(now - Duration::days(1))
    .push(") OR (m.digest = 'weekly' AND m.digest_sent_at <= ")
    .bind(now - Duration::days(7))
    .push(")) ORDER BY m.id LIMIT 500");
    let members = txn.query_all_raw(sql.statement()).await?;
    let mut out = Vec::new();
    for row in &members {
        let member_id: i32 = row.try_get("", "id")?;
        let mut sql = Sql::new(backend);
        sql.push(NOTIFICATION_SELECT)
            .bind(member_id)
            .push(" AND n.read_at IS NULL AND n.mailed_at IS NULL ORDER BY n.id LIMIT 100");
        let notifications = txn
            .query_all_raw(sql.statement())
            .await?
            .iter()
            .map(notification_from)
            .collect::<Result<Vec<_>, _>>()?;
        let mut sql = Sql::new(backend);
        sql.push("UPDATE notification SET mailed_at = ")
            .bind(now)
            .push(" WHERE mailed_at IS NULL AND read_at IS NULL AND member_id = ")
            .bind(member_id);
        txn.execute_raw(sql.statement()).await?;
        let mut sql = Sql::new(backend);
        sql.push("UPDATE member SET digest_sent_at = ")
            .bind(now)
            .push(" WHERE id = ")
            .bind(member_id);
        txn.execute_raw(sql.statement()).await?;
        let plan_changes = crate::plans::follow::claim(&txn, member_id, now).await?;
        if notifications.is_empty() && plan_changes.is_empty() {
            continue;
        }
        out.push(Digest {
            member_id,
            email: row.try_get("", "email")?,
            locale: row.try_get("", "locale")?,
            notifications,
            plan_changes,
        });
    }
    txn.commit().await?;
    Ok(out)
}
