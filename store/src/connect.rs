//! Opening the database: SQLite (default, a file under ./data) or PostgreSQL.

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};

use crate::StoreError;

pub type Db = DatabaseConnection;

/// The URL used when none is configured: a SQLite file beside the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/vetnet.db?mode=rwc";

/// How much of a SQLite file is read through a memory map (the pages stay
/// the operating system's, shared by every connection).
pub const SQLITE_MAP_BYTES: u64 = 1 << 30;

/// Connects and, for SQLite, applies the settings every connection needs:
/// WAL, `synchronous=FULL` (an acknowledged write survives power loss),
/// foreign keys and a busy timeout so concurrent writers wait instead of failing.
/// A pooled SQLite connection is not pinged before each use: it is a file
/// handle in this process, with no network to drop it, and the ping was a
/// round trip to the connection's thread for every query (4.5 % of a
/// rendered thread page's CPU). A PostgreSQL connection is still tested.
/// A query's rows come back through a buffer of 256 rather than sqlx's 50,
/// so a page of 51 posts does not park the connection's thread halfway.
/// SQLite reads the file through a memory map (`mmap_size`, up to
/// [`SQLITE_MAP_BYTES`]) rather than a `pread` per page into each
/// connection's own 2 MB cache: a library search joining 11,000 resources
/// spent as long in those system calls as in SQLite itself.
pub async fn connect(url: &str) -> Result<Db, StoreError> {
    if let Some(path) = sqlite_path(url) {
        if let Some(dir) = std::path::Path::new(path).parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)?;
            }
        }
    }
    let sqlite = url.starts_with("sqlite");
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .max_connections(if sqlite { 8 } else { 16 })
        .test_before_acquire(!sqlite)
        .acquire_timeout(Duration::from_secs(5))
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
                .row_buffer_size(256)
                .pragma("mmap_size", SQLITE_MAP_BYTES.to_string())
        });
    Ok(Database::connect(options).await?)
}

/// The file path of a `sqlite://` URL, if it names a file.
fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.starts_with(":memory:")).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::sqlite_path;

    #[test]
    fn finds_the_file_of_a_sqlite_url() {
        assert_eq!(
            sqlite_path("sqlite://data/x.db?mode=rwc"),
            Some("data/x.db")
        );
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://localhost/x"), None);
    }
}
