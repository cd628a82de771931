//! The library's search reads each matching word's weight from the index
//! itself: `(term, resource_id, weight)` covers a prefix range scan, where
//! the primary key alone sent every match to the table for its weight (a
//! common word matches 11,000 rows of 1.8 million at 50,000 resources).

use sea_orm::{DbBackend, Statement};

use super::column::index;

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    vec![index(
        backend,
        "resource_term_covering",
        "resource_term",
        &["term", "resource_id", "weight"],
    )]
}
