//! Each search index is also read by owner: a search reads its rarest word's
//! rows and looks each other word up for those rows alone, a prefix through
//! `(owner, term, weight)` (a few steps in one owner's words rather than a
//! range over every owner's). The index on the owner alone is replaced: the
//! new one serves its lookups too (removing an owner's rows).

use sea_orm::sea_query::Index;
use sea_orm::{DbBackend, Statement};

use super::column::index;

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    let mut out = Vec::new();
    for (table, owner, old, new) in [
        (
            "organisation_term",
            "organisation_id",
            "organisation_term_by_organisation",
            "organisation_term_by_owner_term",
        ),
        (
            "thread_term",
            "thread_id",
            "thread_term_by_thread",
            "thread_term_by_owner_term",
        ),
        (
            "resource_term",
            "resource_id",
            "resource_term_by_resource",
            "resource_term_by_owner_term",
        ),
    ] {
        out.push(index(backend, new, table, &[owner, "term", "weight"]));
        out.push(backend.build(Index::drop().name(old).table(table)));
    }
    out
}
