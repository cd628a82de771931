//! The threads list: filters, search (every folded word of a thread's title
//! and posts, ranked by where it was found), latest activity first, paged,
//! with unread markers for members.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect,
};

use super::Sight;
use crate::common::MemberName;
use crate::entity::{post, thread, thread_term};
use crate::search::{insert_index_rows, join_scores, search_words, terms, Lookup};
use crate::sql::{Count, Sql};
use crate::vocabulary::Topic;
use crate::{Db, StoreError};

/// The threads' search index.
const THREAD_INDEX: &str = "thread_term";

/// How much a word counts where it is found.
const WEIGHT_TITLE: i16 = 4;
const WEIGHT_POST: i16 = 1;

/// Whether a thread has an accepted answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Solved {
    Yes,
    No,
}

/// A filter of the threads list; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThreadQuery {
    pub text: String,
    pub topic: Option<Topic>,
    pub lang: Option<String>,
    /// A network's slug.
    pub network: Option<String>,
    pub solved: Option<Solved>,
    /// Only threads the viewer follows.
    pub followed: bool,
    /// Only threads the viewer asked.
    pub mine: bool,
    /// Zero-based.
    pub page: u32,
    pub per_page: u32,
}

/// A thread as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadSummary {
    pub id: i32,
    pub title: String,
    pub topic: Topic,
    pub lang: String,
    pub network_name: Option<String>,
    pub asker_name: String,
    pub reply_count: i32,
    pub last_activity_at: DateTime<Utc>,
    pub solved: bool,
    /// Something new since the viewer last read it (always false for visitors).
    pub unread: bool,
    pub hidden: bool,
}

/// A thread's row as the list selects it, with how far the viewer has read it.
#[derive(FromQueryResult)]
struct SummaryRow {
    id: i32,
    title: String,
    topic: Topic,
    lang: String,
    reply_count: i32,
    last_activity_at: DateTime<Utc>,
    accepted_post_id: Option<i32>,
    hidden: bool,
    last_post_id: i32,
    #[sea_orm(nested)]
    asker: MemberName,
    network_name: Option<String>,
    /// The latest post the viewer has read (`None`: never opened).
    read_up_to: Option<i32>,
}

impl From<SummaryRow> for ThreadSummary {
    fn from(r: SummaryRow) -> Self {
        ThreadSummary {
            id: r.id,
            title: r.title,
            topic: r.topic,
            lang: r.lang,
            network_name: r.network_name,
            asker_name: r.asker.full(),
            reply_count: r.reply_count,
            last_activity_at: r.last_activity_at,
            solved: r.accepted_post_id.is_some(),
            unread: r.read_up_to.is_none_or(|read| read < r.last_post_id),
            hidden: r.hidden,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadPage {
    pub total: u64,
    pub threads: Vec<ThreadSummary>,
}

/// Appends `FROM thread t … WHERE …`; `names` joins the asker and the network for the list.
fn from_and_where(
    sql: &mut Sql,
    sight: &Sight,
    query: &ThreadQuery,
    words: &[Lookup],
    names: bool,
) {
    sql.push(" FROM thread t");
    if names {
        sql.push(" JOIN member m ON m.id = t.member_id LEFT JOIN network n ON n.id = t.network_id");
    }
    join_scores(sql, THREAD_INDEX, "thread_id", "t", words);
    sql.push(" WHERE 1 = 1");
    sight.restrict(sql);
    if let Some(topic) = query.topic {
        sql.push(" AND t.topic = ").bind(topic);
    }
    if let Some(lang) = &query.lang {
        sql.push(" AND t.lang = ").bind(lang.clone());
    }
    if let Some(network) = &query.network {
        sql.push(" AND t.network_id = (SELECT id FROM network WHERE slug = ")
            .bind(network.clone())
            .push(")");
    }
    match query.solved {
        Some(Solved::Yes) => {
            sql.push(" AND t.accepted_post_id IS NOT NULL");
        }
        Some(Solved::No) => {
            sql.push(" AND t.accepted_post_id IS NULL");
        }
        None => {}
    }
    let me = sight.member_id.unwrap_or(0);
    if query.followed {
        sql.push(" AND EXISTS (SELECT 1 FROM thread_follow f WHERE f.thread_id = t.id AND f.member_id = ")
            .bind(me)
            .push(")");
    }
    if query.mine {
        sql.push(" AND t.member_id = ").bind(me);
    }
}

/// The threads that match, latest activity first (best match first with a search text).
pub async fn threads(
    db: &Db,
    sight: &Sight,
    query: &ThreadQuery,
) -> Result<ThreadPage, StoreError> {
    let backend = db.get_database_backend();
    let words = search_words(db, THREAD_INDEX, &query.text).await?;
    let mut count = Sql::new(backend);
    count.push("SELECT COUNT(*) AS n");
    from_and_where(&mut count, sight, query, &words, false);
    let total = Count::of(db, &count).await?;
    let per_page = query.per_page.clamp(1, 100);
    let mut list = Sql::new(backend);
    list.push(
        "SELECT t.id, t.title, t.topic, t.lang, t.reply_count, t.last_activity_at, t.accepted_post_id, \
         t.hidden, t.last_post_id, m.given_name, m.family_name, n.name AS network_name, ",
    );
    match sight.member_id {
        Some(me) => {
            list.push("(SELECT r.last_post_id FROM thread_read r WHERE r.thread_id = t.id AND r.member_id = ")
                .bind(me)
                .push(") AS read_up_to");
        }
        None => {
            list.push("t.last_post_id AS read_up_to");
        }
    }
    from_and_where(&mut list, sight, query, &words, true);
    let order = if words.is_empty() {
        " ORDER BY t.last_activity_at DESC, t.id DESC"
    } else {
        " ORDER BY s.score DESC, t.last_activity_at DESC, t.id DESC"
    };
    list.push(order)
        .push(" LIMIT ")
        .bind(per_page as i64)
        .push(" OFFSET ")
        .bind(query.page as i64 * per_page as i64);
    let rows = SummaryRow::find_by_statement(list.statement())
        .all(db)
        .await?;
    Ok(ThreadPage {
        total,
        threads: rows.into_iter().map(ThreadSummary::from).collect(),
    })
}

/// Rebuilds a thread's search rows from its title and visible posts.
pub(crate) async fn index_thread(
    db: &impl ConnectionTrait,
    thread_id: i32,
) -> Result<(), StoreError> {
    let title: Option<String> = thread::Entity::find_by_id(thread_id)
        .select_only()
        .column(thread::Column::Title)
        .into_tuple()
        .one(db)
        .await?;
    let Some(title) = title else {
        return Ok(());
    };
    let bodies: Vec<String> = post::Entity::find()
        .select_only()
        .column(post::Column::Body)
        .filter(post::Column::HiddenReason.is_null())
        .filter(post::Column::ThreadId.eq(thread_id))
        .into_tuple()
        .all(db)
        .await?;
    // Each word once, at the weight of where it is first found (the title first).
    let mut seen = std::collections::HashSet::new();
    let mut found: Vec<(String, i16)> = Vec::new();
    let title_terms = terms(&title).into_iter().map(|t| (t, WEIGHT_TITLE));
    let mut post_terms = Vec::new();
    for body in &bodies {
        post_terms.extend(terms(body).into_iter().map(|t| (t, WEIGHT_POST)));
    }
    for (term, weight) in title_terms.chain(post_terms) {
        if seen.insert(term.clone()) {
            found.push((term, weight));
        }
    }
    thread_term::Entity::delete_many()
        .filter(thread_term::Column::ThreadId.eq(thread_id))
        .exec(db)
        .await?;
    let rows: Vec<(String, i32, i16)> = found
        .into_iter()
        .map(|(term, weight)| (term, thread_id, weight))
        .collect();
    insert_index_rows(db, THREAD_INDEX, "thread_id", &rows).await
}
