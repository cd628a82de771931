//! Schema migrations: numbered, applied in order, each in its own transaction,
//! recorded in `schema_migration`. A released migration is never edited; a change is a new one.

mod column;
mod m0001_directory;
mod m0002_search;
mod m0003_accounts;
mod m0004_partnerships;
mod m0005_counselling;
mod m0006_plans;
mod m0007_library;
mod m0008_library_search;
mod m0009_search_by_owner;
mod m0010_events;

use sea_orm::sea_query::{Alias, ColumnDef, Expr, Query, Table};
use sea_orm::{ConnectionTrait, DbBackend, FromQueryResult, Statement};

use crate::{Db, StoreError};

type Migration = (&'static str, fn(DbBackend) -> Vec<Statement>);

const MIGRATIONS: &[Migration] = &[
    ("0001_directory", m0001_directory::statements),
    ("0002_search", m0002_search::statements),
    ("0003_accounts", m0003_accounts::statements),
    ("0004_partnerships", m0004_partnerships::statements),
    ("0005_counselling", m0005_counselling::statements),
    ("0006_plans", m0006_plans::statements),
    ("0007_library", m0007_library::statements),
    ("0008_library_search", m0008_library_search::statements),
    ("0009_search_by_owner", m0009_search_by_owner::statements),
    ("0010_events", m0010_events::statements),
];

/// Applies every migration not yet applied; returns how many ran.
pub async fn migrate(db: &Db) -> Result<usize, StoreError> {
    let backend = db.get_database_backend();
    db.execute(
        Table::create()
            .table("schema_migration")
            .if_not_exists()
            .col(
                ColumnDef::new("name")
                    .string_len(100)
                    .not_null()
                    .primary_key(),
            )
            .col(ColumnDef::new("applied_at").string_len(40).not_null()),
    )
    .await?;
    #[derive(FromQueryResult)]
    struct Applied {
        name: String,
    }
    let applied: Vec<String> = Applied::find_by_statement(
        backend.build(Query::select().column("name").from("schema_migration")),
    )
    .all(db)
    .await?
    .into_iter()
    .map(|a| a.name)
    .collect();
    let mut ran = 0;
    for (name, statements) in MIGRATIONS {
        if applied.iter().any(|a| a == name) {
            continue;
        }
        let txn = crate::sql::begin_write(db).await?;
        for statement in statements(backend) {
            txn.execute_raw(statement).await?;
        }
        txn.execute(
            Query::insert()
                .into_table("schema_migration")
                .columns([Alias::new("name"), Alias::new("applied_at")])
                .values_panic([Expr::val(*name), Expr::val(chrono::Utc::now().to_rfc3339())]),
        )
        .await?;
        if *name == "0002_search" {
            crate::search::reindex_all(&txn).await?;
        }
        txn.commit().await?;
        tracing::info!(migration = name, "applied");
        ran += 1;
    }
    Ok(ran)
}
