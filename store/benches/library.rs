//! Library search at scale: `cargo bench -p store --bench library`.
//! Seeds 50,000 resources (`BENCH_RESOURCES` to change) into a fresh SQLite
//! database, and into PostgreSQL when `BENCH_POSTGRES_URL` names a server,
//! then times a mix of searches as readers make them (words without accents,
//! one or two of them, with and without filters, a visitor and a member).
//! Prints Markdown.

use std::time::{Duration, Instant};

use store::library::read::{list, LibraryQuery, Order};
use store::sight::Sight;
use store::vocabulary::{Licence, ResourceKind, Topic};

const RUNS: usize = 400;

fn queries() -> Vec<LibraryQuery> {
    let texts = [
        "apprenticeship",
        "ausbildung",
        "berufsschule",
        "quality guide",
        "kompetenzen",
        "mentoring",
        "simulation",
        "formazione",
        "ksztalcenie",
        "vzdelavani",
        "didac",
        "work-based learning",
        "erasmus mobility",
        "toolkit",
        "competences",
        "",
    ];
    let mut out = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let base = LibraryQuery {
            text: (*text).into(),
            per_page: 20,
            reader_lang: ["en", "de", "fr"][i % 3].into(),
            ..LibraryQuery::default()
        };
        out.push(base.clone());
        out.push(LibraryQuery {
            kind: Some(ResourceKind::ALL[i % ResourceKind::ALL.len()]),
            topic: (i % 2 == 0).then_some(Topic::WorkBasedLearning),
            lang: (i % 3 == 0).then(|| "de".to_owned()),
            licence: (i % 4 == 0).then_some(Licence::CcBy),
            order: if i % 2 == 0 {
                Order::Newest
            } else {
                Order::Relevance
            },
            ..base
        });
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

async fn run(backend: &str, db: &store::Db, resources: u64) {
    store::seed::seed_demo(db).await.expect("demo");
    let started = Instant::now();
    store::seed::seed_library_scale(db, resources)
        .await
        .expect("seeded");
    let seeded = started.elapsed();
    if backend == "PostgreSQL" {
        // What autovacuum does within a minute of a bulk load: without the
        // statistics the planner took 50,000 resources for one (a nested
        // loop over all of them: 155 ms for a word in 4,000), and without
        // the visibility map no index-only scan is one.
        use sea_orm::ConnectionTrait;
        db.execute_unprepared("VACUUM ANALYZE")
            .await
            .expect("analyzed");
    }
    let member = {
        use sea_orm::EntityTrait;
        let first = store::entity::member::Entity::find()
            .one(db)
            .await
            .unwrap()
            .unwrap();
        store::account::Actor::load(db, first.id)
            .await
            .unwrap()
            .unwrap()
    };
    let sights = [
        Sight::visitor(),
        Sight::of(db, Some(&member)).await.unwrap(),
    ];
    let queries = queries();
    for q in &queries {
        list(db, &sights[0], q).await.expect("warm-up");
    }
    let mut times = Vec::with_capacity(RUNS);
    let mut found = 0u64;
    for i in 0..RUNS {
        let q = &queries[i % queries.len()];
        let sight = &sights[i % 2];
        let start = Instant::now();
        let page = list(db, sight, q).await.expect("search");
        times.push(start.elapsed());
        found += page.total;
    }
    if std::env::var_os("BENCH_VERBOSE").is_some() {
        for q in &queries {
            let start = Instant::now();
            let page = list(db, &sights[1], q).await.expect("search");
            eprintln!(
                "{:>8.2} ms {:>6} found  {:?}",
                start.elapsed().as_secs_f64() * 1000.0,
                page.total,
                (&q.text, q.kind, q.topic, &q.lang, q.licence, q.order)
            );
        }
    }
    times.sort();
    println!(
        "| {backend} | {resources} | {:.1} s | {RUNS} | {:.2} | {:.2} | {:.2} | {:.0} |",
        seeded.as_secs_f64(),
        percentile(&times, 0.50),
        percentile(&times, 0.95),
        percentile(&times, 0.99),
        found as f64 / RUNS as f64,
    );
}

#[tokio::main]
async fn main() {
    let resources: u64 = std::env::var("BENCH_RESOURCES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(50_000);
    println!(
        "| backend | resources | seed time | searches | p50 ms | p95 ms | p99 ms | mean matches |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    // `BENCH_SKIP_SQLITE=1`: PostgreSQL alone.
    if std::env::var_os("BENCH_SKIP_SQLITE").is_none() {
        let dir = std::env::temp_dir().join(format!("vetnet-bench-library-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let db = store::connect(&format!("sqlite://{}/library.db?mode=rwc", dir.display()))
            .await
            .expect("sqlite");
        store::migration::migrate(&db).await.expect("migrated");
        run("SQLite", &db, resources).await;
        db.close().await.ok();
        // `BENCH_KEEP=1` keeps the SQLite database to look into its plans.
        if std::env::var_os("BENCH_KEEP").is_some() {
            eprintln!("kept {}", dir.join("library.db").display());
        } else {
            std::fs::remove_dir_all(&dir).ok();
        }
    }

    if let Ok(admin_url) = std::env::var("BENCH_POSTGRES_URL") {
        use sea_orm::{ConnectionTrait, Database, Statement};
        let name = format!("vetnet_bench_library_{}", std::process::id());
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
        run("PostgreSQL", &db, resources).await;
        db.close().await.ok();
        if std::env::var_os("BENCH_KEEP").is_some() {
            eprintln!("kept the database {name}");
            return;
        }
        let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        admin
            .execute_raw(Statement::from_string(admin.get_database_backend(), drop))
            .await
            .ok();
    }
}
