//! Organisation search at scale: `cargo bench -p store --bench search`.
//! Seeds 100,000 organisations (`BENCH_ORGANISATIONS` to change) into a fresh
//! SQLite database, and into PostgreSQL when `BENCH_POSTGRES_URL` names a
//! server, then times a mix of searches the way a member types them (no
//! accents, one or two words, with and without filters). Prints Markdown.

use std::time::{Duration, Instant};

use store::search::{search_organisations, OrganisationQuery};

const RUNS: usize = 400;

/// What members type: city names without accents, kinds of school, two words, filters.
fn queries() -> Vec<OrganisationQuery> {
    let texts = [
        "lodz",
        "krakow",
        "koln",
        "munchen",
        "wien",
        "athina",
        "kyiv",
        "praha",
        "zagreb",
        "lisboa",
        "berufsschule",
        "technikum",
        "lycee",
        "istituto",
        "ammattiopisto",
        "vet",
        "training",
        "berufsschule munchen",
        "technikum lodz",
        "istituto milano",
        "szkola",
        "centre",
    ];
    let mut out = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        out.push(OrganisationQuery {
            text: (*text).into(),
            per_page: 20,
            ..Default::default()
        });
        let filtered = OrganisationQuery {
            text: (*text).into(),
            country: Some(["PL", "DE", "AT", "IT", "FI"][i % 5].into()),
            topic: (i % 2 == 0).then_some(store::vocabulary::Topic::Digitalisation),
            per_page: 20,
            ..Default::default()
        };
        out.push(filtered);
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

async fn run(backend: &str, db: &store::Db, organisations: u64) {
    let started = Instant::now();
    store::seed::seed_scale(db, organisations, &mut |_, _| {})
        .await
        .expect("seeded");
    let seeded = started.elapsed();
    let queries = queries();
    for q in &queries {
        search_organisations(db, q).await.expect("warm-up");
    }
    let mut times = Vec::with_capacity(RUNS);
    let mut found = 0u64;
    for i in 0..RUNS {
        let q = &queries[i % queries.len()];
        let start = Instant::now();
        let page = search_organisations(db, q).await.expect("search");
        times.push(start.elapsed());
        found += page.total;
    }
    times.sort();
    println!(
        "| {backend} | {organisations} | {:.1} s | {RUNS} | {:.2} | {:.2} | {:.2} | {:.0} |",
        seeded.as_secs_f64(),
        percentile(&times, 0.50),
        percentile(&times, 0.95),
        percentile(&times, 0.99),
        found as f64 / RUNS as f64,
    );
}

#[tokio::main]
async fn main() {
    let organisations: u64 = std::env::var("BENCH_ORGANISATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    println!("| backend | organisations | seed time | searches | p50 ms | p95 ms | p99 ms | mean matches |");
    println!("|---|---|---|---|---|---|---|---|");
    let dir = std::env::temp_dir().join(format!("vetnet-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let db = store::connect(&format!("sqlite://{}/search.db?mode=rwc", dir.display()))
        .await
        .expect("sqlite");
    store::migration::migrate(&db).await.expect("migrated");
    run("SQLite", &db, organisations).await;
    db.close().await.ok();
    std::fs::remove_dir_all(&dir).ok();

    if let Ok(admin_url) = std::env::var("BENCH_POSTGRES_URL") {
        use sea_orm::{ConnectionTrait, Database, Statement};
        let name = format!("vetnet_bench_{}", std::process::id());
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
        run("PostgreSQL", &db, organisations).await;
        db.close().await.ok();
        let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        admin
            .execute_raw(Statement::from_string(admin.get_database_backend(), drop))
            .await
            .ok();
    }
}
