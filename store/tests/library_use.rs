//! The library in use, on every backend: toolboxes (who assembles them, their
//! order and notes, what each reader sees of them), resources attached to
//! posts and plan activities, "used in", reports and hiding with the log,
//! and editing what describes a resource.

mod common;

use common::{member_in, network_id, refused};
use sea_orm::{EntityTrait, QueryOrder};
use store::account::Actor;
use store::entity::{activity, post};
use store::files::{Extracted, FileType};
use store::library::attach::{attach, attached, detach, used_in, Host};
use store::library::collection::{self, ItemChange, NewCollection};
use store::library::moderation::{decide, decisions, flag, queue};
use store::library::read::{list, resource, LibraryQuery, Sighted};
use store::library::write::{add, edit, NewResource, NewVersion, StoredUpload};
use store::refusal::Refusal;
use store::seed::{national_slug, INTERNATIONAL_SLUG};
use store::sight::Sight;
use store::vocabulary::ModerationAction;
use store::Db;

const LANGUAGES: [&str; 4] = ["en", "de", "fr", "fi"];

fn pdf(hash: &str) -> StoredUpload {
    StoredUpload {
        hash: hash.repeat(64 / hash.len()),
        size: 10,
        file_type: FileType::Pdf,
        file_name: "guide.pdf".into(),
        extracted: Extracted::default(),
    }
}

fn new_resource(title: &str, visibility: &str, network_id: Option<i32>) -> NewResource {
    NewResource {
        kind: "document".into(),
        audience: "trainers".into(),
        licence: "cc-by".into(),
        author: "Working group".into(),
        visibility: visibility.into(),
        network_id,
        topics: vec!["work-based-learning".into()],
        countries: vec!["FI".into()],
        version: NewVersion {
            lang: "en".into(),
            title: title.into(),
            summary: "A guide.".into(),
            link: String::new(),
        },
        ..NewResource::default()
    }
}

async fn countries(db: &Db) -> Vec<String> {
    store::entity::country::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect()
}

async fn added(db: &Db, by: &Actor, new: NewResource) -> i32 {
    add(
        db,
        by,
        &new,
        Some(&pdf("e5")),
        &LANGUAGES,
        &countries(db).await,
    )
    .await
    .unwrap()
    .resource_id
}

fn toolbox(network_id: Option<i32>) -> NewCollection {
    NewCollection {
        title: "Toolbox".into(),
        description: "For **new** trainers.".into(),
        lang: "en".into(),
        network_id,
        topic: "work-based-learning".into(),
    }
}

fn facilitating(actor: &Actor, network_id: i32) -> Actor {
    Actor {
        facilitates: vec![network_id],
        ..actor.clone()
    }
}

#[tokio::test]
async fn facilitators_assemble_toolboxes_that_each_reader_sees_in_part() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let finland = network_id(db, &national_slug("FI")).await;
        let portugal = network_id(db, &national_slug("PT")).await;
        let member = member_in(db, finland, 0).await;
        let facilitator = facilitating(&member_in(db, finland, 1).await, finland);
        let outsider = member_in(db, portugal, 0).await;
        let public = added(db, &member, new_resource("Public guide", "everyone", None)).await;
        let inside = added(
            db,
            &member,
            new_resource("Network notes", "network", Some(finland)),
        )
        .await;
        let third = added(db, &member, new_resource("Third", "everyone", None)).await;

        assert_eq!(
            refused(collection::create(db, &member, &toolbox(Some(finland)), &LANGUAGES).await),
            Refusal::Forbidden,
            "a member who does not facilitate assembles no toolbox"
        );
        assert_eq!(
            refused(
                collection::create(db, &facilitator, &toolbox(Some(portugal)), &LANGUAGES).await
            ),
            Refusal::Forbidden,
            "nor for another network"
        );
        let bad_topic = NewCollection {
            topic: "astrology".into(),
            ..toolbox(Some(finland))
        };
        assert_eq!(
            refused(collection::create(db, &facilitator, &bad_topic, &LANGUAGES).await),
            Refusal::ChoiceUnknown
        );
        let id = collection::create(db, &facilitator, &toolbox(Some(finland)), &LANGUAGES)
            .await
            .unwrap();
        for (resource_id, note) in [(public, "Read first"), (inside, "Ours"), (third, "")] {
            collection::add_item(db, &facilitator, id, resource_id, note)
                .await
                .unwrap();
        }
        assert_eq!(
            refused(collection::add_item(db, &facilitator, id, public, "again").await),
            Refusal::AlreadyListed
        );
        assert_eq!(
            refused(collection::add_item(db, &outsider, id, public, "").await),
            Refusal::Forbidden
        );
        assert_eq!(
            refused(collection::add_item(db, &facilitator, id, 999_999, "").await),
            Refusal::ResourceUnknown
        );

        let sight = Sight::of(db, Some(&facilitator)).await.unwrap();
        let read = |sight: Sight| async move {
            collection::collection(db, &sight, id, "en")
                .await
                .unwrap()
                .unwrap()
        };
        let seen = read(sight.clone()).await;
        assert!(seen.editable);
        assert!(seen.description_html.contains("<strong>new</strong>"));
        let order =
            |c: &collection::Collection| c.items.iter().map(|i| i.resource_id).collect::<Vec<_>>();
        assert_eq!(order(&seen), [public, inside, third]);
        assert_eq!(seen.items[0].note, "Read first");

        // A visitor sees the public resources and how many are not for them.
        let visitor = read(Sight::visitor()).await;
        assert_eq!(order(&visitor), [public, third]);
        assert_eq!(visitor.unseen, 1);
        assert!(!visitor.editable);

        // Reordered, annotated, emptied one by one.
        let third_item = seen.items[2].id;
        collection::change_item(db, &facilitator, third_item, &ItemChange::Up)
            .await
            .unwrap();
        collection::change_item(db, &facilitator, third_item, &ItemChange::Up)
            .await
            .unwrap();
        // At the top already: nothing moves.
        collection::change_item(db, &facilitator, third_item, &ItemChange::Up)
            .await
            .unwrap();
        assert_eq!(order(&read(sight.clone()).await), [third, public, inside]);
        collection::change_item(
            db,
            &facilitator,
            third_item,
            &ItemChange::Note("Now first".into()),
        )
        .await
        .unwrap();
        assert_eq!(
            refused(
                collection::change_item(
                    db,
                    &facilitator,
                    third_item,
                    &ItemChange::Note("x".repeat(1_001))
                )
                .await
            ),
            Refusal::TextTooLong
        );
        assert_eq!(
            refused(collection::change_item(db, &outsider, third_item, &ItemChange::Remove).await),
            Refusal::Forbidden
        );
        assert_eq!(read(sight.clone()).await.items[0].note, "Now first");
        collection::change_item(db, &facilitator, third_item, &ItemChange::Remove)
            .await
            .unwrap();
        assert_eq!(order(&read(sight.clone()).await), [public, inside]);

        let listed = collection::collections(db, Some(finland)).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].items, 2);
        assert!(collection::collections(db, Some(portugal))
            .await
            .unwrap()
            .is_empty());
        assert_eq!(
            collection::editable_by(db, &sight).await.unwrap(),
            [(id, "Toolbox".to_owned())]
        );
        let outsider_sight = Sight::of(db, Some(&outsider)).await.unwrap();
        assert!(collection::editable_by(db, &outsider_sight)
            .await
            .unwrap()
            .is_empty());
        t.finish().await;
    }
}

#[tokio::test]
async fn posts_and_activities_attach_resources_and_the_resource_says_where() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let finland = network_id(db, &national_slug("FI")).await;
        let international = network_id(db, INTERNATIONAL_SLUG).await;
        let member = member_in(db, finland, 0).await;
        let guide = added(db, &member, new_resource("Guide", "everyone", None)).await;
        let reply = post::Entity::find()
            .order_by_asc(post::Column::Id)
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .find(|p| p.member_id != member.member_id)
            .unwrap();
        let author = Actor::load(db, reply.member_id).await.unwrap().unwrap();
        assert_eq!(
            refused(attach(db, &member, Host::Post(reply.id), guide).await),
            Refusal::Forbidden,
            "only its author (or a moderator) attaches to a post"
        );
        attach(db, &author, Host::Post(reply.id), guide)
            .await
            .unwrap();
        assert_eq!(
            refused(attach(db, &author, Host::Post(reply.id), guide).await),
            Refusal::AlreadyListed
        );
        let activity = activity::Entity::find()
            .order_by_asc(activity::Column::Id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            refused(attach(db, &member, Host::Activity(activity.id), guide).await),
            Refusal::Forbidden,
            "only those who write the plan attach to its activities"
        );
        let planner = facilitating(&member, international);
        attach(db, &planner, Host::Activity(activity.id), guide)
            .await
            .unwrap();

        let visitor = Sight::visitor();
        let hosts = [Host::Post(reply.id), Host::Activity(activity.id)];
        let seen = attached(db, &visitor, &hosts, "en").await.unwrap();
        for host in hosts {
            assert_eq!(seen[&host][0].resource_id, guide, "{host:?}");
            assert_eq!(seen[&host][0].title, "Guide");
        }
        let used = used_in(db, &visitor, guide).await.unwrap();
        assert_eq!(used.posts.len(), 1);
        assert_eq!(used.posts[0].1, reply.id);
        assert_eq!(
            used.activities,
            [(activity.strategy_id, activity.id, activity.title.clone())]
        );

        // A members' resource attached to a public post stays for members.
        let members_only = added(db, &author, new_resource("Ours", "members", None)).await;
        attach(db, &author, Host::Post(reply.id), members_only)
            .await
            .unwrap();
        let seen = attached(db, &visitor, &[Host::Post(reply.id)], "en")
            .await
            .unwrap();
        assert_eq!(seen[&Host::Post(reply.id)].len(), 1);
        let author_sight = Sight::of(db, Some(&author)).await.unwrap();
        let seen = attached(db, &author_sight, &[Host::Post(reply.id)], "en")
            .await
            .unwrap();
        assert_eq!(seen[&Host::Post(reply.id)].len(), 2);

        detach(db, &author, Host::Post(reply.id), guide)
            .await
            .unwrap();
        assert!(used_in(db, &visitor, guide).await.unwrap().posts.is_empty());
        t.finish().await;
    }
}

#[tokio::test]
async fn a_reported_resource_is_hidden_restored_and_every_decision_kept() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let finland = network_id(db, &national_slug("FI")).await;
        let owner = member_in(db, finland, 0).await;
        let reader = member_in(db, finland, 1).await;
        let facilitator = facilitating(&member_in(db, finland, 2).await, finland);
        let id = added(
            db,
            &owner,
            new_resource("Suspicious offer", "everyone", Some(finland)),
        )
        .await;
        assert_eq!(
            refused(flag(db, &reader, id, "  ").await),
            Refusal::TextMissing
        );
        flag(db, &reader, id, "Advertising").await.unwrap();
        assert_eq!(
            refused(flag(db, &reader, id, "Again").await),
            Refusal::AlreadyFlagged
        );
        let reviewer = Sight::of(db, Some(&facilitator)).await.unwrap();
        let waiting = queue(db, &reviewer, "en").await.unwrap();
        assert_eq!(waiting.len(), 1);
        assert_eq!(waiting[0].reports[0].reason, "Advertising");
        let reader_sight = Sight::of(db, Some(&reader)).await.unwrap();
        assert!(queue(db, &reader_sight, "en").await.unwrap().is_empty());
        assert_eq!(
            refused(decide(db, &reader, id, ModerationAction::Hide, "No").await),
            Refusal::Forbidden
        );

        decide(db, &facilitator, id, ModerationAction::Hide, "Advertising")
            .await
            .unwrap();
        assert_eq!(
            resource(db, &Sight::visitor(), id).await.unwrap(),
            Sighted::NotFound
        );
        let search = LibraryQuery {
            text: "suspicious".into(),
            per_page: 20,
            reader_lang: "en".into(),
            ..LibraryQuery::default()
        };
        assert_eq!(list(db, &reader_sight, &search).await.unwrap().total, 0);
        assert!(queue(db, &reviewer, "en").await.unwrap().is_empty());
        assert_eq!(
            refused(decide(db, &facilitator, id, ModerationAction::Hide, "Twice").await),
            Refusal::AlreadyDecided
        );
        // The owner still sees it, and why.
        let owner_sight = Sight::of(db, Some(&owner)).await.unwrap();
        match resource(db, &owner_sight, id).await.unwrap() {
            Sighted::Found(r) => assert_eq!(r.hidden_reason.as_deref(), Some("Advertising")),
            other => panic!("the owner reads it: {other:?}"),
        }
        decide(
            db,
            &facilitator,
            id,
            ModerationAction::Restore,
            "Checked: a free course",
        )
        .await
        .unwrap();
        assert_eq!(list(db, &reader_sight, &search).await.unwrap().total, 1);
        let log = decisions(db, &reviewer, "en", 10).await.unwrap();
        let actions: Vec<_> = log.iter().map(|d| d.action).collect();
        assert_eq!(actions, [ModerationAction::Restore, ModerationAction::Hide]);
        assert_eq!(log[1].reason, "Advertising");
        // A member may report again once the first report was decided.
        flag(db, &reader, id, "Still advertising").await.unwrap();
        t.finish().await;
    }
}

#[tokio::test]
async fn those_who_edit_a_resource_change_its_description_and_search_follows() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let countries = countries(db).await;
        let finland = network_id(db, &national_slug("FI")).await;
        let owner = member_in(db, finland, 0).await;
        let colleague = member_in(db, finland, 1).await;
        let id = added(
            db,
            &owner,
            new_resource("Mentoring guide", "everyone", None),
        )
        .await;
        let sight = Sight::of(db, Some(&owner)).await.unwrap();
        let version = match resource(db, &sight, id).await.unwrap() {
            Sighted::Found(r) => r.versions[0].id,
            other => panic!("{other:?}"),
        };
        let changed = NewResource {
            kind: "presentation".into(),
            licence: "cc-by-nc".into(),
            topics: vec!["digitalisation".into()],
            countries: vec!["SE".into(), "FI".into()],
            version: NewVersion {
                lang: "fr".into(), // The version's language stays.
                title: "Coaching slides".into(),
                summary: "Slides for *coaches*.".into(),
                link: String::new(),
            },
            ..new_resource("", "members", None)
        };
        assert_eq!(
            refused(edit(db, &colleague, id, version, &changed, &LANGUAGES, &countries).await),
            Refusal::Forbidden
        );
        let bad = NewResource {
            licence: "copyleft".into(),
            ..changed.clone()
        };
        assert_eq!(
            refused(edit(db, &owner, id, version, &bad, &LANGUAGES, &countries).await),
            Refusal::ChoiceUnknown
        );
        edit(db, &owner, id, version, &changed, &LANGUAGES, &countries)
            .await
            .unwrap();
        let Sighted::Found(r) = resource(db, &sight, id).await.unwrap() else {
            panic!("still there");
        };
        assert_eq!(r.kind.key(), "presentation");
        assert_eq!(r.licence.key(), "cc-by-nc");
        assert_eq!(r.countries, ["FI", "SE"]);
        assert_eq!(r.versions[0].lang, "en");
        assert_eq!(r.versions[0].title, "Coaching slides");
        assert!(r.versions[0].summary_html.contains("<em>coaches</em>"));
        assert_eq!(
            resource(db, &Sight::visitor(), id).await.unwrap(),
            Sighted::SignInFirst
        );
        let by = |text: &str| LibraryQuery {
            text: text.into(),
            per_page: 20,
            reader_lang: "en".into(),
            ..LibraryQuery::default()
        };
        assert_eq!(list(db, &sight, &by("coaching")).await.unwrap().total, 1);
        assert_eq!(list(db, &sight, &by("mentoring")).await.unwrap().total, 0);
        t.finish().await;
    }
}

#[tokio::test]
async fn the_demo_toolbox_holds_resources_in_several_languages() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let files = store::files::FileStore::open(
            std::env::temp_dir()
                .join(format!("vetnet_toolbox_{}", std::process::id()))
                .to_str()
                .unwrap(),
        )
        .unwrap();
        store::seed::seed_library(db, &files).await.unwrap();
        let boxes = collection::collections(db, None).await.unwrap();
        assert_eq!(boxes.len(), 1);
        let toolbox = collection::collection(db, &Sight::visitor(), boxes[0].id, "de")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(toolbox.items.len(), 4);
        let languages: std::collections::BTreeSet<_> =
            toolbox.items.iter().map(|i| i.lang.as_str()).collect();
        assert!(languages.len() >= 3, "{languages:?}");
        // The German reader gets the guide's German title.
        assert!(toolbox.items[0]
            .title
            .starts_with("Gute Lehrlingsausbildung"));
        let used = used_in(db, &Sight::visitor(), toolbox.items[0].resource_id)
            .await
            .unwrap();
        assert_eq!(used.collections.len(), 1);
        assert_eq!(used.activities.len(), 1);
        assert_eq!(used.posts.len(), 1);
        t.finish().await;
    }
}
