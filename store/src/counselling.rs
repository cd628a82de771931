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

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect,
};

use crate::account::Actor;
use crate::common::MemberName;
use crate::entity::membership;
use crate::sql::Sql;
use crate::StoreError;

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest post, in characters of Markdown.
pub const MAX_BODY_CHARS: usize = 20_000;

/// What a viewer may see and moderate: the networks whose threads they read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sight {
    pub member_id: Option<i32>,
    /// A coordinator sees and moderates everything.
    pub everything: bool,
    /// The networks their organisation belongs to, and those they facilitate.
    pub networks: Vec<i32>,
    /// The networks they facilitate.
    pub facilitates: Vec<i32>,
}

impl Sight {
    /// A visitor's sight: the platform's threads only.
    pub fn visitor() -> Self {
        Self::default()
    }

    pub async fn of(db: &impl ConnectionTrait, actor: Option<&Actor>) -> Result<Self, StoreError> {
        let Some(actor) = actor else {
            return Ok(Self::visitor());
        };
        let mut networks: Vec<i32> = membership::Entity::find()
            .select_only()
            .column(membership::Column::NetworkId)
            .filter(membership::Column::OrganisationId.eq(actor.organisation_id))
            .into_tuple()
            .all(db)
            .await?;
        networks.extend(actor.facilitates.iter().copied());
        networks.sort_unstable();
        networks.dedup();
        Ok(Self {
            member_id: Some(actor.member_id),
            everything: actor.coordinator,
            networks,
            facilitates: actor.facilitates.clone(),
        })
    }

    /// Whether a thread of this network (`None`: the whole platform) is open to the viewer.
    pub fn sees(&self, network_id: Option<i32>) -> bool {
        match network_id {
            None => true,
            Some(n) => self.everything || self.networks.contains(&n),
        }
    }

    /// Whether the viewer moderates threads of this network: its facilitators;
    /// for the platform's threads, any facilitator; coordinators everywhere.
    pub fn moderates(&self, network_id: Option<i32>) -> bool {
        self.everything
            || match network_id {
                Some(n) => self.facilitates.contains(&n),
                None => !self.facilitates.is_empty(),
            }
    }

    /// Whether the viewer may accept an answer in a thread asked by `asker_id`
    /// in this network: the asker, or a member who moderates it.
    pub fn accepts(&self, asker_id: i32, network_id: Option<i32>) -> bool {
        self.member_id == Some(asker_id) || (self.member_id.is_some() && self.moderates(network_id))
    }

    /// Whether the viewer moderates any threads at all (and so has a queue).
    pub fn moderates_anything(&self) -> bool {
        self.moderates(None)
    }

    /// Appends the condition that thread `t` is open to the viewer: its
    /// network is theirs, and it is not hidden unless they asked it or moderate it.
    pub(crate) fn restrict(&self, sql: &mut Sql) {
        if !self.everything {
            sql.push(" AND (t.network_id IS NULL");
            in_list(sql, " OR t.network_id IN (", &self.networks);
            sql.push(")");
        }
        if self.everything {
            return;
        }
        sql.push(" AND (t.hidden = ").bind(false);
        if let Some(me) = self.member_id {
            sql.push(" OR t.member_id = ").bind(me);
        }
        if !self.facilitates.is_empty() {
            sql.push(" OR t.network_id IS NULL");
            in_list(sql, " OR t.network_id IN (", &self.facilitates);
        }
        sql.push(")");
    }
}

/// Appends `prefix id, id, …)` when there are ids.
pub(crate) fn in_list(sql: &mut Sql, prefix: &str, ids: &[i32]) {
    if ids.is_empty() {
        return;
    }
    sql.push(prefix);
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.bind(*id);
    }
    sql.push(")");
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_sees_the_platform_and_their_networks() {
        let sight = Sight {
            member_id: Some(1),
            everything: false,
            networks: vec![3, 4],
            facilitates: vec![4],
        };
        assert!(sight.sees(None) && sight.sees(Some(3)) && !sight.sees(Some(5)));
        assert!(sight.moderates(Some(4)) && !sight.moderates(Some(3)) && sight.moderates(None));
        assert!(!Sight::visitor().moderates(None) && !Sight::visitor().sees(Some(3)));
    }
}
