//! Organisation search and filters, the same on every backend.

mod common;

use sea_orm::{ActiveModelTrait, Set};
use store::entity::organisation;
use store::search::{search_organisations, OrganisationQuery, Sort};
use store::vocabulary::{OrganisationType, Topic};

/// Adds an organisation with a known name and city, and indexes it.
async fn add(db: &store::Db, slug: &str, name: &str, city: &str, country: &str, description: &str) {
    organisation::ActiveModel {
        slug: Set(slug.into()),
        name: Set(name.into()),
        organisation_type: Set(store::vocabulary::OrganisationType::VetSchool),
        country_code: Set(country.into()),
        city: Set(city.into()),
        description: Set(description.into()),
        description_lang: Set("en".into()),
        website: Set(None),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    store::search::reindex_all(db).await.unwrap();
}

async fn known(db: &store::Db) {
    add(
        db,
        "t-lodz",
        "Technikum Mechaniczne Łódź",
        "Łódź",
        "PL",
        "Welding and mechatronics.",
    )
    .await;
    add(
        db,
        "t-athens",
        "Επαγγελματικό Λύκειο Αθήνας",
        "Αθήνα",
        "GR",
        "Τουρισμός.",
    )
    .await;
    add(
        db,
        "t-kyiv",
        "Київський професійний ліцей",
        "Київ",
        "UA",
        "Будівництво.",
    )
    .await;
    add(
        db,
        "t-desc",
        "Zespół Szkół nr 9",
        "Gdańsk",
        "PL",
        "Partners in Łódź and Kraków.",
    )
    .await;
}

fn query(text: &str) -> OrganisationQuery {
    OrganisationQuery {
        text: text.into(),
        per_page: 100,
        ..Default::default()
    }
}

#[tokio::test]
async fn search_ignores_case_and_accents_in_every_script() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        known(&t.db).await;
        for (typed, slug) in [
            ("Lodz", "t-lodz"),
            ("LODZ technikum", "t-lodz"),
            ("αθηνα", "t-athens"),
            ("ΑΘΗΝΑ λυκειο", "t-athens"),
            ("киів", "t-kyiv"),
            ("КИЇВ", "t-kyiv"),
        ] {
            let found = search_organisations(&t.db, &query(typed)).await.unwrap();
            assert!(
                found.organisations.iter().any(|o| o.slug == slug),
                "{}: {typed} finds {slug}: {:?}",
                t.backend,
                found.organisations
            );
        }
        let prefix = search_organisations(&t.db, &query("Lod")).await.unwrap();
        assert!(
            prefix.organisations.iter().any(|o| o.city == "Łódź"),
            "{}: a prefix matches",
            t.backend
        );
        let nothing = search_organisations(&t.db, &query("zzqx")).await.unwrap();
        assert_eq!((nothing.total, nothing.organisations.len()), (0, 0));
        t.finish().await;
    }
}

#[tokio::test]
async fn every_word_must_match_and_names_rank_first() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        known(&t.db).await;
        let both = search_organisations(&t.db, &query("technikum lodz"))
            .await
            .unwrap();
        assert!(both.total > 0, "{}", t.backend);
        for o in &both.organisations {
            assert!(
                o.name.to_lowercase().contains("technikum"),
                "{}: {o:?}",
                t.backend
            );
        }
        // Found by its name and city beats found by its description only.
        let ranked = search_organisations(&t.db, &query("lodz mechaniczne"))
            .await
            .unwrap();
        assert_eq!(ranked.organisations[0].slug, "t-lodz", "{}", t.backend);
        let ranked = search_organisations(&t.db, &query("lodz")).await.unwrap();
        let position = |slug: &str| ranked.organisations.iter().position(|o| o.slug == slug);
        assert!(position("t-lodz") < position("t-desc"), "{}", t.backend);
        assert!(
            position("t-desc").is_some(),
            "{}: descriptions are searched",
            t.backend
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn filters_combine_and_pages_cover_the_list_once() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let all = search_organisations(&t.db, &query("")).await.unwrap();
        let totals = store::directory::totals(&t.db).await.unwrap();
        assert_eq!(all.total, totals.organisations, "{}", t.backend);

        let polish = OrganisationQuery {
            country: Some("PL".into()),
            ..query("")
        };
        let found = search_organisations(&t.db, &polish).await.unwrap();
        assert!(found.total > 0 && found.total < all.total);
        assert!(found.organisations.iter().all(|o| o.country_code == "PL"));

        let schools = OrganisationQuery {
            organisation_type: Some(OrganisationType::VetSchool),
            topic: Some(Topic::Digitalisation),
            ..polish.clone()
        };
        let narrower = search_organisations(&t.db, &schools).await.unwrap();
        assert!(narrower.total <= found.total);
        assert!(narrower
            .organisations
            .iter()
            .all(|o| o.organisation_type == OrganisationType::VetSchool));

        let in_network = OrganisationQuery {
            network: Some(store::seed::INTERNATIONAL_SLUG.into()),
            ..query("")
        };
        assert_eq!(
            search_organisations(&t.db, &in_network)
                .await
                .unwrap()
                .total,
            0,
            "{}: the international network's members are networks, not organisations",
            t.backend
        );

        let mut seen = Vec::new();
        let mut page = 0;
        loop {
            let q = OrganisationQuery {
                sort: Sort::Name,
                page,
                per_page: 7,
                ..query("")
            };
            let got = search_organisations(&t.db, &q).await.unwrap();
            assert_eq!(got.total, all.total);
            if got.organisations.is_empty() {
                break;
            }
            assert!(got.organisations.len() <= 7);
            seen.extend(got.organisations.into_iter().map(|o| o.id));
            page += 1;
        }
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            seen.len(),
            "{}: no organisation twice",
            t.backend
        );
        assert_eq!(seen.len() as u64, all.total, "{}: none left out", t.backend);
        t.finish().await;
    }
}

#[tokio::test]
async fn the_index_is_rebuilt_for_organisations_written_before_it() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let before = search_organisations(&t.db, &query("lodz")).await.unwrap();
        let indexed = store::search::reindex_all(&t.db).await.unwrap();
        assert_eq!(
            indexed,
            store::directory::totals(&t.db).await.unwrap().organisations
        );
        assert_eq!(
            search_organisations(&t.db, &query("lodz")).await.unwrap(),
            before
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn the_whole_list_is_counted_once_and_a_kept_count_gives_the_same_page() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        known(&t.db).await;
        let all = query("");
        assert!(all.lists_everything(), "no word, no filter");
        assert!(!query("lodz").lists_everything(), "a word");
        assert!(query("  ").lists_everything(), "a text without a word");
        let filtered = OrganisationQuery {
            country: Some("PL".into()),
            ..query("")
        };
        assert!(!filtered.lists_everything(), "a filter");
        let counted = search_organisations(&t.db, &all).await.unwrap();
        let totals = store::directory::totals(&t.db).await.unwrap();
        assert_eq!(
            counted.total, totals.organisations,
            "{}: the list's count is the directory's",
            t.backend
        );
        let kept = store::search::list_everything(&t.db, &all, totals.organisations)
            .await
            .unwrap();
        assert_eq!(kept, counted, "{}", t.backend);
        t.finish().await;
    }
}
