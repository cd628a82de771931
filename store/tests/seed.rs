//! The demo network and `seed --scale`, on every backend.

mod common;

use store::directory;

#[tokio::test]
async fn the_demo_network_looks_real_and_is_seeded_once() {
    for t in common::backends().await {
        let report = store::seed::seed_demo(&t.db).await.unwrap();
        let totals = directory::totals(&t.db).await.unwrap();
        assert!(totals.organisations >= 300, "{}: {totals:?}", t.backend);
        assert!(totals.members >= 500, "{}: {totals:?}", t.backend);
        assert!(totals.countries >= 30, "{}: {totals:?}", t.backend);
        assert_eq!(report.organisations, totals.organisations);
        assert_eq!(report.members, totals.members);
        assert_eq!(report.networks, totals.networks);

        let networks = directory::networks(&t.db).await.unwrap();
        let international: Vec<_> = networks
            .iter()
            .filter(|n| n.kind.key() == "international")
            .collect();
        assert_eq!(international.len(), 1, "{}", t.backend);
        let nationals: Vec<_> = networks
            .iter()
            .filter(|n| n.kind.key() == "national")
            .collect();
        assert!(
            nationals.len() >= 30,
            "{}: national networks in at least 30 countries",
            t.backend
        );
        assert!(
            nationals
                .iter()
                .all(|n| n.parent_id == Some(international[0].id)),
            "national networks belong to the international one"
        );
        assert!(
            networks
                .iter()
                .filter(|n| n.kind.key() == "regional")
                .all(|n| nationals.iter().any(|p| Some(p.id) == n.parent_id)),
            "regional networks belong to a national one"
        );

        let again = store::seed::seed_demo(&t.db).await.unwrap();
        assert_eq!(
            again,
            store::seed::SeedReport::default(),
            "{}: the second run adds nothing",
            t.backend
        );
        assert_eq!(directory::totals(&t.db).await.unwrap(), totals);
        t.finish().await;
    }
}

#[tokio::test]
async fn scale_grows_the_directory_to_the_target_with_progress() {
    for t in common::backends().await {
        let mut calls = Vec::new();
        store::seed::seed_scale(&t.db, 5_000, &mut |done, total| calls.push((done, total)))
            .await
            .unwrap();
        let totals = directory::totals(&t.db).await.unwrap();
        assert_eq!(totals.organisations, 5_000, "{}", t.backend);
        assert!(
            totals.members >= 5_000,
            "{}: members in proportion",
            t.backend
        );
        assert!(
            calls.len() >= 2,
            "{}: progress reported per batch",
            t.backend
        );
        assert_eq!(calls.last().map(|c| c.0), Some(calls.last().unwrap().1));
        store::seed::seed_scale(&t.db, 5_000, &mut |_, _| {})
            .await
            .unwrap();
        assert_eq!(
            directory::totals(&t.db).await.unwrap().organisations,
            5_000,
            "{}: idempotent",
            t.backend
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn every_member_country_offers_its_official_languages() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let countries = directory::countries(&t.db).await.unwrap();
        assert_eq!(countries.len(), 41, "{}", t.backend);
        let of = |code: &str| {
            countries
                .iter()
                .find(|c| c.code == code)
                .map(|c| c.locales.join(" "))
        };
        assert_eq!(of("BE").as_deref(), Some("nl fr de"), "{}", t.backend);
        assert_eq!(of("LU").as_deref(), Some("lb fr de"), "{}", t.backend);
        assert_eq!(of("CH").as_deref(), Some("de fr it"), "{}", t.backend);
        assert_eq!(of("CY").as_deref(), Some("el tr"), "{}", t.backend);
        assert_eq!(of("BA").as_deref(), Some("bs hr sr"), "{}", t.backend);
        assert!(countries.iter().all(|c| !c.locales.is_empty()));
        t.finish().await;
    }
}
