//! The library on every backend: the demo's documents and their text in the
//! search, language versions, file versions, who sees what, the review, and
//! bad input.

mod common;

use common::{member_in, network_id, refused};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait};
use store::entity::{network, stored_file};
use store::files::{Extracted, FileStore, FileType};
use store::library::read::{download, list, resource, LibraryQuery, Sighted};
use store::library::write::{
    add, add_file, add_version, review, NewResource, NewVersion, StoredUpload,
};
use store::refusal::Refusal;
use store::seed::national_slug;
use store::sight::Sight;
use store::vocabulary::{ResourceKind, ResourceStatus};
use store::Db;

const LANGUAGES: [&str; 4] = ["en", "de", "fr", "fi"];

fn files() -> FileStore {
    let dir = std::env::temp_dir().join(format!(
        "vetnet_library_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    FileStore::open(dir.to_str().unwrap()).unwrap()
}

fn upload(hash: &str, name: &str, text: &str) -> StoredUpload {
    StoredUpload {
        hash: hash.repeat(64 / hash.len()),
        size: 1234,
        file_type: FileType::Pdf,
        file_name: name.into(),
        extracted: Extracted {
            text: text.into(),
            pages: Some(3),
            ..Extracted::default()
        },
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
        sectors: vec!["construction".into()],
        countries: vec!["FI".into()],
        draft: false,
        version: NewVersion {
            lang: "en".into(),
            title: title.into(),
            summary: "A *guide*.".into(),
            link: String::new(),
        },
    }
}

fn by_text(text: &str, reader_lang: &str) -> LibraryQuery {
    LibraryQuery {
        text: text.into(),
        per_page: 20,
        reader_lang: reader_lang.into(),
        ..LibraryQuery::default()
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

#[tokio::test]
async fn the_demo_documents_are_found_by_the_words_inside_them() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let files = files();
        assert_eq!(store::seed::seed_library(db, &files).await.unwrap(), 4);
        // A second run adds nothing.
        assert_eq!(store::seed::seed_library(db, &files).await.unwrap(), 0);
        let visitor = Sight::visitor();
        // A word of the German PDF's second page, and one of the ePub's
        // second chapter, typed without its accent.
        let found = list(db, &visitor, &by_text("Checkliste", "de"))
            .await
            .unwrap();
        assert_eq!(found.total, 1, "{}", t.backend);
        let guide = &found.cards[0];
        assert_eq!(
            guide.title, "Gute Lehrlingsausbildung: ein Leitfaden für Ausbildungsbetriebe",
            "the reader's language first"
        );
        assert_eq!(guide.languages, vec!["en", "de"], "the original first");
        let found = list(db, &visitor, &by_text("schweisstrainer", "fr"))
            .await
            .unwrap();
        assert_eq!(found.total, 1, "{}", t.backend);
        assert_eq!(
            found.cards[0].title, "Handbuch: Digitale Kompetenzen für Ausbilderinnen und Ausbilder",
            "no French version: the original"
        );
        assert_eq!(found.cards[0].kind, ResourceKind::Epub);
        let Sighted::Found(handbook) = resource(db, &visitor, found.cards[0].id).await.unwrap()
        else {
            panic!("the handbook is public");
        };
        let original = &handbook.versions[0];
        assert!(original.original && original.lang == "de");
        let epub = &original.files[0];
        assert_eq!(epub.media_type, "application/epub+zip");
        assert_eq!(epub.meta_lang.as_deref(), Some("de"));
        assert_eq!(
            epub.meta_title.as_deref(),
            Some("Digitale Kompetenzen für Ausbilderinnen und Ausbilder")
        );
        let pdf = list(db, &visitor, &by_text("apprenticeships", "en"))
            .await
            .unwrap();
        let Sighted::Found(guide) = resource(db, &visitor, pdf.cards[0].id).await.unwrap() else {
            panic!("the guide is public");
        };
        assert_eq!(guide.versions[0].files[0].pages, Some(2));
        // Every stored content is in the folder.
        for stored in stored_file::Entity::find().all(db).await.unwrap() {
            assert!(files.holds(&stored.hash).await.unwrap());
        }
        t.finish().await;
    }
}

#[tokio::test]
async fn every_word_is_found_whole_or_as_the_start_of_words_and_ranked() {
    // The search reads its rarest word first and looks the others up for
    // its matches: a word that is one indexed term (by equality), the start
    // of several (a range), or of none; in any order.
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let countries = countries(db).await;
        let finland = network_id(db, &national_slug("FI")).await;
        let owner = member_in(db, finland, 0).await;
        let mut ids = Vec::new();
        for (title, text) in [
            ("Dual apprenticeship handbook", "quality"),
            ("Apprentices abroad: a handbook", "mobility quality"),
            (
                "Handbook for in-company trainers",
                "apprenticeship mobility",
            ),
            ("Mobility charter", "erasmus"),
        ] {
            let added = add(
                db,
                &owner,
                &new_resource(title, "everyone", None),
                Some(&upload(&format!("{:02x}", ids.len() + 16), "h.pdf", text)),
                &LANGUAGES,
                &countries,
            )
            .await
            .unwrap();
            ids.push(added.resource_id);
        }
        let visitor = Sight::visitor();
        let found = |text: &'static str| {
            let visitor = visitor.clone();
            async move {
                let page = list(db, &visitor, &by_text(text, "en")).await.unwrap();
                let mut found: Vec<i32> = page.cards.iter().map(|c| c.id).collect();
                assert_eq!(page.total as usize, found.len(), "{text}");
                found.sort();
                found
            }
        };
        let all = |picks: &[usize]| picks.iter().map(|&i| ids[i]).collect::<Vec<_>>();
        // One term; the start of two ("apprentices", "apprenticeship").
        assert_eq!(found("handbook").await, all(&[0, 1, 2]), "{}", t.backend);
        assert_eq!(found("apprentic").await, all(&[0, 1, 2]), "{}", t.backend);
        assert_eq!(found("apprentices").await, all(&[0, 1, 2]), "{}", t.backend);
        assert_eq!(found("apprenticeship").await, all(&[0, 2]), "{}", t.backend);
        // Two words, each whole, a start, or in a file's text; either order.
        assert_eq!(
            found("handbook mobility").await,
            all(&[1, 2]),
            "{}",
            t.backend
        );
        assert_eq!(
            found("mobility handbook").await,
            all(&[1, 2]),
            "{}",
            t.backend
        );
        assert_eq!(
            found("apprentic quality").await,
            all(&[0, 1]),
            "{}",
            t.backend
        );
        assert_eq!(
            found("quality apprentic hand").await,
            all(&[0, 1]),
            "{}",
            t.backend
        );
        assert_eq!(found("mobil erasmus").await, all(&[3]), "{}", t.backend);
        // A word found nowhere, alone or beside common ones.
        assert!(found("zyxw").await.is_empty(), "{}", t.backend);
        assert!(found("handbook zyxw").await.is_empty(), "{}", t.backend);
        assert!(found("apprentic handbook zyxw").await.is_empty());
        // The best match first: a word in the title before both in a file.
        let page = list(db, &visitor, &by_text("mobility apprentic", "en"))
            .await
            .unwrap();
        let ranked: Vec<i32> = page.cards.iter().map(|c| c.id).collect();
        assert_eq!(ranked, all(&[1, 2]), "title words first, {}", t.backend);
        t.finish().await;
    }
}

#[tokio::test]
async fn versions_and_files_are_kept_and_contents_stored_once() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let countries = countries(db).await;
        let finland = network_id(db, &national_slug("FI")).await;
        let owner = member_in(db, finland, 0).await;
        let other = member_in(db, finland, 1).await;
        let first = upload("a1", "guide.pdf", "apprenticeship agreement");
        let added = add(
            db,
            &owner,
            &new_resource("Guide", "everyone", None),
            Some(&first),
            &LANGUAGES,
            &countries,
        )
        .await
        .unwrap();
        assert_eq!(added.status, ResourceStatus::Published);
        // A translation; a second one in the same language is refused.
        let german = NewVersion {
            lang: "de".into(),
            title: "Leitfaden".into(),
            summary: String::new(),
            link: "https://example.org/leitfaden".into(),
        };
        let german_id = add_version(db, &owner, added.resource_id, &german, None, &LANGUAGES)
            .await
            .unwrap();
        assert_eq!(
            refused(add_version(db, &owner, added.resource_id, &german, None, &LANGUAGES).await),
            Refusal::VersionExists
        );
        // Someone who does not edit it may not add to it.
        assert_eq!(
            refused(add_file(db, &other, added.version_id, &upload("b2", "v2.pdf", "")).await),
            Refusal::Forbidden
        );
        // The current file again is refused; a new one keeps the earlier.
        assert_eq!(
            refused(add_file(db, &owner, added.version_id, &first).await),
            Refusal::FileDuplicate
        );
        add_file(
            db,
            &owner,
            added.version_id,
            &upload("b2", "guide-2.pdf", "mentoring"),
        )
        .await
        .unwrap();
        let Sighted::Found(page) = resource(db, &Sight::visitor(), added.resource_id)
            .await
            .unwrap()
        else {
            panic!("public");
        };
        let english = page.versions.iter().find(|v| v.lang == "en").unwrap();
        let names: Vec<&str> = english.files.iter().map(|f| f.file_name.as_str()).collect();
        assert_eq!(names, ["guide-2.pdf", "guide.pdf"], "the newest first");
        assert!(page
            .versions
            .iter()
            .any(|v| v.id == german_id && v.link.is_some()));
        let earlier = english.files[1].id;
        let Sighted::Found(file) = download(db, &Sight::visitor(), earlier).await.unwrap() else {
            panic!("the earlier file is downloadable");
        };
        assert_eq!(file.hash, first.hash);
        // The index follows the current file: its words in, the replaced one's out.
        let visitor = Sight::visitor();
        assert_eq!(
            list(db, &visitor, &by_text("mentoring", "en"))
                .await
                .unwrap()
                .total,
            1
        );
        assert_eq!(
            list(db, &visitor, &by_text("agreement", "en"))
                .await
                .unwrap()
                .total,
            0
        );
        // The same content in another resource: one stored file.
        add(
            db,
            &other,
            &new_resource("Copy", "everyone", None),
            Some(&first),
            &LANGUAGES,
            &countries,
        )
        .await
        .unwrap();
        assert_eq!(stored_file::Entity::find().count(db).await.unwrap(), 2);
        t.finish().await;
    }
}

#[tokio::test]
async fn visibility_and_review_decide_who_sees_a_resource() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let countries = countries(db).await;
        let finland = network_id(db, &national_slug("FI")).await;
        let portugal = network_id(db, &national_slug("PT")).await;
        let owner = member_in(db, finland, 0).await;
        let colleague = member_in(db, finland, 1).await;
        let outsider = member_in(db, portugal, 0).await;
        let sight = |a| async move { Sight::of(db, Some(a)).await.unwrap() };
        let pdf = upload("c3", "members.pdf", "");
        let members = add(
            db,
            &owner,
            &new_resource("For members", "members", None),
            Some(&pdf),
            &LANGUAGES,
            &countries,
        )
        .await
        .unwrap();
        assert_eq!(
            resource(db, &Sight::visitor(), members.resource_id)
                .await
                .unwrap(),
            Sighted::SignInFirst
        );
        let file = match resource(db, &sight(&outsider).await, members.resource_id)
            .await
            .unwrap()
        {
            Sighted::Found(r) => r.versions[0].files[0].id,
            other => panic!("a member reads it: {other:?}"),
        };
        assert_eq!(
            download(db, &Sight::visitor(), file).await.unwrap(),
            Sighted::SignInFirst
        );
        let inside = add(
            db,
            &owner,
            &new_resource("Inside", "network", Some(finland)),
            Some(&pdf),
            &LANGUAGES,
            &countries,
        )
        .await
        .unwrap();
        assert!(matches!(
            resource(db, &sight(&colleague).await, inside.resource_id)
                .await
                .unwrap(),
            Sighted::Found(_)
        ));
        assert_eq!(
            resource(db, &sight(&outsider).await, inside.resource_id)
                .await
                .unwrap(),
            Sighted::NotFound
        );
        assert_eq!(
            list(db, &sight(&outsider).await, &by_text("inside", "en"))
                .await
                .unwrap()
                .total,
            0
        );
        // Another network's resource may not be added by an outsider.
        assert_eq!(
            refused(
                add(
                    db,
                    &outsider,
                    &new_resource("X", "network", Some(finland)),
                    Some(&pdf),
                    &LANGUAGES,
                    &countries
                )
                .await
            ),
            Refusal::Forbidden
        );
        // A network that reviews first: submitted, seen by its owner and the
        // network's facilitators, public once published.
        let mut reviewing: network::ActiveModel = network::Entity::find_by_id(finland)
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .into();
        reviewing.library_review = Set(true);
        reviewing.update(db).await.unwrap();
        let waiting = add(
            db,
            &colleague,
            &new_resource("Waiting", "everyone", Some(finland)),
            Some(&pdf),
            &LANGUAGES,
            &countries,
        )
        .await
        .unwrap();
        assert_eq!(waiting.status, ResourceStatus::Submitted);
        assert_eq!(
            resource(db, &Sight::visitor(), waiting.resource_id)
                .await
                .unwrap(),
            Sighted::NotFound
        );
        assert!(matches!(
            resource(db, &sight(&colleague).await, waiting.resource_id)
                .await
                .unwrap(),
            Sighted::Found(_)
        ));
        assert_eq!(
            refused(review(db, &colleague, waiting.resource_id, true).await),
            Refusal::Forbidden
        );
        let facilitator = store::account::Actor {
            facilitates: vec![finland],
            ..owner.clone()
        };
        review(db, &facilitator, waiting.resource_id, true)
            .await
            .unwrap();
        assert!(matches!(
            resource(db, &Sight::visitor(), waiting.resource_id)
                .await
                .unwrap(),
            Sighted::Found(_)
        ));
        assert_eq!(
            refused(review(db, &facilitator, waiting.resource_id, true).await),
            Refusal::WrongStage
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn bad_input_is_refused_and_changes_nothing() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let countries = countries(db).await;
        let finland = network_id(db, &national_slug("FI")).await;
        let owner = member_in(db, finland, 0).await;
        let pdf = upload("d4", "x.pdf", "");
        let cases: Vec<(NewResource, Option<&StoredUpload>, Refusal)> = vec![
            (
                new_resource("No file", "everyone", None),
                None,
                Refusal::FileMissing,
            ),
            (
                NewResource {
                    kind: "virus".into(),
                    ..new_resource("X", "everyone", None)
                },
                Some(&pdf),
                Refusal::ChoiceUnknown,
            ),
            (
                NewResource {
                    countries: vec!["XX".into()],
                    ..new_resource("X", "everyone", None)
                },
                Some(&pdf),
                Refusal::ChoiceUnknown,
            ),
            (
                new_resource("   ", "everyone", None),
                Some(&pdf),
                Refusal::TextMissing,
            ),
            (
                new_resource(&"t".repeat(301), "everyone", None),
                Some(&pdf),
                Refusal::TextTooLong,
            ),
            (
                new_resource("Net", "network", None),
                Some(&pdf),
                Refusal::ChoiceUnknown,
            ),
            (
                NewResource {
                    version: NewVersion {
                        lang: "en".into(),
                        title: "Link".into(),
                        summary: String::new(),
                        link: "javascript:alert(1)".into(),
                    },
                    ..new_resource("X", "everyone", None)
                },
                None,
                Refusal::LinkInvalid,
            ),
            (
                NewResource {
                    version: NewVersion {
                        lang: "xx".into(),
                        ..new_resource("X", "everyone", None).version
                    },
                    ..new_resource("X", "everyone", None)
                },
                Some(&pdf),
                Refusal::ChoiceUnknown,
            ),
        ];
        for (new, file, expected) in cases {
            assert_eq!(
                refused(add(db, &owner, &new, file, &LANGUAGES, &countries).await),
                expected,
                "{new:?}"
            );
        }
        assert_eq!(
            store::entity::resource::Entity::find()
                .count(db)
                .await
                .unwrap(),
            0
        );
        assert_eq!(stored_file::Entity::find().count(db).await.unwrap(), 0);
        t.finish().await;
    }
}
