//! Fresh, migrated databases for tests: always SQLite, and PostgreSQL when
//! `TEST_POSTGRES_URL` names a server (a throwaway database per test).

use std::sync::atomic::{AtomicU32, Ordering};

use sea_orm::{ConnectionTrait, Database, Statement};
use store::Db;

static NEXT: AtomicU32 = AtomicU32::new(0);

pub struct TestDb {
    pub db: Db,
    #[allow(dead_code)] // Not every test file needs it.
    pub backend: &'static str,
    /// Where it is, for a second connection (another instance).
    #[allow(dead_code)] // Not every test file needs it.
    pub url: String,
    drop: Option<(String, String)>,
    file: Option<std::path::PathBuf>,
}

impl TestDb {
    /// Closes the connection and removes the database.
    pub async fn finish(self) {
        let _ = self.db.close().await;
        if let Some((admin_url, name)) = self.drop {
            if let Ok(admin) = Database::connect(&admin_url).await {
                let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                let _ = admin
                    .execute_raw(Statement::from_string(admin.get_database_backend(), sql))
                    .await;
                let _ = admin.close().await;
            }
        }
        if let Some(file) = self.file {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
            }
        }
    }
}

fn unique() -> String {
    format!(
        "{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// A migrated SQLite database in a temporary file.
pub async fn sqlite() -> TestDb {
    let file = std::env::temp_dir().join(format!("vetnet_test_{}.db", unique()));
    let url = format!("sqlite://{}?mode=rwc", file.display());
    let db = store::connect(&url).await.expect("sqlite opens");
    store::migration::migrate(&db)
        .await
        .expect("migrations run on SQLite");
    TestDb {
        db,
        backend: "sqlite",
        url,
        drop: None,
        file: Some(file),
    }
}

/// A migrated PostgreSQL database, if a server is configured.
pub async fn postgres() -> Option<TestDb> {
    let admin_url = std::env::var("TEST_POSTGRES_URL").ok()?;
    let name = format!("vetnet_test_{}", unique());
    let admin = Database::connect(&admin_url)
        .await
        .expect("TEST_POSTGRES_URL reachable");
    admin
        .execute_raw(Statement::from_string(
            admin.get_database_backend(),
            format!("CREATE DATABASE {name}"),
        ))
        .await
        .expect("test database created");
    admin.close().await.ok();
    let (base, _) = admin_url
        .rsplit_once('/')
        .expect("a URL with a database name");
    let url = format!("{base}/{name}");
    let db = store::connect(&url).await.expect("test database opens");
    store::migration::migrate(&db)
        .await
        .expect("migrations run on PostgreSQL");
    Some(TestDb {
        db,
        backend: "postgres",
        url,
        drop: Some((admin_url, name)),
        file: None,
    })
}

/// Every backend available to this run.
pub async fn backends() -> Vec<TestDb> {
    let mut all = vec![sqlite().await];
    all.extend(postgres().await);
    all
}

/// The refusal a call got (the test fails on anything else).
#[allow(dead_code)] // Not every test file needs it.
pub fn refused<T: std::fmt::Debug>(r: Result<T, store::StoreError>) -> store::refusal::Refusal {
    match r {
        Err(store::StoreError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The id of the network with this slug.
#[allow(dead_code)] // Not every test file needs it.
pub async fn network_id(db: &Db, slug: &str) -> i32 {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use store::entity::network;
    network::Entity::find()
        .filter(network::Column::Slug.eq(slug))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[allow(dead_code)] // Not every test file needs it.
/// The `n`th member (by id) of an organisation in the network.
pub async fn member_in(db: &Db, network_id: i32, n: usize) -> store::account::Actor {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    use store::entity::{member, membership};
    let organisations: Vec<i32> = membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(network_id))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|m| m.organisation_id)
        .collect();
    let members = member::Entity::find()
        .filter(member::Column::OrganisationId.is_in(organisations))
        .order_by_asc(member::Column::Id)
        .all(db)
        .await
        .unwrap();
    store::account::Actor::load(db, members[n].id)
        .await
        .unwrap()
        .unwrap()
}
