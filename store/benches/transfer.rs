//! CSV export and import at scale: `cargo bench -p store --bench transfer`.
//! Seeds 10,000 organisations (`BENCH_ORGANISATIONS` to change) into one
//! SQLite database, exports them all, then imports that file into a second
//! database holding only the demo network: upload (read and check every
//! row), preview (check again, against the directory) and apply (one
//! transaction). Also on PostgreSQL when `BENCH_POSTGRES_URL` names a server.
//! Prints Markdown.

use std::time::Instant;

use sea_orm::{EntityTrait, QueryOrder};
use store::account::Actor;
use store::entity::{member, network};
use store::organisation::edit::Known;
use store::search::OrganisationQuery;
use store::transfer::{export, import};

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

async fn known(db: &store::Db) -> Known {
    let languages = [
        "bg", "bs", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is",
        "it", "ka", "lb", "lt", "lv", "mk", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sq",
        "sr", "sv", "tr", "uk",
    ];
    Known::load(db, &languages).await.expect("countries")
}

async fn run(backend: &str, source: &store::Db, target: &store::Db, organisations: u64) {
    store::seed::seed_scale(source, organisations, &mut |_, _| {})
        .await
        .expect("seeded");
    store::seed::seed_demo(target).await.expect("demo");
    let query = OrganisationQuery::default();
    let start = Instant::now();
    let csv = export::organisations_csv(source, &query)
        .await
        .expect("export");
    let exported = ms(start);
    let rows = csv.lines().count() - 1;

    let first = member::Entity::find()
        .order_by_asc(member::Column::Id)
        .one(target)
        .await
        .unwrap()
        .unwrap();
    let mut actor = Actor::load(target, first.id).await.unwrap().unwrap();
    actor.coordinator = true;
    let network_id = network::Entity::find()
        .order_by_asc(network::Column::Id)
        .one(target)
        .await
        .unwrap()
        .unwrap()
        .id;
    let known = known(target).await;
    let start = Instant::now();
    let id = import::upload(target, Some(&actor), network_id, "all.csv", &csv, &known)
        .await
        .expect("upload");
    let uploaded = ms(start);
    let start = Instant::now();
    let preview = import::preview(target, Some(&actor), id, &known)
        .await
        .unwrap()
        .unwrap();
    let previewed = ms(start);
    // The demo's own organisations are in the file too: those rows are
    // duplicates, so the file is applied without them.
    let clean = {
        let bad: std::collections::HashSet<u64> = preview.errors.iter().map(|e| e.line).collect();
        let mut out = String::new();
        for (i, line) in csv.lines().enumerate() {
            if !bad.contains(&(i as u64 + 1)) {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    };
    let id = import::upload(
        target,
        Some(&actor),
        network_id,
        "clean.csv",
        &clean,
        &known,
    )
    .await
    .expect("upload");
    let start = Instant::now();
    let added = import::apply(target, Some(&actor), id, &known)
        .await
        .expect("apply");
    let applied = ms(start);
    println!(
        "| {backend} | {rows} | {} KiB | {exported:.0} | {uploaded:.0} | {previewed:.0} | {added} | {applied:.0} |",
        csv.len() / 1024
    );
}

async fn sqlite(dir: &std::path::Path, name: &str) -> store::Db {
    let db = store::connect(&format!("sqlite://{}/{name}.db?mode=rwc", dir.display()))
        .await
        .expect("sqlite");
    store::migration::migrate(&db).await.expect("migrated");
    db
}

#[tokio::main]
async fn main() {
    let organisations: u64 = std::env::var("BENCH_ORGANISATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    println!(
        "| backend | rows | file | export ms | upload ms | preview ms | imported | apply ms |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let dir = std::env::temp_dir().join(format!("vetnet-transfer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let source = sqlite(&dir, "source").await;
    let target = sqlite(&dir, "target").await;
    run("SQLite", &source, &target, organisations).await;
    std::fs::remove_dir_all(&dir).ok();

    if let Ok(admin_url) = std::env::var("BENCH_POSTGRES_URL") {
        use sea_orm::{ConnectionTrait, Database, Statement};
        let admin = Database::connect(&admin_url).await.expect("postgres");
        let (base, _) = admin_url.rsplit_once('/').expect("a database URL");
        let mut dbs = Vec::new();
        for side in ["source", "target"] {
            let name = format!("vetnet_transfer_{side}_{}", std::process::id());
            admin
                .execute_raw(Statement::from_string(
                    admin.get_database_backend(),
                    format!("CREATE DATABASE {name}"),
                ))
                .await
                .expect("bench database");
            let db = store::connect(&format!("{base}/{name}"))
                .await
                .expect("opens");
            store::migration::migrate(&db).await.expect("migrated");
            dbs.push((name, db));
        }
        run("PostgreSQL", &dbs[0].1, &dbs[1].1, organisations).await;
        for (name, db) in dbs {
            db.close().await.ok();
            admin
                .execute_raw(Statement::from_string(
                    admin.get_database_backend(),
                    format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                ))
                .await
                .ok();
        }
    }
}
