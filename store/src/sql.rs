//! Raw SQL built piece by piece, with placeholders in the backend's own syntax.

use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, FromQueryResult, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionTrait, Value,
};

use crate::StoreError;

/// SQL text with placeholders in the backend's own syntax.
pub struct Sql {
    backend: DbBackend,
    text: String,
    values: Vec<Value>,
}

impl Sql {
    pub fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            text: String::new(),
            values: Vec::new(),
        }
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    pub fn bind(&mut self, value: impl Into<Value>) -> &mut Self {
        self.values.push(value.into());
        match self.backend {
            DbBackend::Postgres => {
                let n = self.values.len();
                self.text.push_str(&format!("${n}"));
            }
            _ => self.text.push('?'),
        }
        self
    }

    pub fn statement(&self) -> Statement {
        Statement::from_sql_and_values(self.backend, &self.text, self.values.clone())
    }
}

/// The number a `SELECT COUNT(*) AS n …` gives (0 when no row comes back).
#[derive(Debug, FromQueryResult)]
pub struct Count {
    n: i64,
}

impl Count {
    pub async fn of(db: &impl ConnectionTrait, sql: &Sql) -> Result<u64, StoreError> {
        let found = Count::find_by_statement(sql.statement()).one(db).await?;
        Ok(found.map_or(0, |c| c.n.max(0) as u64))
    }
}

/// After rows were written with explicit ids: the ids the tables give next
/// come after the highest there is. PostgreSQL keeps a sequence per table,
/// which must be moved; SQLite takes the next id after the highest itself.
pub async fn ids_follow_max(db: &impl ConnectionTrait, tables: &[&str]) -> Result<(), StoreError> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    for table in tables {
        db.execute_unprepared(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
        ))
        .await?;
    }
    Ok(())
}

/// Begins a transaction that writes. On SQLite it takes the write lock at
/// once (`BEGIN IMMEDIATE`, waiting up to the busy timeout while another
/// connection writes): a deferred transaction that reads first and writes
/// after fails at once, without waiting, when another connection wrote in
/// between (its snapshot is then stale). PostgreSQL begins as usual.
pub async fn begin_write<T: TransactionTrait>(db: &T) -> Result<T::Transaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        isolation_level: None,
        access_mode: None,
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
    })
    .await
}
