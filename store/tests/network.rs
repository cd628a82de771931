//! A network's page data, on every backend.

mod common;

use store::network::{by_slug, ORGANISATIONS_PER_LEVEL};
use store::search::{search_organisations, OrganisationQuery};
use store::seed::{national_slug, INTERNATIONAL_SLUG};

#[tokio::test]
async fn a_network_shows_its_place_in_the_tree_and_its_members_by_level() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;

        let international = by_slug(&t.db, INTERNATIONAL_SLUG).await.unwrap().unwrap();
        assert_eq!(international.parent, None, "{b}: the top of the tree");
        assert!(
            international.member_networks.len() >= 30,
            "{b}: national networks of at least 30 countries belong to it"
        );
        let finland = &national_slug("FI");
        assert!(
            international
                .member_networks
                .iter()
                .any(|n| &n.slug == finland),
            "{b}"
        );

        let national = by_slug(&t.db, finland).await.unwrap().unwrap();
        assert_eq!(
            national.parent.as_ref().map(|p| p.slug.as_str()),
            Some(INTERNATIONAL_SLUG),
            "{b}"
        );
        assert_eq!(national.network.country_code.as_deref(), Some("FI"));
        assert!(!national.levels.is_empty(), "{b}");
        let order: Vec<&str> = national.levels.iter().map(|l| l.level.key()).collect();
        let mut sorted = order.clone();
        sorted.sort_by_key(|l| {
            store::vocabulary::MEMBERSHIP_LEVELS
                .iter()
                .position(|v| v == l)
        });
        assert_eq!(order, sorted, "{b}: core members first");
        for level in &national.levels {
            assert_eq!(
                level.organisations.len() as u64,
                level.total.min(ORGANISATIONS_PER_LEVEL),
                "{b}"
            );
            assert!(
                level
                    .organisations
                    .windows(2)
                    .all(|w| w[0].name <= w[1].name),
                "{b}: by name"
            );
        }
        let listed = search_organisations(
            &t.db,
            &OrganisationQuery {
                network: Some(finland.clone()),
                per_page: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .total;
        assert_eq!(
            national.organisations(),
            listed,
            "{b}: the page and the filtered list agree"
        );
        assert!(national.members >= national.organisations(), "{b}");

        assert_eq!(by_slug(&t.db, "no-such-network").await.unwrap(), None);
        t.finish().await;
    }
}
