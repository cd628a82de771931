//! The threads list: filters, search (every folded word of a thread's title
//! and posts, ranked by where it was found), latest activity first, paged,
//! with unread markers for members.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use super::full_name;
use super::Sight;
use crate::search::{insert_index_rows, join_scores, terms, MAX_SEARCH_TERMS};
use crate::sql::Sql;
use crate::{Db, StoreError};

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
    pub topic: Option<String>,
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
    pub topic: String,
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
    terms: &[String],
    names: bool,
) {
    sql.push(" FROM thread t");
    if names {
        sql.push(" JOIN member m ON m.id = t.member_id LEFT JOIN network n ON n.id = t.network_id");
    }
    join_scores(sql, "thread_term", "thread_id", "t", terms);
    sql.push(" WHERE 1 = 1");
    sight.restrict(sql);
    if let Some(topic) = &query.topic {
        sql.push(" AND t.topic = ").bind(topic.clone());
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
    let mut words = terms(&query.text);
    words.truncate(MAX_SEARCH_TERMS);
    let mut count = Sql::new(backend);
    count.push("SELECT COUNT(*) AS n");
    from_and_where(&mut count, sight, query, &words, false);
    let total: i64 = match db.query_one_raw(count.statement()).await? {
        Some(row) => row.try_get("", "n")?,
        None => 0,
    };
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
    let rows = db.query_all_raw(list.statement()).await?;
    let threads = rows
        .iter()
        .map(|r| {
            let last: i32 = r.try_get("", "last_post_id")?;
            let read: Option<i32> = r.try_get("", "read_up_to")?;
            Ok(ThreadSummary {
                id: r.try_get("", "id")?,
                title: r.try_get("", "title")?,
                topic: r.try_get("", "topic")?,
                lang: r.try_get("", "lang")?,
                network_name: r.try_get("", "network_name")?,
                asker_name: full_name(r)?,
                reply_count: r.try_get("", "reply_count")?,
                last_activity_at: r.try_get("", "last_activity_at")?,
                solved: r.try_get::<Option<i32>>("", "accepted_post_id")?.is_some(),
                unread: read.is_none_or(|read| read < last),
                hidden: r.try_get("", "hidden")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(ThreadPage {
        total: total.max(0) as u64,
        threads,
    })
}

/// Rebuilds a thread's search rows from its title and visible posts.
pub(crate) async fn index_thread(
    db: &impl ConnectionTrait,
    thread_id: i32,
) -> Result<(), StoreError> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push("SELECT title FROM thread WHERE id = ")
        .bind(thread_id);
    let Some(row) = db.query_one_raw(sql.statement()).await? else {
        return Ok(());
    };
    let title: String = row.try_get("", "title")?;
    let mut sql = Sql::new(backend);
    sql.push("SELECT body FROM post WHERE hidden_reason IS NULL AND thread_id = ")
        .bind(thread_id);
    let bodies = db.query_all_raw(sql.statement()).await?;
    // Each word once, at the weight of where it is first found (the title first).
    let mut seen = std::collections::HashSet::new();
    let mut found: Vec<(String, i16)> = Vec::new();
    let title_terms = terms(&title).into_iter().map(|t| (t, WEIGHT_TITLE));
    let mut post_terms = Vec::new();
    for row in &bodies {
        let body: String = row.try_get("", "body")?;
        post_terms.extend(terms(&body).into_iter().map(|t| (t, WEIGHT_POST)));
    }
    for (term, weight) in title_terms.chain(post_terms) {
        if seen.insert(term.clone()) {
            found.push((term, weight));
        }
    }
    let mut sql = Sql::new(backend);
    sql.push("DELETE FROM thread_term WHERE thread_id = ")
        .bind(thread_id);
    db.execute_raw(sql.statement()).await?;
    let rows: Vec<(String, i32, i16)> = found
        .into_iter()
        .map(|(term, weight)| (term, thread_id, weight))
        .collect();
    insert_index_rows(db, "thread_term", "thread_id", &rows).await
}
