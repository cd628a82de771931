//! The counselling columns that hold a closed list, on every backend: each
//! value goes in through its entity and comes back equal; a key outside the
//! list is refused by the type, and by the table's `CHECK` where it has one.

mod common;

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Statement,
};
use store::entity::{member, moderation, notification, post, thread, topic_follow};
use store::refusal::Refusal;
use store::vocabulary::{DigestFrequency, ModerationAction, NotificationReason, Topic};
use store::Db;

/// The first member and the first post of the demo data.
async fn member_and_post(db: &Db) -> (member::Model, post::Model) {
    let member = member::Entity::find()
        .order_by_asc(member::Column::Id)
        .one(db)
        .await
        .unwrap()
        .expect("the demo has members");
    let post = post::Entity::find()
        .order_by_asc(post::Column::Id)
        .one(db)
        .await
        .unwrap()
        .expect("the demo has threads");
    (member, post)
}

/// Runs one statement of raw SQL.
async fn execute(db: &Db, sql: String) -> Result<(), sea_orm::DbErr> {
    db.execute_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .map(|_| ())
}

/// The same row is written with a key of the list, then refused with one
/// outside it: only the key can be why, and the table's `CHECK` says no.
async fn refused_by_check(db: &Db, column: &str, known: &str, insert: impl Fn(&str) -> String) {
    let b = db.get_database_backend();
    execute(db, insert(known))
        .await
        .unwrap_or_else(|e| panic!("{b:?}: {column} takes '{known}': {e}"));
    let error = execute(db, insert("x"))
        .await
        .expect_err("an unknown key is refused")
        .to_string()
        .to_lowercase();
    assert!(
        error.contains("check"),
        "{b:?}: {column} refused by its CHECK: {error}"
    );
}

#[tokio::test]
async fn every_value_round_trips_through_its_entity() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let (asker, question) = member_and_post(db).await;
        let now = Utc::now();

        for topic in Topic::ALL {
            let id = thread::Entity::insert(thread::ActiveModel {
                member_id: Set(asker.id),
                network_id: Set(None),
                title: Set(format!("A question on {topic}")),
                topic: Set(topic),
                lang: Set("en".into()),
                created_at: Set(now),
                last_activity_at: Set(now),
                ..Default::default()
            })
            .exec(db)
            .await
            .unwrap()
            .last_insert_id;
            let stored = thread::Entity::find_by_id(id).one(db).await.unwrap();
            assert_eq!(stored.map(|s| s.topic), Some(topic), "{b}: thread");
            topic_follow::Entity::insert(topic_follow::ActiveModel {
                member_id: Set(asker.id),
                topic: Set(topic),
            })
            .exec_without_returning(db)
            .await
            .unwrap();
        }
        let mut followed: Vec<Topic> = topic_follow::Entity::find()
            .filter(topic_follow::Column::MemberId.eq(asker.id))
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .map(|f| f.topic)
            .collect();
        followed.sort();
        assert_eq!(followed, Topic::ALL, "{b}: topic_follow");

        for reason in NotificationReason::ALL {
            let id = notification::Entity::insert(notification::ActiveModel {
                member_id: Set(asker.id),
                thread_id: Set(question.thread_id),
                post_id: Set(question.id),
                reason: Set(reason),
                created_at: Set(now),
                ..Default::default()
            })
            .exec(db)
            .await
            .unwrap()
            .last_insert_id;
            let stored = notification::Entity::find_by_id(id).one(db).await.unwrap();
            assert_eq!(stored.map(|s| s.reason), Some(reason), "{b}: notification");
        }

        for action in ModerationAction::ALL {
            let id = moderation::Entity::insert(moderation::ActiveModel {
                post_id: Set(question.id),
                member_id: Set(asker.id),
                action: Set(action),
                reason: Set("Checked".into()),
                created_at: Set(now),
                ..Default::default()
            })
            .exec(db)
            .await
            .unwrap()
            .last_insert_id;
            let stored = moderation::Entity::find_by_id(id).one(db).await.unwrap();
            assert_eq!(stored.map(|s| s.action), Some(action), "{b}: moderation");
        }

        for frequency in DigestFrequency::ALL {
            member::Entity::update_many()
                .col_expr(member::Column::Digest, Expr::value(frequency))
                .filter(member::Column::Id.eq(asker.id))
                .exec(db)
                .await
                .unwrap();
            let stored = member::Entity::find_by_id(asker.id).one(db).await.unwrap();
            assert_eq!(stored.map(|s| s.digest), Some(frequency), "{b}: member");
        }
        t.finish().await;
    }
}

#[tokio::test]
async fn a_key_outside_its_list_is_refused_by_the_type_and_the_database() {
    assert_eq!("x".parse::<ModerationAction>(), Err(Refusal::ChoiceUnknown));
    assert_eq!(
        "x".parse::<NotificationReason>(),
        Err(Refusal::ChoiceUnknown)
    );
    assert_eq!("x".parse::<DigestFrequency>(), Err(Refusal::ChoiceUnknown));
    assert_eq!("x".parse::<Topic>(), Err(Refusal::ChoiceUnknown));

    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let (asker, question) = member_and_post(db).await;
        let at = "'2026-01-01T00:00:00Z'";
        refused_by_check(
            db,
            "moderation.action",
            ModerationAction::Dismiss.key(),
            |key| {
                format!(
                    "INSERT INTO moderation (post_id, member_id, action, reason, created_at) \
                     VALUES ({}, {}, '{key}', 'Checked', {at})",
                    question.id, asker.id
                )
            },
        )
        .await;
        refused_by_check(
            db,
            "notification.reason",
            NotificationReason::Reply.key(),
            |key| {
                format!(
                    "INSERT INTO notification (member_id, thread_id, post_id, reason, created_at) \
                     VALUES ({}, {}, {}, '{key}', {at})",
                    asker.id, question.thread_id, question.id
                )
            },
        )
        .await;
        refused_by_check(db, "member.digest", DigestFrequency::Weekly.key(), |key| {
            format!(
                "INSERT INTO member (organisation_id, given_name, family_name, email, job_title, \
                 locale, created_at, coordinator, digest) \
                 VALUES ({}, 'Ada', 'Lovelace', 'ada.{key}@example.org', '', 'en', {at}, false, '{key}')",
                asker.organisation_id
            )
        })
        .await;

        // Topics have no CHECK in their tables: the type alone refuses a
        // stray key, when the row is read.
        execute(
            db,
            format!(
                "INSERT INTO topic_follow (member_id, topic) VALUES ({}, 'astrology')",
                asker.id
            ),
        )
        .await
        .unwrap_or_else(|e| panic!("{b}: topic_follow has no CHECK: {e}"));
        let read = topic_follow::Entity::find()
            .filter(topic_follow::Column::MemberId.eq(asker.id))
            .all(db)
            .await;
        assert!(read.is_err(), "{b}: 'astrology' is no Topic: {read:?}");
        t.finish().await;
    }
}
