//! The library's search index: the folded words of each resource's titles,
//! creators, summaries and current files (their text and the metadata read
//! from them), weighted by where they are found; the same engine as the
//! directory's (word prefixes, accents and case folded).

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, FromQueryResult};

use crate::search::{insert_index_rows, terms};
use crate::sql::Sql;
use crate::StoreError;

/// The table of the library's index.
pub(crate) const INDEX: &str = "resource_term";

pub const WEIGHT_TITLE: i16 = 4;
pub const WEIGHT_AUTHOR: i16 = 3;
pub const WEIGHT_SUMMARY: i16 = 2;
pub const WEIGHT_FILE: i16 = 1;
/// The most words one resource's files add to the index.
pub const MAX_FILE_TERMS: usize = 20_000;

#[derive(FromQueryResult)]
struct Texts {
    title: String,
    summary: String,
    author: String,
    file_text: Option<String>,
    meta_title: Option<String>,
    meta_author: Option<String>,
}

/// Replaces the index rows of one resource (after any change to it).
pub async fn index_resource(db: &impl ConnectionTrait, resource_id: i32) -> Result<(), StoreError> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    // Each version with its current (newest) file's text.
    sql.push(
        "SELECT v.title, v.summary, r.author, f.text AS file_text, f.meta_title, f.meta_author \
         FROM resource_version v JOIN resource r ON r.id = v.resource_id \
         LEFT JOIN resource_file rf ON rf.id = \
           (SELECT MAX(x.id) FROM resource_file x WHERE x.version_id = v.id) \
         LEFT JOIN stored_file f ON f.id = rf.stored_file_id \
         WHERE v.resource_id = ",
    )
    .bind(resource_id);
    let rows = Texts::find_by_statement(sql.statement()).all(db).await?;
    let mut weighted: Vec<(String, i16)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut add = |text: &str, weight: i16, cap: Option<usize>| {
        let mut added = 0;
        for term in terms(text) {
            match seen.get(&term) {
                Some(&i) => weighted[i].1 = weighted[i].1.max(weight),
                None => {
                    if cap.is_some_and(|cap| added >= cap) {
                        continue;
                    }
                    seen.insert(term.clone(), weighted.len());
                    weighted.push((term, weight));
                    added += 1;
                }
            }
        }
    };
    for row in &rows {
        add(&row.title, WEIGHT_TITLE, None);
        add(&row.author, WEIGHT_AUTHOR, None);
        add(&row.summary, WEIGHT_SUMMARY, None);
        for meta in [&row.meta_title, &row.meta_author].into_iter().flatten() {
            add(meta, WEIGHT_SUMMARY, None);
        }
    }
    for row in &rows {
        if let Some(text) = &row.file_text {
            add(text, WEIGHT_FILE, Some(MAX_FILE_TERMS));
        }
    }
    let mut delete = Sql::new(backend);
    delete
        .push("DELETE FROM resource_term WHERE resource_id = ")
        .bind(resource_id);
    db.execute_raw(delete.statement()).await?;
    let pending: Vec<(String, i32, i16)> = weighted
        .into_iter()
        .map(|(term, weight)| (term, resource_id, weight))
        .collect();
    insert_index_rows(db, INDEX, "resource_id", &pending).await
}
