//! Peer counselling: a member asks the peers a question (a thread), others
//! reply, the asker (or a moderator) accepts one reply as the answer. Threads
//! are open to the whole platform or to one network; a member sees the
//! threads of the networks their organisation belongs to (and those they
//! facilitate). Every version of a post is kept; flagged posts go to the
//! moderators, whose decisions are recorded.

pub mod follow;
pub mod list;
pub mod markdown;
pub mod moderation;
pub mod read;
pub mod write;

pub(crate) use crate::sight::in_list;
pub use crate::sight::Sight;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, FromQueryResult};

use crate::common::MemberName;
use crate::sql::Sql;
use crate::StoreError;

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest post, in characters of Markdown.
pub const MAX_BODY_CHARS: usize = 20_000;

/// A post as a reader sees it, with its author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    pub id: i32,
    pub thread_id: i32,
    pub author_id: i32,
    pub author_name: String,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub country_code: String,
    pub lang: String,
    /// The Markdown, for its author's edit form and for quoting.
    pub body: String,
    /// The rendered, sanitised HTML.
    pub html: String,
    pub created_at: DateTime<Utc>,
    pub edited: bool,
    /// Set when a moderator hid it: only its author and the moderators see it.
    pub hidden_reason: Option<String>,
}

pub(crate) const POST_COLUMNS: &str =
    "p.id, p.thread_id, p.member_id, p.body, p.body_html, p.lang, \
     p.created_at, p.edited_at, p.hidden_reason, m.given_name, m.family_name, \
     o.slug AS organisation_slug, o.name AS organisation_name, o.country_code";

pub(crate) const POST_FROM: &str =
    " FROM post p JOIN member m ON m.id = p.member_id JOIN organisation o ON o.id = m.organisation_id";

/// A post's row as [`POST_COLUMNS`] selects it.
#[derive(FromQueryResult)]
pub(crate) struct PostRow {
    id: i32,
    thread_id: i32,
    member_id: i32,
    body: String,
    body_html: String,
    lang: String,
    created_at: DateTime<Utc>,
    edited_at: Option<DateTime<Utc>>,
    hidden_reason: Option<String>,
    #[sea_orm(nested)]
    author: MemberName,
    organisation_slug: String,
    organisation_name: String,
    country_code: String,
}

impl From<PostRow> for Post {
    fn from(r: PostRow) -> Self {
        Post {
            id: r.id,
            thread_id: r.thread_id,
            author_id: r.member_id,
            author_name: r.author.full(),
            organisation_slug: r.organisation_slug,
            organisation_name: r.organisation_name,
            country_code: r.country_code,
            lang: r.lang,
            body: r.body,
            html: r.body_html,
            created_at: r.created_at,
            edited: r.edited_at.is_some(),
            hidden_reason: r.hidden_reason,
        }
    }
}

/// A post's row with its thread's title and network (`, t.title AS
/// thread_title, t.network_id` after [`POST_COLUMNS`]).
#[derive(FromQueryResult)]
pub(crate) struct PostInThread {
    #[sea_orm(nested)]
    pub post: PostRow,
    pub thread_title: String,
    pub network_id: Option<i32>,
}

impl Post {
    /// The posts a `SELECT` of [`POST_COLUMNS`] finds, in its order.
    pub(crate) async fn all(db: &impl ConnectionTrait, sql: &Sql) -> Result<Vec<Post>, StoreError> {
        let rows = PostRow::find_by_statement(sql.statement()).all(db).await?;
        Ok(rows.into_iter().map(Post::from).collect())
    }

    /// The first post a `SELECT` of [`POST_COLUMNS`] finds.
    pub(crate) async fn first(
        db: &impl ConnectionTrait,
        sql: &Sql,
    ) -> Result<Option<Post>, StoreError> {
        let row = PostRow::find_by_statement(sql.statement()).one(db).await?;
        Ok(row.map(Post::from))
    }
}
