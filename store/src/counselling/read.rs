//! Reading a thread: its question, accepted answer and one page of replies
//! as the viewer may see them, the page a post is on, the replies after one
//! the page already shows (for live updates), and a post's earlier versions.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
};

use super::{markdown, Post, PostInThread, Sight, POST_COLUMNS, POST_FROM};
use crate::common::insert_selected;
use crate::entity::{post_revision, thread, thread_follow, thread_read};
use crate::sql::{Count, Sql};
use crate::vocabulary::Topic;
use crate::{Db, StoreError};

/// A thread with what its viewer may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thread {
    pub id: i32,
    pub title: String,
    pub topic: Topic,
    pub lang: String,
    /// The network it is open to (slug and name); `None`: the whole platform.
    pub network: Option<(String, String)>,
    pub asker_id: i32,
    pub accepted_post_id: Option<i32>,
    pub hidden: bool,
    /// The question, then the page's replies in order.
    pub posts: Vec<Post>,
    /// The accepted answer, wherever its page is.
    pub accepted: Option<Post>,
    /// The replies the viewer may see, on every page.
    pub replies: u64,
    /// The page shown (from 1) and how many there are (at least 1).
    pub page: u64,
    pub pages: u64,
    pub following: bool,
    pub may_accept: bool,
    pub may_moderate: bool,
}

/// A thread's row as the thread page reads it, with its network's names and
/// how many posts it holds: all of them (as a moderator sees it) and those
/// shown to a viewer who does not moderate it.
#[derive(FromQueryResult)]
struct ThreadRow {
    title: String,
    topic: Topic,
    lang: String,
    member_id: i32,
    network_id: Option<i32>,
    accepted_post_id: Option<i32>,
    hidden: bool,
    network_slug: Option<String>,
    network_name: Option<String>,
    all_posts: i64,
    shown_posts: i64,
}

/// Appends the condition that post `p` is shown: not hidden, or the viewer
/// wrote it or moderates it.
fn shown(sql: &mut Sql, sight: &Sight, moderates: bool) {
    if moderates {
        return;
    }
    sql.push(" AND (p.hidden_reason IS NULL");
    if let Some(me) = sight.member_id {
        sql.push(" OR p.member_id = ").bind(me);
    }
    sql.push(")");
}

/// Replies on one page of a thread.
pub const REPLIES_PER_PAGE: u64 = 50;

/// The pages that `replies` replies fill (at least one, for the question).
pub fn pages_for(replies: u64) -> u64 {
    replies.div_ceil(REPLIES_PER_PAGE).max(1)
}

/// The thread as the viewer may see it with one page of its replies (the
/// last when `page` is `None`; a page past the end is the last), or `None`
/// when it does not exist or is not theirs to see. Two queries: the thread
/// with its counts, then the question with the page's replies.
pub async fn thread(
    db: &Db,
    sight: &Sight,
    id: i32,
    page: Option<u64>,
) -> Result<Option<Thread>, StoreError> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT t.title, t.topic, t.lang, t.member_id, t.network_id, t.accepted_post_id, t.hidden, \
         n.slug AS network_slug, n.name AS network_name, \
         (SELECT COUNT(*) FROM post p WHERE p.thread_id = t.id) AS all_posts, \
         (SELECT COUNT(*) FROM post p WHERE p.thread_id = t.id",
    );
    shown(&mut sql, sight, false);
    sql.push(
        ") AS shown_posts \
         FROM thread t LEFT JOIN network n ON n.id = t.network_id WHERE t.id = ",
    )
    .bind(id);
    sight.restrict(&mut sql);
    let Some(row) = ThreadRow::find_by_statement(sql.statement())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let (network_id, asker_id) = (row.network_id, row.member_id);
    let moderates = sight.moderates(network_id);
    let posts_where = |sql: &mut Sql| {
        sql.push(" WHERE p.thread_id = ").bind(id);
        shown(sql, sight, moderates);
    };
    // The question is the first post shown; the replies are the others.
    let shown_posts = if moderates {
        row.all_posts
    } else {
        row.shown_posts
    };
    let Some(replies) = (shown_posts.max(0) as u64).checked_sub(1) else {
        return Ok(None);
    };
    let pages = pages_for(replies);
    let page = page.unwrap_or(pages).clamp(1, pages);
    // Shown posts in order, `limit` of them after the first `offset`.
    let slice = |sql: &mut Sql, offset: u64, limit: u64| {
        sql.push("SELECT ").push(POST_COLUMNS).push(POST_FROM);
        posts_where(sql);
        sql.push(&format!(" ORDER BY p.id LIMIT {limit} OFFSET {offset}"));
    };
    let mut sql = Sql::new(backend);
    if page == 1 {
        slice(&mut sql, 0, 1 + REPLIES_PER_PAGE);
    } else {
        sql.push("SELECT * FROM (");
        slice(&mut sql, 0, 1);
        sql.push(") question UNION ALL SELECT * FROM (");
        slice(
            &mut sql,
            1 + (page - 1) * REPLIES_PER_PAGE,
            REPLIES_PER_PAGE,
        );
        sql.push(") replies ORDER BY id");
    }
    let posts = Post::all(db, &sql).await?;
    if posts.is_empty() {
        return Ok(None);
    }
    let accepted_post_id = row.accepted_post_id;
    let accepted = match accepted_post_id {
        Some(a) => match posts.iter().find(|p| p.id == a) {
            Some(post) => Some(post.clone()),
            None => {
                let mut sql = Sql::new(backend);
                sql.push("SELECT ").push(POST_COLUMNS).push(POST_FROM);
                posts_where(&mut sql);
                sql.push(" AND p.id = ").bind(a);
                Post::first(db, &sql).await?
            }
        },
        None => None,
    };
    let following = match sight.member_id {
        Some(me) => thread_follow::Entity::find_by_id((me, id))
            .one(db)
            .await?
            .is_some(),
        None => false,
    };
    Ok(Some(Thread {
        id,
        title: row.title,
        topic: row.topic,
        lang: row.lang,
        network: row.network_slug.zip(row.network_name),
        asker_id,
        accepted_post_id,
        hidden: row.hidden,
        posts,
        accepted,
        replies,
        page,
        pages,
        following,
        may_accept: sight.accepts(asker_id, network_id),
        may_moderate: moderates,
    }))
}

/// Where a post is: its thread and the page of the thread that shows it (the
/// question is on the first), or `None` when the viewer may not see it.
pub async fn post_place(
    db: &Db,
    sight: &Sight,
    post_id: i32,
) -> Result<Option<(i32, u64)>, StoreError> {
    /// The thread of a post and its network.
    #[derive(FromQueryResult)]
    struct Place {
        thread_id: i32,
        network_id: Option<i32>,
    }
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push("SELECT p.thread_id, t.network_id FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.id = ")
        .bind(post_id);
    sight.restrict(&mut sql);
    let Some(Place {
        thread_id,
        network_id,
    }) = Place::find_by_statement(sql.statement()).one(db).await?
    else {
        return Ok(None);
    };
    let mut sql = Sql::new(backend);
    sql.push("SELECT COUNT(*) AS n FROM post p WHERE p.thread_id = ")
        .bind(thread_id)
        .push(" AND p.id < ")
        .bind(post_id);
    shown(&mut sql, sight, sight.moderates(network_id));
    let before = Count::of(db, &sql).await?;
    // The question is not a reply: the replies before this one are `before - 1`.
    Ok(Some((
        thread_id,
        before.saturating_sub(1) / REPLIES_PER_PAGE + 1,
    )))
}

/// What the viewer may do with a thread's posts: enough to draw a post that
/// arrives live as the thread's page draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rights {
    pub question_id: i32,
    pub accepted_post_id: Option<i32>,
    pub may_accept: bool,
    pub may_moderate: bool,
}

/// The viewer's [`Rights`] in a thread they may see (`None` otherwise).
pub async fn rights(db: &Db, sight: &Sight, thread_id: i32) -> Result<Option<Rights>, StoreError> {
    let Some(facts) = super::write::thread_of(db, thread_id).await? else {
        return Ok(None);
    };
    let moderates = sight.moderates(facts.network_id);
    if !sight.sees(facts.network_id)
        || (facts.hidden && !moderates && sight.member_id != Some(facts.asker_id))
    {
        return Ok(None);
    }
    Ok(Some(Rights {
        question_id: facts.question_id,
        accepted_post_id: facts.accepted_post_id,
        may_accept: sight.accepts(facts.asker_id, facts.network_id),
        may_moderate: moderates,
    }))
}

/// Records that the viewer has read the thread up to its latest post, and
/// marks its notifications read.
pub async fn mark_thread_read(db: &Db, member_id: i32, thread_id: i32) -> Result<(), StoreError> {
    use thread_read::Column as Read;
    let insert = Query::insert()
        .into_table(thread_read::Entity)
        .columns([Read::MemberId, Read::ThreadId, Read::LastPostId])
        .on_conflict(
            OnConflict::columns([Read::MemberId, Read::ThreadId])
                .update_column(Read::LastPostId)
                .to_owned(),
        )
        .to_owned();
    let latest = Query::select()
        .expr(Expr::val(member_id))
        .column(thread::Column::Id)
        .column(thread::Column::LastPostId)
        .from(thread::Entity)
        .and_where(thread::Column::Id.eq(thread_id))
        .to_owned();
    insert_selected(db, insert, latest).await?;
    super::follow::mark_read(db, member_id, Some(thread_id)).await
}

/// The posts of a thread after `after` that the viewer may see, oldest first
/// (what a live page missed), at most 500.
pub async fn posts_after(
    db: &Db,
    sight: &Sight,
    thread_id: i32,
    after: i32,
) -> Result<Vec<Post>, StoreError> {
    let Some(facts) = super::write::thread_of(db, thread_id).await? else {
        return Ok(Vec::new());
    };
    if !sight.sees(facts.network_id)
        || (facts.hidden
            && !sight.moderates(facts.network_id)
            && sight.member_id != Some(facts.asker_id))
    {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT ")
        .push(POST_COLUMNS)
        .push(POST_FROM)
        .push(" WHERE p.thread_id = ")
        .bind(thread_id)
        .push(" AND p.id > ")
        .bind(after);
    shown(&mut sql, sight, sight.moderates(facts.network_id));
    sql.push(" ORDER BY p.id LIMIT 500");
    Post::all(db, &sql).await
}

/// One version of a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub html: String,
    pub created_at: DateTime<Utc>,
}

/// A post with its thread's title, if the viewer may see it: its thread is
/// open to them, and it is not hidden unless they wrote it or moderate it.
pub async fn post(
    db: &Db,
    sight: &Sight,
    post_id: i32,
) -> Result<Option<(Post, String)>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT ")
        .push(POST_COLUMNS)
        .push(", t.title AS thread_title, t.network_id")
        .push(POST_FROM)
        .push(" JOIN thread t ON t.id = p.thread_id WHERE p.id = ")
        .bind(post_id);
    sight.restrict(&mut sql);
    let Some(row) = PostInThread::find_by_statement(sql.statement())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let post = Post::from(row.post);
    let visible = post.hidden_reason.is_none()
        || sight.moderates(row.network_id)
        || sight.member_id == Some(post.author_id);
    Ok(visible.then_some((post, row.thread_title)))
}

/// A post with every version of its text, newest first, if the viewer may see it.
pub async fn history(
    db: &Db,
    sight: &Sight,
    post_id: i32,
) -> Result<Option<(Post, Vec<Version>)>, StoreError> {
    let Some((post, _)) = self::post(db, sight, post_id).await? else {
        return Ok(None);
    };
    let versions = post_revision::Entity::find()
        .filter(post_revision::Column::PostId.eq(post_id))
        .order_by_desc(post_revision::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| Version {
            html: markdown::render(&r.body),
            created_at: r.created_at,
        })
        .collect();
    Ok(Some((post, versions)))
}

/// Whether the thread exists and the viewer may see it.
pub async fn can_see(db: &Db, sight: &Sight, thread_id: i32) -> Result<bool, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT t.id FROM thread t WHERE t.id = ")
        .bind(thread_id);
    sight.restrict(&mut sql);
    Ok(db.query_one_raw(sql.statement()).await?.is_some())
}
