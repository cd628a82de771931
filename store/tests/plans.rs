//! Strategies and action plans on every backend: who may change what, field
//! by field changes that never overwrite each other silently, their
//! revisions, feedback rounds and versions, follows, and many writers at once.

mod common;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use common::{member_in, network_id, refused};
use rand::{Rng, SeedableRng};
use store::account::Actor;
use store::plans::edit::{self, Change, NewActivity, NewStrategy, Outcome};
use store::plans::fields::Field;
use store::plans::{follow, read, rounds, Entity};
use store::refusal::Refusal;
use store::seed::national_slug;
use store::vocabulary::CommentResolution::{Declined, TakenUp};
use store::vocabulary::{ActivityStatus, StrategyStatus};
use store::Db;

/// A member who facilitates the network.
async fn facilitator(db: &Db, network_id: i32, n: usize) -> Actor {
    let mut actor = member_in(db, network_id, n).await;
    actor.facilitates = vec![network_id];
    actor.coordinator = false;
    actor
}

struct Setup {
    strategy: i32,
    aspirations: Vec<i32>,
    activity: i32,
    network: i32,
}

async fn plan_with_one_activity(db: &Db, by: &Actor, network: i32) -> Setup {
    let strategy = edit::create_strategy(
        db,
        by,
        &NewStrategy {
            network_id: network,
            title: "Strategy 2026–2030".into(),
            period: "2026-2030".into(),
        },
    )
    .await
    .unwrap();
    let mut aspirations = Vec::new();
    for title in ["Mobility for every learner", "Teachers who keep learning"] {
        let (id, _) = edit::add_aspiration(db, by, strategy, title, "")
            .await
            .unwrap();
        aspirations.push(id);
    }
    let (activity, _) = edit::add_activity(
        db,
        by,
        strategy,
        &NewActivity {
            title: "Job shadowing exchange".into(),
            aspirations: aspirations[0].to_string(),
        },
    )
    .await
    .unwrap();
    Setup {
        strategy,
        aspirations,
        activity,
        network,
    }
}

fn change(entity: Entity, id: i32, field: &str, base: &str, value: &str) -> Change {
    Change {
        entity,
        id,
        field: field.into(),
        base: base.into(),
        value: value.into(),
    }
}

fn saved(outcome: Outcome) -> i32 {
    match outcome {
        Outcome::Saved { revision, .. } => revision,
        other => panic!("expected the change saved, got {other:?}"),
    }
}

async fn activity(db: &Db, strategy: i32, id: i32) -> read::Activity {
    let plan = read::plan(db, strategy).await.unwrap().unwrap();
    plan.activities.into_iter().find(|a| a.id == id).unwrap()
}

#[tokio::test]
async fn only_the_networks_facilitators_change_a_plan_and_members_comment_in_a_round() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let portugal = network_id(db, &national_slug("PT")).await;
        let anna = facilitator(db, finland, 0).await;
        let member = member_in(db, finland, 1).await;
        let outsider = facilitator(db, portugal, 0).await;
        let s = plan_with_one_activity(db, &anna, finland).await;

        let title = change(
            Entity::Activity,
            s.activity,
            "title",
            "Job shadowing exchange",
            "Mine",
        );
        for (who, actor) in [
            ("a member", &member),
            ("another network's facilitator", &outsider),
        ] {
            assert_eq!(
                refused(edit::change(db, actor, &title).await),
                Refusal::Forbidden,
                "{b}: {who} does not change an activity"
            );
            assert_eq!(
                refused(edit::add_aspiration(db, actor, s.strategy, "Theirs", "").await),
                Refusal::Forbidden,
                "{b}: {who} does not add an aspiration"
            );
        }
        assert_eq!(
            refused(
                edit::create_strategy(
                    db,
                    &member,
                    &NewStrategy {
                        network_id: finland,
                        title: "x".into(),
                        period: "2026-2027".into()
                    }
                )
                .await
            ),
            Refusal::Forbidden,
            "{b}: a member starts no strategy"
        );

        let today = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let comment = |actor: &Actor| {
            let actor = actor.clone();
            let strategy = s.strategy;
            let aspiration = s.aspirations[0];
            async move {
                rounds::comment(
                    db,
                    &actor,
                    strategy,
                    Entity::Aspiration,
                    aspiration,
                    "Add apprentices explicitly.",
                    today,
                )
                .await
            }
        };
        assert_eq!(
            refused(comment(&member).await),
            Refusal::WrongStage,
            "{b}: no comments without a round"
        );
        assert_eq!(
            refused(rounds::open(db, &member, s.strategy, "2027-03-01", "2027-03-31").await),
            Refusal::Forbidden,
            "{b}: a member opens no round"
        );
        assert_eq!(
            refused(rounds::open(db, &anna, s.strategy, "2027-03-31", "2027-03-01").await),
            Refusal::DatesReversed,
            "{b}: a round ends after it starts"
        );
        rounds::open(db, &anna, s.strategy, "2027-03-01", "2027-03-31")
            .await
            .unwrap();
        let plan = read::plan(db, s.strategy).await.unwrap().unwrap();
        assert_eq!(plan.status, StrategyStatus::Feedback, "{b}");
        let comment_id = comment(&member)
            .await
            .expect("a member of the network comments");
        assert_eq!(
            refused(comment(&outsider).await),
            Refusal::Forbidden,
            "{b}: outsiders do not comment"
        );
        assert_eq!(
            refused(
                rounds::comment(
                    db,
                    &member,
                    s.strategy,
                    Entity::Activity,
                    s.activity,
                    "Late",
                    NaiveDate::from_ymd_opt(2027, 4, 1).unwrap()
                )
                .await
            ),
            Refusal::WrongStage,
            "{b}: no comments after the round's last day"
        );
        assert_eq!(
            refused(rounds::resolve(db, &member, comment_id, Declined, "No").await),
            Refusal::Forbidden,
            "{b}: members do not resolve comments"
        );
        assert_eq!(
            refused(rounds::resolve(db, &anna, comment_id, Declined, " ").await),
            Refusal::TextMissing,
            "{b}: a resolution gives a reason"
        );
        rounds::resolve(db, &anna, comment_id, TakenUp, "Added to aspiration 1.")
            .await
            .unwrap();
        assert_eq!(
            refused(rounds::resolve(db, &anna, comment_id, Declined, "Changed my mind").await),
            Refusal::AlreadyDecided,
            "{b}"
        );
        let comments = rounds::comments_of(db, s.strategy).await.unwrap();
        assert_eq!(comments.len(), 1, "{b}");
        assert_eq!(comments[0].resolution, Some(TakenUp), "{b}");

        // Closing the round keeps a version; so does adopting.
        saved(
            edit::change(
                db,
                &anna,
                &change(
                    Entity::Strategy,
                    s.strategy,
                    "vision",
                    "",
                    "Every learner can learn abroad.",
                ),
            )
            .await
            .unwrap(),
        );
        rounds::close(db, &anna, s.strategy).await.unwrap();
        saved(
            edit::change(
                db,
                &anna,
                &change(
                    Entity::Strategy,
                    s.strategy,
                    "vision",
                    "Every learner can learn abroad.",
                    "Every apprentice can learn abroad.",
                ),
            )
            .await
            .unwrap(),
        );
        rounds::adopt(db, &anna, s.strategy).await.unwrap();
        let versions = rounds::versions(db, s.strategy).await.unwrap();
        assert_eq!(
            versions.iter().map(|v| v.number).collect::<Vec<_>>(),
            vec![2, 1],
            "{b}"
        );
        assert_eq!(
            versions[1].snapshot.vision, "Every learner can learn abroad.",
            "{b}"
        );
        assert_eq!(versions[0].snapshot.aspirations.len(), 2, "{b}");
        assert_eq!(
            refused(rounds::open(db, &anna, s.strategy, "2027-05-01", "2027-05-31").await),
            Refusal::WrongStage,
            "{b}: an adopted strategy takes no round before it is a draft again"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn different_fields_both_succeed_and_the_same_field_is_never_overwritten_silently() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let anna = facilitator(db, finland, 0).await;
        let ben = facilitator(db, finland, 1).await;
        let s = plan_with_one_activity(db, &anna, finland).await;
        let a = s.activity;

        // Both opened the form with the same values.
        saved(
            edit::change(
                db,
                &anna,
                &change(Entity::Activity, a, "progress", "0", "40"),
            )
            .await
            .unwrap(),
        );
        saved(
            edit::change(
                db,
                &ben,
                &change(Entity::Activity, a, "status", "planned", "in-progress"),
            )
            .await
            .unwrap(),
        );
        let now = activity(db, s.strategy, a).await;
        assert_eq!(
            (now.progress, now.status),
            (40, ActivityStatus::InProgress),
            "{b}: both changes stand"
        );

        saved(
            edit::change(
                db,
                &anna,
                &change(
                    Entity::Activity,
                    a,
                    "description",
                    "",
                    "Two weeks in a partner school.",
                ),
            )
            .await
            .unwrap(),
        );
        let second = edit::change(
            db,
            &ben,
            &change(
                Entity::Activity,
                a,
                "description",
                "",
                "Ten days with a host company.",
            ),
        )
        .await
        .unwrap();
        match second {
            Outcome::Conflict { current, by, .. } => {
                assert_eq!(
                    current, "Two weeks in a partner school.",
                    "{b}: the second sees the other's value"
                );
                assert_eq!(
                    by.as_deref(),
                    Some(format!("{} {}", anna.given_name, anna.family_name).as_str()),
                    "{b}"
                );
            }
            other => panic!("{b}: expected a conflict, got {other:?}"),
        }
        assert_eq!(
            activity(db, s.strategy, a).await.description,
            "Two weeks in a partner school.",
            "{b}: nothing overwritten"
        );
        // Ben merges both texts, starting from Anna's.
        saved(
            edit::change(
                db,
                &ben,
                &change(
                    Entity::Activity,
                    a,
                    "description",
                    "Two weeks in a partner school.",
                    "Two weeks in a partner school.\n\nTen days with a host company.",
                ),
            )
            .await
            .unwrap(),
        );
        // The same value twice is no change; a form's \r\n is the same text.
        assert!(
            matches!(
                edit::change(
                    db,
                    &anna,
                    &change(
                        Entity::Activity,
                        a,
                        "description",
                        "x",
                        "Two weeks in a partner school.\r\n\r\nTen days with a host company."
                    )
                )
                .await
                .unwrap(),
                Outcome::Unchanged { .. }
            ),
            "{b}"
        );

        let history = read::history(db, Entity::Activity, a).await.unwrap();
        let descriptions: Vec<_> = history
            .iter()
            .filter(|r| r.field == "description")
            .collect();
        assert_eq!(
            descriptions.len(),
            2,
            "{b}: one revision per accepted change"
        );
        assert_eq!(
            descriptions[0].before.as_deref(),
            Some("Two weeks in a partner school."),
            "{b}"
        );

        // Restore the first description as a new revision.
        let first = descriptions[1].id;
        let current = activity(db, s.strategy, a).await.description;
        let restored = saved(edit::restore(db, &anna, first, &current).await.unwrap());
        assert_eq!(
            activity(db, s.strategy, a).await.description,
            "Two weeks in a partner school.",
            "{b}"
        );
        let last = read::revision_by_id(db, restored).await.unwrap().unwrap();
        assert_eq!(last.restores, Some(first), "{b}");
        assert!(
            matches!(
                edit::restore(db, &anna, first, "stale").await.unwrap(),
                Outcome::Unchanged { .. }
            ),
            "{b}"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn bad_values_are_refused_and_change_nothing() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let portugal = network_id(db, &national_slug("PT")).await;
        let anna = facilitator(db, finland, 0).await;
        let s = plan_with_one_activity(db, &anna, finland).await;
        let other = plan_with_one_activity(
            db,
            &Actor {
                facilitates: vec![portugal],
                ..anna.clone()
            },
            portugal,
        )
        .await;
        let a = s.activity;
        let before = read::history(db, Entity::Activity, a).await.unwrap().len();
        saved(
            edit::change(
                db,
                &anna,
                &change(Entity::Activity, a, "start_on", "", "2027-01-10"),
            )
            .await
            .unwrap(),
        );
        let cases = [
            ("progress", "0", "101", Refusal::NumberInvalid),
            ("due_on", "", "2026-12-31", Refusal::DatesReversed),
            ("due_on", "", "31/12/2027", Refusal::DateInvalid),
            (
                "aspirations",
                &s.aspirations[0].to_string(),
                "",
                Refusal::AspirationMissing,
            ),
            (
                "aspirations",
                &s.aspirations[0].to_string(),
                &other.aspirations[0].to_string(),
                Refusal::ChoiceUnknown,
            ),
            ("owner", "", "member:999999", Refusal::ChoiceUnknown),
            ("status", "planned", "finished", Refusal::ChoiceUnknown),
            (
                "title",
                "Job shadowing exchange",
                "   ",
                Refusal::TextMissing,
            ),
            ("secret", "", "x", Refusal::ChoiceUnknown),
        ];
        for (field, base, value, why) in cases {
            assert_eq!(
                refused(
                    edit::change(db, &anna, &change(Entity::Activity, a, field, base, value)).await
                ),
                why,
                "{b}: {field} = {value:?}"
            );
        }
        assert_eq!(
            read::history(db, Entity::Activity, a).await.unwrap().len(),
            before + 1,
            "{b}: no revision for a refusal"
        );
        let now = activity(db, s.strategy, a).await;
        assert_eq!(
            (now.progress, now.due_on.as_str(), now.aspirations.clone()),
            (0, "", vec![s.aspirations[0]]),
            "{b}"
        );
        let _ = other.network;
        t.finish().await;
    }
}

#[tokio::test]
async fn followers_are_told_when_status_owner_or_dates_change() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let anna = facilitator(db, finland, 0).await;
        let follower = member_in(db, finland, 1).await;
        let aspiration_follower = member_in(db, finland, 2).await;
        let s = plan_with_one_activity(db, &anna, finland).await;
        follow::set(db, &follower, Entity::Activity, s.activity, true)
            .await
            .unwrap();
        follow::set(
            db,
            &aspiration_follower,
            Entity::Aspiration,
            s.aspirations[0],
            true,
        )
        .await
        .unwrap();
        follow::set(db, &anna, Entity::Activity, s.activity, true)
            .await
            .unwrap();
        assert_eq!(
            refused(follow::set(db, &follower, Entity::Indicator, s.activity, true).await),
            Refusal::Forbidden,
            "{b}"
        );

        saved(
            edit::change(
                db,
                &anna,
                &change(
                    Entity::Activity,
                    s.activity,
                    "title",
                    "Job shadowing exchange",
                    "Job shadowing",
                ),
            )
            .await
            .unwrap(),
        );
        assert!(
            follow::notifications(db, follower.member_id, 10)
                .await
                .unwrap()
                .is_empty(),
            "{b}: a title is not told"
        );
        saved(
            edit::change(
                db,
                &anna,
                &change(Entity::Activity, s.activity, "status", "planned", "blocked"),
            )
            .await
            .unwrap(),
        );
        for who in [&follower, &aspiration_follower] {
            let told = follow::notifications(db, who.member_id, 10).await.unwrap();
            assert_eq!(told.len(), 1, "{b}");
            assert_eq!(
                (told[0].field.key(), told[0].after.as_str()),
                ("status", "blocked"),
                "{b}"
            );
        }
        assert!(
            follow::notifications(db, anna.member_id, 10)
                .await
                .unwrap()
                .is_empty(),
            "{b}: not the writer"
        );

        let digests = store::counselling::follow::claim_due_digests(db, chrono::Utc::now())
            .await
            .unwrap();
        let digest = digests
            .iter()
            .find(|d| d.member_id == follower.member_id)
            .expect("a digest for the follower");
        assert_eq!(digest.plan_changes.len(), 1, "{b}");
        follow::set(db, &follower, Entity::Activity, s.activity, false)
            .await
            .unwrap();
        saved(
            edit::change(
                db,
                &anna,
                &change(Entity::Activity, s.activity, "due_on", "", "2027-06-30"),
            )
            .await
            .unwrap(),
        );
        assert_eq!(
            follow::notifications(db, follower.member_id, 10)
                .await
                .unwrap()
                .len(),
            1,
            "{b}: unfollowed"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn progress_rolls_up_from_activities_to_aspirations_and_the_plan() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let anna = facilitator(db, finland, 0).await;
        let s = plan_with_one_activity(db, &anna, finland).await;
        let both = format!("{},{}", s.aspirations[0], s.aspirations[1]);
        let mut ids = vec![s.activity];
        for title in ["Teacher academy", "Joint curriculum"] {
            let new = NewActivity {
                title: title.into(),
                aspirations: both.clone(),
            };
            ids.push(
                edit::add_activity(db, &anna, s.strategy, &new)
                    .await
                    .unwrap()
                    .0,
            );
        }
        let set = |id: i32, field: &'static str, base: &'static str, value: &'static str| {
            let anna = anna.clone();
            async move {
                saved(
                    edit::change(db, &anna, &change(Entity::Activity, id, field, base, value))
                        .await
                        .unwrap(),
                )
            }
        };
        set(ids[0], "progress", "0", "50").await;
        set(ids[1], "status", "planned", "done").await;
        set(ids[2], "status", "planned", "cancelled").await;
        let plan = read::plan(db, s.strategy).await.unwrap().unwrap();
        assert_eq!(
            plan.aspirations[0].progress, 75,
            "{b}: (50 + done) / 2, cancelled left out"
        );
        assert_eq!(plan.aspirations[1].progress, 100, "{b}");
        assert_eq!(plan.progress, 75, "{b}");
        t.finish().await;
    }
}

/// Many facilitators at once, each starting from a value seen at some
/// earlier moment: every accepted change is in the log and the final state,
/// every refused one was told the value that stood, none vanished.
#[tokio::test]
async fn concurrent_writers_with_stale_values_lose_nothing() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;
        let db = Arc::new(t.db.clone());
        let finland = network_id(&db, &national_slug("FI")).await;
        let writers: Vec<Actor> = {
            let mut v = Vec::new();
            for n in 0..6 {
                v.push(facilitator(&db, finland, n).await);
            }
            v
        };
        let s = plan_with_one_activity(&db, &writers[0], finland).await;
        let fields = ["title", "description", "progress"];
        let seen: Arc<std::sync::Mutex<HashMap<&str, Vec<String>>>> =
            Arc::new(std::sync::Mutex::new(HashMap::from([
                ("title", vec!["Job shadowing exchange".to_owned()]),
                ("description", vec![String::new()]),
                ("progress", vec!["0".to_owned()]),
            ])));
        let mut tasks = Vec::new();
        for (w, writer) in writers.iter().enumerate() {
            let (db, writer, seen) = (db.clone(), writer.clone(), seen.clone());
            let activity = s.activity;
            tasks.push(tokio::spawn(async move {
                let mut rng = rand::rngs::StdRng::seed_from_u64(w as u64);
                let mut results = Vec::new();
                for n in 0..25 {
                    let field = fields[rng.random_range(0..fields.len())];
                    let base = {
                        let seen = seen.lock().unwrap();
                        let values = &seen[field];
                        // Mostly the latest value seen, often an older one.
                        let back = rng.random_range(0..values.len().min(3));
                        values[values.len() - 1 - back].clone()
                    };
                    let value = match field {
                        "progress" => rng.random_range(0..=100).to_string(),
                        _ => format!("writer {w} change {n}"),
                    };
                    let c = change(Entity::Activity, activity, field, &base, &value);
                    let outcome = edit::change(&db, &writer, &c)
                        .await
                        .expect("no error, only outcomes");
                    if let Outcome::Saved { value, .. } = &outcome {
                        seen.lock()
                            .unwrap()
                            .get_mut(field)
                            .unwrap()
                            .push(value.clone());
                    }
                    if let Outcome::Conflict { current, .. } = &outcome {
                        seen.lock()
                            .unwrap()
                            .get_mut(field)
                            .unwrap()
                            .push(current.clone());
                    }
                    results.push((c, outcome));
                }
                results
            }));
        }
        let mut results = Vec::new();
        for task in tasks {
            results.extend(task.await.unwrap());
        }
        let log = read::history(&db, Entity::Activity, s.activity)
            .await
            .unwrap();
        let log: Vec<_> = log.into_iter().filter(|r| r.field != "created").collect();
        let mut accepted = 0;
        for (c, outcome) in &results {
            match outcome {
                Outcome::Saved { revision, value } => {
                    accepted += 1;
                    let r = log
                        .iter()
                        .find(|r| r.id == *revision)
                        .unwrap_or_else(|| panic!("{b}: revision {revision} logged"));
                    assert_eq!(
                        (r.field.as_str(), r.after.as_deref()),
                        (c.field.as_str(), Some(value.as_str())),
                        "{b}"
                    );
                    assert_eq!(
                        r.before.as_deref(),
                        Some(c.base.as_str()),
                        "{b}: accepted only from the value that stood"
                    );
                }
                Outcome::Conflict { current, .. } => {
                    assert_ne!(
                        current, &c.base,
                        "{b}: a conflict only when the value moved on"
                    );
                }
                Outcome::Unchanged { value } => assert_eq!(value, &c.value, "{b}"),
            }
        }
        assert_eq!(
            log.len(),
            accepted,
            "{b}: every revision is an accepted change, and only those"
        );
        assert!(accepted >= 10, "{b}: the writers got through ({accepted})");
        // Each field's chain of revisions is unbroken and ends at the final value.
        for field in fields {
            let typed = Field::parse(Entity::Activity, field).unwrap();
            let now = store::plans::fields::current(&*db, typed, s.activity)
                .await
                .unwrap()
                .unwrap();
            let mut chain: Vec<_> = log.iter().filter(|r| r.field == field).collect();
            chain.sort_by_key(|r| r.id);
            for pair in chain.windows(2) {
                assert_eq!(
                    pair[0].after, pair[1].before,
                    "{b}: {field} changed only from the value that stood"
                );
            }
            if let Some(last) = chain.last() {
                assert_eq!(
                    last.after.clone().unwrap_or_default(),
                    now,
                    "{b}: {field} ends at the last accepted value"
                );
            }
        }
        drop(db);
        t.finish().await;
    }
}

#[tokio::test]
async fn members_of_member_networks_comment_on_the_network_of_networks() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let international = network_id(db, store::seed::INTERNATIONAL_SLUG).await;
        let finland = network_id(db, &national_slug("FI")).await;
        let member = member_in(db, finland, 0).await;
        assert!(
            store::plans::comments(db, Some(&member), international)
                .await
                .unwrap(),
            "{b}: a Finnish member takes part in the European network"
        );
        assert!(
            !store::plans::comments(db, None, international)
                .await
                .unwrap(),
            "{b}: visitors do not"
        );
        assert!(
            !store::plans::edits(Some(&member), international),
            "{b}: nor do they edit"
        );
        let (members, organisations) = read::parties(db, international).await.unwrap();
        assert!(
            members
                .iter()
                .any(|p| p.key == format!("member:{}", member.member_id)),
            "{b}: and may own its activities"
        );
        assert!(!organisations.is_empty(), "{b}");
        t.finish().await;
    }
}
