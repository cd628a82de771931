//! Editing the directory: organisation records, partnership offers and needs
//! with their suggestions, memberships, new networks, CSV import and export.

mod common;

use common::{network_id, refused};

use sea_orm::Set;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use store::account::Actor;
use store::entity::{facilitator, member, membership, network, organisation};
use store::network::manage::{self, NetworkFields};
use store::organisation::edit::{self, Known};
use store::partnership::{self, PartnershipFields, PartnershipQuery};
use store::refusal::Refusal;
use store::search::{search_organisations, OrganisationQuery};
use store::transfer::{export, import};
use store::vocabulary::{PartnershipDirection, PartnershipKind, Topic};
use store::Db;

fn known() -> Known {
    Known {
        countries: vec!["FI".into(), "PT".into(), "DE".into()],
        languages: ["fi", "sv", "pt", "de", "en", "fr", "es"]
            .map(String::from)
            .to_vec(),
    }
}

/// The first organisation of a network, by id.
async fn organisation_of(db: &Db, network_id: i32) -> i32 {
    membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(network_id))
        .filter(membership::Column::OrganisationId.is_not_null())
        .order_by_asc(membership::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .organisation_id
        .unwrap()
}

/// A seeded member, as a coordinator.
async fn coordinator(db: &Db) -> Actor {
    let first = member::Entity::find()
        .order_by_asc(member::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let mut actor = Actor::load(db, first.id).await.unwrap().unwrap();
    actor.coordinator = true;
    actor
}

async fn organisations(db: &Db) -> u64 {
    organisation::Entity::find().count(db).await.unwrap()
}

fn by_name(text: &str) -> OrganisationQuery {
    OrganisationQuery {
        text: text.into(),
        per_page: 20,
        ..Default::default()
    }
}

#[tokio::test]
async fn an_edited_record_is_found_by_its_new_name_and_bad_input_changes_nothing() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let c = coordinator(db).await;
        let pt = organisation_of(db, network_id(db, "national-pt").await).await;
        let mut fields = edit::fields_of(db, pt).await.unwrap().unwrap();
        fields.name = "Escola Profissional Ąćęłńóśźż".into();
        fields.topics = vec!["green-skills".into()];
        edit::update(db, Some(&c), pt, &fields, &known())
            .await
            .unwrap();
        let found = search_organisations(db, &by_name("acelnoszz"))
            .await
            .unwrap();
        assert_eq!(found.organisations.len(), 1, "{b}");
        assert_eq!(found.organisations[0].id, pt, "{b}");
        let saved = edit::fields_of(db, pt).await.unwrap().unwrap();
        assert_eq!(saved.topics, vec!["green-skills"], "{b}");

        let mut bad = saved.clone();
        bad.website = "javascript:alert(1)".into();
        bad.name = "Something else".into();
        assert_eq!(
            refused(edit::update(db, Some(&c), pt, &bad, &known()).await),
            Refusal::WebsiteInvalid,
            "{b}"
        );
        assert_eq!(
            edit::fields_of(db, pt).await.unwrap().unwrap(),
            saved,
            "{b}"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn a_need_meets_the_offers_of_its_kind_in_a_shared_topic() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let c = coordinator(db).await;
        let pt = organisation_of(db, network_id(db, "national-pt").await).await;
        let fi = organisation_of(db, network_id(db, "national-fi").await).await;
        let de = organisation_of(db, network_id(db, "national-de").await).await;
        let kind = "curriculum-development";
        let offers_of_kind = PartnershipQuery {
            direction: Some(PartnershipDirection::Offer),
            kind: Some(PartnershipKind::CurriculumDevelopment),
            per_page: 20,
            ..Default::default()
        };
        let offering_organisations = OrganisationQuery {
            offers: Some(PartnershipKind::CurriculumDevelopment),
            per_page: 20,
            ..Default::default()
        };
        let offers_before = partnership::search(db, &offers_of_kind)
            .await
            .unwrap()
            .total;
        let offering_before = search_organisations(db, &offering_organisations)
            .await
            .unwrap()
            .total;
        let need = PartnershipFields {
            direction: "seek".into(),
            kind: kind.into(),
            description: "Procuramos parceiros".into(),
            description_lang: "pt".into(),
            topics: vec!["inclusion".into(), "digitalisation".into()],
            countries: vec!["FI".into()],
        };
        partnership::add(db, Some(&c), pt, &need, &known())
            .await
            .unwrap();
        let offer = |topics: &[&str]| PartnershipFields {
            direction: "offer".into(),
            kind: kind.into(),
            description_lang: "en".into(),
            topics: topics.iter().map(|t| t.to_string()).collect(),
            ..Default::default()
        };
        let from_fi = partnership::add(
            db,
            Some(&c),
            fi,
            &offer(&["inclusion", "green-skills"]),
            &known(),
        )
        .await
        .unwrap();
        // Same kind and topic, but Germany is not among the countries the need is open to.
        partnership::add(db, Some(&c), de, &offer(&["inclusion"]), &known())
            .await
            .unwrap();
        let suggestions = partnership::suggestions(db, pt, 10).await.unwrap();
        let mine: Vec<_> = suggestions
            .iter()
            .filter(|s| s.need.kind.key() == kind)
            .collect();
        assert_eq!(mine.len(), 1, "{b}: {mine:?}");
        assert_eq!(mine[0].offer.id, from_fi, "{b}");
        assert_eq!(mine[0].shared_topics, vec![Topic::Inclusion], "{b}");

        let offers = partnership::search(db, &offers_of_kind).await.unwrap();
        assert_eq!(offers.total, offers_before + 2, "{b}");
        assert!(
            offers
                .partnerships
                .iter()
                .all(|p| p.direction == PartnershipDirection::Offer),
            "{b}"
        );
        let offering = search_organisations(db, &offering_organisations)
            .await
            .unwrap();
        assert_eq!(offering.total, offering_before + 2, "{b}");

        let mut untopical = need.clone();
        untopical.topics.clear();
        assert_eq!(
            refused(partnership::add(db, Some(&c), pt, &untopical, &known()).await),
            Refusal::TopicMissing,
            "{b}"
        );
        partnership::remove(db, Some(&c), from_fi).await.unwrap();
        let after = partnership::suggestions(db, pt, 10).await.unwrap();
        assert!(after.iter().all(|s| s.offer.id != from_fi), "{b}");
        t.finish().await;
    }
}

#[tokio::test]
async fn memberships_and_networks_keep_their_rules() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let c = coordinator(db).await;
        let fi = network_id(db, "national-fi").await;
        let pt_org = organisation_of(db, network_id(db, "national-pt").await).await;
        manage::add_organisation(db, Some(&c), fi, pt_org, "associate")
            .await
            .unwrap();
        assert_eq!(
            refused(manage::add_organisation(db, Some(&c), fi, pt_org, "core").await),
            Refusal::AlreadyMember,
            "{b}"
        );
        assert_eq!(
            refused(manage::set_level(db, Some(&c), fi, pt_org, "gold").await),
            Refusal::ChoiceUnknown,
            "{b}"
        );
        manage::remove_organisation(db, Some(&c), fi, pt_org)
            .await
            .unwrap();
        assert_eq!(
            refused(manage::set_level(db, Some(&c), fi, pt_org, "core").await),
            Refusal::OrganisationNotInNetwork,
            "{b}"
        );

        // A network's page names its facilitators.
        let first = member::Entity::find()
            .order_by_asc(member::Column::Id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        facilitator::Entity::insert(facilitator::ActiveModel {
            member_id: Set(first.id),
            network_id: Set(fi),
            created_at: Set(chrono::Utc::now()),
        })
        .exec_without_returning(db)
        .await
        .unwrap();
        let page = store::network::by_slug(db, "national-fi")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            page.facilitators,
            vec![(
                first.id,
                format!("{} {}", first.given_name, first.family_name),
                store::organisation::by_id(db, first.organisation_id)
                    .await
                    .unwrap()
                    .unwrap()
                    .organisation
                    .name
            )],
            "{b}"
        );

        let eu = network::Entity::find()
            .filter(network::Column::Kind.eq("international"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let fields = NetworkFields {
            name: "Rete Verde".into(),
            kind: "thematic".into(),
            description: "Competenze verdi".into(),
            description_lang: "en".into(),
            parent: eu.slug.clone(),
            ..Default::default()
        };
        let slug = manage::create(db, Some(&c), &fields, &known())
            .await
            .unwrap();
        assert_eq!(slug, "rete-verde", "{b}");
        let again = manage::create(db, Some(&c), &fields, &known())
            .await
            .unwrap();
        assert_eq!(again, "rete-verde-2", "{b}");
        let parent = store::network::by_slug(db, &eu.slug)
            .await
            .unwrap()
            .unwrap();
        assert!(parent.member_networks.iter().any(|n| n.slug == slug), "{b}");
        let national = NetworkFields {
            kind: "national".into(),
            ..fields
        };
        assert_eq!(
            refused(manage::create(db, Some(&c), &national, &known()).await),
            Refusal::ChoiceUnknown,
            "{b}: a national network needs its country"
        );
        t.finish().await;
    }
}

const GOOD: &str = "name,type,country,city,description,description_language,topics,level\n\
                    Ammattiopisto Aalto,vet-school,FI,Espoo,Ammatillinen oppilaitos,fi,inclusion,core\n\
                    Koulutuskeskus Oulu,training-centre,FI,Oulu,Koulutuskeskus,fi,,\n";

#[tokio::test]
async fn an_import_lands_whole_or_not_at_all() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let c = coordinator(db).await;
        let fi = network_id(db, "national-fi").await;
        let before = organisations(db).await;

        let bad = format!("{GOOD}Rikki,castle,FI,Turku,Koulu,fi,,\n");
        let id = import::upload(db, Some(&c), fi, "bad.csv", &bad, &known())
            .await
            .unwrap();
        let preview = import::preview(db, Some(&c), id, &known())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(preview.ready_count, 2, "{b}");
        assert_eq!(preview.errors.len(), 1, "{b}");
        assert_eq!(
            (preview.errors[0].line, preview.errors[0].column),
            (4, Some("type")),
            "{b}"
        );
        assert_eq!(
            refused(import::apply(db, Some(&c), id, &known()).await),
            Refusal::ImportHasErrors,
            "{b}"
        );
        assert_eq!(organisations(db).await, before, "{b}: nothing was imported");

        let id = import::upload(db, Some(&c), fi, "good.csv", GOOD, &known())
            .await
            .unwrap();
        let mut someone_else = c.clone();
        someone_else.member_id += 1;
        assert!(
            import::preview(db, Some(&someone_else), id, &known())
                .await
                .unwrap()
                .is_none(),
            "{b}: only its uploader sees an import"
        );
        assert_eq!(
            import::apply(db, Some(&c), id, &known()).await.unwrap(),
            2,
            "{b}"
        );
        assert_eq!(organisations(db).await, before + 2, "{b}");
        let found = search_organisations(db, &by_name("aalto espoo"))
            .await
            .unwrap();
        assert_eq!(found.total, 1, "{b}");
        let detail = store::organisation::by_slug(db, &found.organisations[0].slug)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(detail.networks[0].level.key(), "core", "{b}");
        assert_eq!(
            refused(import::apply(db, Some(&c), id, &known()).await),
            Refusal::ImportApplied,
            "{b}"
        );

        let again = import::upload(db, Some(&c), fi, "good.csv", GOOD, &known())
            .await
            .unwrap();
        let preview = import::preview(db, Some(&c), again, &known())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(preview.ready_count, 0, "{b}");
        assert!(
            preview
                .errors
                .iter()
                .all(|e| e.refusal == Refusal::OrganisationExists),
            "{b}: the same organisations are not imported twice"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn an_export_of_a_filtered_list_reads_back_as_an_import() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let query = OrganisationQuery {
            country: Some("FI".into()),
            per_page: 20,
            ..Default::default()
        };
        let total = search_organisations(db, &query).await.unwrap().total;
        assert!(total > 0, "{b}");
        let csv = export::organisations_csv(db, &query).await.unwrap();
        assert!(
            csv.starts_with("name,type,country,city,description,description_language,website,sectors,topics,languages\n"),
            "{b}"
        );
        let checked = import::check_file(&csv, &known()).unwrap();
        // Every cell reads back; the only rows held back are a second
        // organisation of the same name in the same city (the demo has some).
        assert!(
            checked
                .errors
                .iter()
                .all(|e| e.refusal == Refusal::OrganisationExists && e.column.is_none()),
            "{b}: {:?}",
            checked.errors
        );
        assert_eq!(
            (checked.ready.len() + checked.errors.len()) as u64,
            total,
            "{b}"
        );
        assert!(
            checked.ready.iter().all(|r| r.fields.country_code == "FI"),
            "{b}"
        );
        t.finish().await;
    }
}
