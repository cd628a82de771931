//! A member's personal calendar feed with 1,000 events:
//! `cargo bench -p store --bench calendar`. Seeds the demo into a fresh
//! SQLite database (and PostgreSQL when `BENCH_POSTGRES_URL` names a
//! server), announces 40 weekly series of 25 occurrences in four time
//! zones for the member's network, registers the member for a third of
//! them, then times producing the feed from its secret address (the
//! query, the calendar's VTIMEZONEs and every event). Prints Markdown.

use std::time::{Duration, Instant};

use chrono::Utc;
use store::events::calendar::{new_address, personal_feed};
use store::events::register::register;
use store::events::write::{create, NewEvent};

const RUNS: usize = 200;

fn runs() -> usize {
    std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(RUNS)
}
const SERIES: usize = 40;
const ZONES: [&str; 4] = [
    "Europe/Brussels",
    "Europe/Helsinki",
    "Europe/Lisbon",
    "America/New_York",
];

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

async fn run(backend: &str, db: &store::Db) {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    store::seed::seed_demo(db).await.expect("demo");
    let network = store::entity::network::Entity::find()
        .filter(store::entity::network::Column::Slug.eq(store::seed::national_slug("DE")))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let organisations: Vec<i32> = store::entity::membership::Entity::find()
        .filter(store::entity::membership::Column::NetworkId.eq(network.id))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|m| m.organisation_id)
        .collect();
    let member = store::entity::member::Entity::find()
        .filter(store::entity::member::Column::OrganisationId.is_in(organisations))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let mut member = store::account::Actor::load(db, member.id)
        .await
        .unwrap()
        .unwrap();
    member.facilitates.push(network.id);
    let started = Instant::now();
    let mut events = 0;
    for i in 0..SERIES {
        let first = (Utc::now() + chrono::Duration::days(1 + i as i64 % 7)).date_naive();
        let until = first + chrono::Duration::weeks(24);
        let new = NewEvent {
            kind: "webinar".into(),
            title: format!("Peer exchange {i}: apprenticeships, quality and mobility"),
            lang: "en".into(),
            description: "An hour with peers from the network; *questions* welcome.\n\nBring a case from your own school.".into(),
            network_id: Some(network.id),
            time_zone: ZONES[i % ZONES.len()].into(),
            starts: format!("{first}T{:02}:00", 9 + i % 8),
            ends: format!("{first}T{:02}:30", 10 + i % 8),
            online_url: "https://meet.example.org/room".into(),
            visibility: if i % 2 == 0 { "everyone" } else { "network" }.into(),
            admission: "open".into(),
            repeat: "weekly".into(),
            until: until.to_string(),
            ..NewEvent::default()
        };
        let ids = create(db, &member, &new, &["en"]).await.expect("series");
        events += ids.len();
        for id in ids.iter().step_by(3) {
            register(db, &member, *id, "").await.expect("registered");
        }
    }
    let seeded = started.elapsed();
    let token = new_address(db, &member).await.expect("address");
    let site = "https://vet.example.org";
    let feed = personal_feed(db, &token, site).await.unwrap().unwrap();
    let in_feed = feed.matches("BEGIN:VEVENT").count();
    let runs = runs();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let feed = personal_feed(db, &token, site).await.unwrap().unwrap();
        times.push(start.elapsed());
        std::hint::black_box(feed);
    }
    times.sort();
    println!(
        "| {backend} | {events} | {in_feed} | {} KiB | {:.1} s | {runs} | {:.2} | {:.2} | {:.2} |",
        feed.len() / 1024,
        seeded.as_secs_f64(),
        percentile(&times, 0.50),
        percentile(&times, 0.95),
        percentile(&times, 0.99),
    );
}

#[tokio::main]
async fn main() {
    println!("| backend | events | in the feed | feed size | seed time | feeds | p50 ms | p95 ms | p99 ms |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let dir = std::env::temp_dir().join(format!("vetnet-bench-calendar-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let db = store::connect(&format!("sqlite://{}/calendar.db?mode=rwc", dir.display()))
        .await
        .expect("sqlite");
    store::migration::migrate(&db).await.expect("migrated");
    run("SQLite", &db).await;
    db.close().await.ok();
    std::fs::remove_dir_all(&dir).ok();

    if let Ok(admin_url) = std::env::var("BENCH_POSTGRES_URL") {
        use sea_orm::{ConnectionTrait, Database, Statement};
        let name = format!("vetnet_bench_calendar_{}", std::process::id());
        let admin = Database::connect(&admin_url).await.expect("postgres");
        let create = format!("CREATE DATABASE {name}");
        admin
            .execute_raw(Statement::from_string(admin.get_database_backend(), create))
            .await
            .expect("bench database");
        let (base, _) = admin_url.rsplit_once('/').expect("a database URL");
        let db = store::connect(&format!("{base}/{name}"))
            .await
            .expect("opens");
        store::migration::migrate(&db).await.expect("migrated");
        run("PostgreSQL", &db).await;
        db.close().await.ok();
        let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        admin
            .execute_raw(Statement::from_string(admin.get_database_backend(), drop))
            .await
            .ok();
    }
}
