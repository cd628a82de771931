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
            detail.networks.iter().any(|n| n.kind == "national"),
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
