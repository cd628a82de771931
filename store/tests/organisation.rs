//! An organisation's page data, on every backend.

mod common;

use store::search::{search_organisations, OrganisationQuery};

#[tokio::test]
async fn an_organisation_comes_with_its_networks_members_and_expertise() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let query = OrganisationQuery {
            country: Some("FI".into()),
            per_page: 1,
            ..Default::default()
        };
        let first = search_organisations(&t.db, &query)
            .await
            .unwrap()
            .organisations[0]
            .clone();
        let detail = store::organisation::by_slug(&t.db, &first.slug)
            .await
            .unwrap()
            .expect("the listed organisation exists");
        assert_eq!(detail.organisation.name, first.name, "{}", t.backend);
        assert!(
            detail
                .networks
                .iter()
                .any(|n| n.kind == store::vocabulary::NetworkKind::National),
            "{}: every demo organisation belongs to its national network",
            t.backend
        );
        assert!(!detail.members.is_empty(), "{}", t.backend);
        assert!(
            !detail.sectors.is_empty() && !detail.topics.is_empty(),
            "{}",
            t.backend
        );
        assert!(detail.languages.contains(&"fi".to_owned()), "{}", t.backend);
        assert_eq!(
            store::organisation::by_slug(&t.db, "no-such-organisation")
                .await
                .unwrap(),
            None
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn organisations_by_country_add_up_to_the_total() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let by_country = store::directory::organisations_by_country(&t.db)
            .await
            .unwrap();
        let totals = store::directory::totals(&t.db).await.unwrap();
        assert_eq!(by_country.len() as u64, totals.countries, "{}", t.backend);
        assert_eq!(
            by_country.iter().map(|(_, n)| *n as u64).sum::<u64>(),
            totals.organisations,
            "{}",
            t.backend
        );
        let finland = by_country.iter().find(|(c, _)| c == "FI").map(|(_, n)| *n);
        let listed = search_organisations(
            &t.db,
            &OrganisationQuery {
                country: Some("FI".into()),
                per_page: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .total;
        assert_eq!(
            finland,
            Some(listed as i64),
            "{}: the map and the list agree",
            t.backend
        );
        t.finish().await;
    }
}
