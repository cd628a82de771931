//! Migrations and connection settings, on every backend.

mod common;

use sea_orm::{ConnectionTrait, Statement};

#[tokio::test]
async fn migrations_are_applied_once() {
    for t in common::backends().await {
        let again = store::migration::migrate(&t.db).await.unwrap();
        assert_eq!(again, 0, "{}: a second run applies nothing", t.backend);
        t.finish().await;
    }
}

#[tokio::test]
async fn sqlite_runs_with_wal_full_sync_and_foreign_keys() {
    let t = common::sqlite().await;
    let pragma = |name: &'static str| {
        let db = t.db.clone();
        async move {
            let row = db
                .query_one_raw(Statement::from_string(
                    db.get_database_backend(),
                    format!("PRAGMA {name}"),
                ))
                .await
                .unwrap()
                .unwrap();
            row.try_get_by_index::<String>(0)
                .or_else(|_| row.try_get_by_index::<i64>(0).map(|n| n.to_string()))
                .unwrap()
        }
    };
    assert_eq!(pragma("journal_mode").await, "wal");
    assert_eq!(pragma("synchronous").await, "2", "FULL");
    assert_eq!(pragma("foreign_keys").await, "1");
    assert_eq!(pragma("busy_timeout").await, "5000");
    t.finish().await;
}

#[tokio::test]
async fn foreign_keys_refuse_a_membership_of_a_missing_network() {
    for t in common::backends().await {
        let result =
            t.db.execute_raw(Statement::from_string(
                t.db.get_database_backend(),
                "INSERT INTO membership (id, network_id, member_network_id, level, created_at) \
                 VALUES (999999, 424242, 424243, 'member', '2026-01-01T00:00:00Z')",
            ))
            .await;
        let error = result
            .expect_err("a dangling membership is refused")
            .to_string()
            .to_lowercase();
        assert!(
            error.contains("foreign key"),
            "{}: refused by a foreign key: {error}",
            t.backend
        );
        t.finish().await;
    }
}

/// A writing transaction on SQLite holds the write lock from its start: a
/// second connection's write waits for it (instead of slipping in between
/// the transaction's read and its write, which would fail that write at
/// once), and goes through after the commit.
#[tokio::test]
async fn a_write_transaction_on_sqlite_takes_the_lock_at_once() {
    let t = common::sqlite().await;
    let other = store::connect(&t.url).await.unwrap();
    let write = |db: store::Db, name: &'static str| async move {
        db.execute_unprepared(&format!(
            "INSERT INTO country (code, endonym, locale, locales) VALUES ('{name}', '{name}', 'en', 'en')"
        ))
        .await
    };
    let txn = store::sql::begin_write(&t.db).await.unwrap();
    let before = txn
        .query_all_raw(Statement::from_string(
            txn.get_database_backend(),
            "SELECT code FROM country",
        ))
        .await
        .unwrap()
        .len();
    let waiting = tokio::time::timeout(
        std::time::Duration::from_millis(300),
        write(other.clone(), "XA"),
    )
    .await;
    assert!(
        waiting.is_err(),
        "the other connection waits for the writer"
    );
    txn.execute_unprepared(
        "INSERT INTO country (code, endonym, locale, locales) VALUES ('XB', 'XB', 'en', 'en')",
    )
    .await
    .expect("the transaction's write after its read");
    txn.commit().await.unwrap();
    write(other.clone(), "XA")
        .await
        .expect("then the other one writes");
    let after =
        t.db.query_all_raw(Statement::from_string(
            t.db.get_database_backend(),
            "SELECT code FROM country",
        ))
        .await
        .unwrap()
        .len();
    assert_eq!(after, before + 2);
    other.close().await.ok();
    t.finish().await;
}
