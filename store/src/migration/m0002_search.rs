//! The organisation search index: every folded word of an organisation's name,
//! city and description, with a weight, so that a search is a few prefix range
//! scans of one B-tree on SQLite and PostgreSQL alike.

use sea_orm::sea_query::{ColumnDef, ForeignKey, ForeignKeyAction, Index, Table};
use sea_orm::{DbBackend, Statement};

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    let mut term = ColumnDef::new("term");
    term.string_len(100).not_null();
    if backend == DbBackend::Postgres {
        // Byte order, as SQLite compares, so that prefix ranges mean the same.
        term.extra("COLLATE \"C\"");
    }
    vec![
        backend.build(
            Table::create()
                .table("organisation_term")
                .col(term)
                .col(ColumnDef::new("organisation_id").integer().not_null())
                .col(ColumnDef::new("weight").small_integer().not_null())
                .primary_key(Index::create().col("term").col("organisation_id"))
                .foreign_key(
                    ForeignKey::create()
                        .from("organisation_term", "organisation_id")
                        .to("organisation", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                ),
        ),
        backend.build(
            Index::create()
                .name("organisation_term_by_organisation")
                .table("organisation_term")
                .col("organisation_id"),
        ),
        backend.build(
            Index::create()
                .name("organisation_by_name")
                .table("organisation")
                .col("name")
                .col("id"),
        ),
    ]
}
