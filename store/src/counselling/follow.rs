//! Following threads and topics, the notifications that follow from it, what
//! a member has read, and the e-mail digest of unread notifications.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait, Order, Query, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::Sight;
use crate::account::Actor;
use crate::common::{insert_selected, MemberName};
use crate::entity::{
    facilitator, member, membership, notification, post, thread, thread_follow, topic_follow,
};
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::vocabulary::{DigestFrequency, NotificationReason, Topic};
use crate::{Db, StoreError};

/// Starts or stops following a thread (the caller has checked it is visible).
pub(crate) async fn set_thread(
    db: &impl ConnectionTrait,
    member_id: i32,
    thread_id: i32,
    on: bool,
) -> Result<(), StoreError> {
    if on {
        thread_follow::Entity::insert(thread_follow::ActiveModel {
            member_id: Set(member_id),
            thread_id: Set(thread_id),
        })
        .on_conflict_do_nothing()
        .exec_without_returning(db)
        .await?;
    } else {
        thread_follow::Entity::delete_by_id((member_id, thread_id))
            .exec(db)
            .await?;
    }
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

/// A member follows (or stops following) a topic (a key of [`Topic`]): new
/// threads in it are notified.
pub async fn follow_topic(db: &Db, actor: &Actor, topic: &str, on: bool) -> Result<(), StoreError> {
    let topic: Topic = topic.parse()?;
    if on {
        topic_follow::Entity::insert(topic_follow::ActiveModel {
            member_id: Set(actor.member_id),
            topic: Set(topic),
        })
        .on_conflict_do_nothing()
        .exec_without_returning(db)
        .await?;
    } else {
        topic_follow::Entity::delete_by_id((actor.member_id, topic))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// The topics a member follows, in the order of their keys.
pub async fn followed_topics(db: &Db, member_id: i32) -> Result<Vec<Topic>, StoreError> {
    Ok(topic_follow::Entity::find()
        .select_only()
        .column(topic_follow::Column::Topic)
        .filter(topic_follow::Column::MemberId.eq(member_id))
        .order_by_asc(topic_follow::Column::Topic)
        .into_tuple()
        .all(db)
        .await?)
}

/// One notification for one member.
pub(crate) async fn tell(
    db: &impl ConnectionTrait,
    member_id: i32,
    thread_id: i32,
    post_id: i32,
    reason: NotificationReason,
) -> Result<(), StoreError> {
    notification::Entity::insert(notification::ActiveModel {
        member_id: Set(member_id),
        thread_id: Set(thread_id),
        post_id: Set(post_id),
        reason: Set(reason),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// `INSERT INTO notification (member_id, thread_id, post_id, reason,
/// created_at)`, for the rows a query selects.
fn insert_notifications() -> sea_orm::sea_query::InsertStatement {
    use notification::Column as N;
    Query::insert()
        .into_table(notification::Entity)
        .columns([N::MemberId, N::ThreadId, N::PostId, N::Reason, N::CreatedAt])
        .to_owned()
}

/// Tells the thread's followers (but its writer) of a new reply.
pub(crate) async fn tell_thread_followers(
    db: &impl ConnectionTrait,
    thread_id: i32,
    post_id: i32,
    writer: i32,
) -> Result<(), StoreError> {
    let followers = Query::select()
        .column(thread_follow::Column::MemberId)
        .expr(Expr::val(thread_id))
        .expr(Expr::val(post_id))
        .expr(Expr::val(NotificationReason::Reply))
        .expr(Expr::val(Utc::now()))
        .from(thread_follow::Entity)
        .and_where(thread_follow::Column::ThreadId.eq(thread_id))
        .and_where(thread_follow::Column::MemberId.ne(writer))
        .to_owned();
    insert_selected(db, insert_notifications(), followers).await
}

/// Tells the followers of a new thread's topic (but its asker) who can see
/// it: it is the platform's, or they coordinate, or their organisation
/// belongs to its network, or they facilitate it.
pub(crate) async fn tell_topic_followers(
    db: &impl ConnectionTrait,
    thread_id: i32,
    post_id: i32,
    writer: i32,
) -> Result<(), StoreError> {
    let member_of_network = Query::select()
        .expr(Expr::val(1))
        .from(membership::Entity)
        .and_where(
            Expr::col((membership::Entity, membership::Column::OrganisationId))
                .equals((member::Entity, member::Column::OrganisationId)),
        )
        .and_where(
            Expr::col((membership::Entity, membership::Column::NetworkId))
                .equals((thread::Entity, thread::Column::NetworkId)),
        )
        .to_owned();
    let facilitates_network = Query::select()
        .expr(Expr::val(1))
        .from(facilitator::Entity)
        .and_where(
            Expr::col((facilitator::Entity, facilitator::Column::MemberId))
                .equals((member::Entity, member::Column::Id)),
        )
        .and_where(
            Expr::col((facilitator::Entity, facilitator::Column::NetworkId))
                .equals((thread::Entity, thread::Column::NetworkId)),
        )
        .to_owned();
    let followers = Query::select()
        .column((topic_follow::Entity, topic_follow::Column::MemberId))
        .column((thread::Entity, thread::Column::Id))
        .expr(Expr::val(post_id))
        .expr(Expr::val(NotificationReason::Topic))
        .expr(Expr::val(Utc::now()))
        .from(thread::Entity)
        .inner_join(
            topic_follow::Entity,
            Expr::col((topic_follow::Entity, topic_follow::Column::Topic))
                .equals((thread::Entity, thread::Column::Topic)),
        )
        .inner_join(
            member::Entity,
            Expr::col((member::Entity, member::Column::Id))
                .equals((topic_follow::Entity, topic_follow::Column::MemberId)),
        )
        .and_where(thread::Column::Id.eq(thread_id))
        .and_where(topic_follow::Column::MemberId.ne(writer))
        .cond_where(
            Condition::any()
                .add(thread::Column::NetworkId.is_null())
                .add(member::Column::Coordinator.eq(true))
                .add(Expr::exists(member_of_network))
                .add(Expr::exists(facilitates_network)),
        )
        .to_owned();
    insert_selected(db, insert_notifications(), followers).await
}

/// A notification as its member sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: i32,
    pub thread_id: i32,
    pub post_id: i32,
    pub thread_title: String,
    pub thread_lang: String,
    pub reason: NotificationReason,
    pub author_name: String,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

/// A notification's row with its thread and the author of its post.
#[derive(FromQueryResult)]
struct NotificationRow {
    id: i32,
    thread_id: i32,
    post_id: i32,
    reason: NotificationReason,
    created_at: DateTime<Utc>,
    read_at: Option<DateTime<Utc>>,
    title: String,
    lang: String,
    #[sea_orm(nested)]
    author: MemberName,
}

impl From<NotificationRow> for Notification {
    fn from(r: NotificationRow) -> Self {
        Notification {
            id: r.id,
            thread_id: r.thread_id,
            post_id: r.post_id,
            thread_title: r.title,
            thread_lang: r.lang,
            reason: r.reason,
            author_name: r.author.full(),
            created_at: r.created_at,
            read: r.read_at.is_some(),
        }
    }
}

/// A member's notifications of visible posts, with their threads and
/// authors; the caller orders and bounds them.
fn notifications_of(member_id: i32) -> SelectStatement {
    use notification::Column as N;
    Query::select()
        .columns([
            (notification::Entity, N::Id),
            (notification::Entity, N::ThreadId),
            (notification::Entity, N::PostId),
            (notification::Entity, N::Reason),
            (notification::Entity, N::CreatedAt),
            (notification::Entity, N::ReadAt),
        ])
        .column((thread::Entity, thread::Column::Title))
        .column((thread::Entity, thread::Column::Lang))
        .column((member::Entity, member::Column::GivenName))
        .column((member::Entity, member::Column::FamilyName))
        .from(notification::Entity)
        .inner_join(
            thread::Entity,
            Expr::col((thread::Entity, thread::Column::Id))
                .equals((notification::Entity, N::ThreadId)),
        )
        .inner_join(
            post::Entity,
            Expr::col((post::Entity, post::Column::Id)).equals((notification::Entity, N::PostId)),
        )
        .inner_join(
            member::Entity,
            Expr::col((member::Entity, member::Column::Id))
                .equals((post::Entity, post::Column::MemberId)),
        )
        .and_where(post::Column::HiddenReason.is_null())
        .and_where(N::MemberId.eq(member_id))
        .to_owned()
}

/// The notifications a query of [`notifications_of`] finds.
async fn read_notifications(
    db: &impl ConnectionTrait,
    query: &SelectStatement,
) -> Result<Vec<Notification>, StoreError> {
    let statement = db.get_database_backend().build(query);
    let rows = NotificationRow::find_by_statement(statement)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(Notification::from).collect())
}

/// A member's latest notifications, newest first, at most `limit`.
pub async fn notifications(
    db: &Db,
    member_id: i32,
    limit: u32,
) -> Result<Vec<Notification>, StoreError> {
    let latest = notifications_of(member_id)
        .order_by(
            (notification::Entity, notification::Column::Id),
            Order::Desc,
        )
        .limit(u64::from(limit.clamp(1, 200)))
        .to_owned();
    read_notifications(db, &latest).await
}

/// How many of a member's notifications are unread.
pub async fn unread_count(db: &Db, member_id: i32) -> Result<u64, StoreError> {
    let n: Option<i64> = notification::Entity::find()
        .select_only()
        .expr(notification::Column::Id.count())
        .filter(notification::Column::ReadAt.is_null())
        .filter(notification::Column::MemberId.eq(member_id))
        .into_tuple()
        .one(db)
        .await?;
    Ok(u64::try_from(n.unwrap_or(0)).unwrap_or(0))
}

/// Marks a member's notifications read: those of one thread (when they open
/// it), or all of them.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    member_id: i32,
    thread_id: Option<i32>,
) -> Result<(), StoreError> {
    let mut unread = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Utc::now()))
        .filter(notification::Column::ReadAt.is_null())
        .filter(notification::Column::MemberId.eq(member_id));
    if let Some(thread_id) = thread_id {
        unread = unread.filter(notification::Column::ThreadId.eq(thread_id));
    }
    unread.exec(db).await?;
    Ok(())
}

/// Sets how often a member's notifications are mailed (a key of [`DigestFrequency`]).
pub async fn set_digest(db: &Db, member_id: i32, frequency: &str) -> Result<(), StoreError> {
    let frequency: DigestFrequency = frequency.parse()?;
    member::Entity::update_many()
        .col_expr(member::Column::Digest, Expr::value(frequency))
        .filter(member::Column::Id.eq(member_id))
        .exec(db)
        .await?;
    Ok(())
}

/// How often a member's notifications are mailed.
pub async fn digest_of(db: &Db, member_id: i32) -> Result<DigestFrequency, StoreError> {
    let frequency = member::Entity::find_by_id(member_id)
        .select_only()
        .column(member::Column::Digest)
        .into_tuple()
        .one(db)
        .await?;
    frequency.ok_or(Refusal::Forbidden.into())
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

/// A member a digest may be due to.
#[derive(FromQueryResult)]
struct Recipient {
    id: i32,
    email: String,
    locale: String,
}

/// The digests due at `now`: members mailed immediately, or whose day or
/// week since the last digest has passed, who have unread notifications not
/// yet mailed. Each is claimed (marked mailed) in the same transaction, so
/// two instances never send the same one.
pub async fn claim_due_digests(db: &Db, now: DateTime<Utc>) -> Result<Vec<Digest>, StoreError> {
    let txn = crate::sql::begin_write(db).await?;
    let backend = txn.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push("SELECT m.id, m.email, m.locale FROM member m WHERE m.digest <> ")
        .bind(DigestFrequency::Never)
        .push(
            " AND (EXISTS (SELECT 1 FROM notification n WHERE n.member_id = m.id AND n.read_at IS NULL AND n.mailed_at IS NULL) \
             OR EXISTS (SELECT 1 FROM plan_notification n WHERE n.member_id = m.id AND n.read_at IS NULL AND n.mailed_at IS NULL)) \
             AND (m.digest = ",
        )
        .bind(DigestFrequency::Immediate)
        .push(" OR m.digest_sent_at IS NULL OR (m.digest = ")
        .bind(DigestFrequency::Daily)
        .push(" AND m.digest_sent_at <= ")
        .bind(now - Duration::days(1))
        .push(") OR (m.digest = ")
        .bind(DigestFrequency::Weekly)
        .push(" AND m.digest_sent_at <= ")
        .bind(now - Duration::days(7))
        .push(")) ORDER BY m.id LIMIT 500");
    let recipients = Recipient::find_by_statement(sql.statement())
        .all(&txn)
        .await?;
    let mut out = Vec::new();
    for recipient in recipients {
        let member_id = recipient.id;
        let unmailed = notifications_of(member_id)
            .and_where(notification::Column::ReadAt.is_null())
            .and_where(notification::Column::MailedAt.is_null())
            .order_by((notification::Entity, notification::Column::Id), Order::Asc)
            .limit(100)
            .to_owned();
        let notifications = read_notifications(&txn, &unmailed).await?;
        notification::Entity::update_many()
            .col_expr(notification::Column::MailedAt, Expr::value(now))
            .filter(notification::Column::MailedAt.is_null())
            .filter(notification::Column::ReadAt.is_null())
            .filter(notification::Column::MemberId.eq(member_id))
            .exec(&txn)
            .await?;
        member::Entity::update_many()
            .col_expr(member::Column::DigestSentAt, Expr::value(now))
            .filter(member::Column::Id.eq(member_id))
            .exec(&txn)
            .await?;
        let plan_changes = crate::plans::follow::claim(&txn, member_id, now).await?;
        if notifications.is_empty() && plan_changes.is_empty() {
            continue;
        }
        out.push(Digest {
            member_id,
            email: recipient.email,
            locale: recipient.locale,
            notifications,
            plan_changes,
        });
    }
    txn.commit().await?;
    Ok(out)
}
