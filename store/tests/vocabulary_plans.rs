//! The closed lists of the plans as column types, on every backend: each
//! value is written through the entity and read back the same, and a key
//! outside the list is refused by the type and by the database's `CHECK`.

mod common;

use chrono::Utc;
use common::{member_in, network_id};
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use store::entity::{activity, feedback_round, plan_comment, plan_follow, strategy};
use store::refusal::Refusal;
use store::sql::Sql;
use store::vocabulary::{ActivityStatus, CommentResolution, PlanTarget, StrategyStatus};
use store::Db;

/// A strategy of the network, at this stage.
async fn strategy_at(db: &Db, network_id: i32, status: StrategyStatus) -> i32 {
    let row = strategy::ActiveModel {
        network_id: Set(network_id),
        title: Set(format!("Strategy {}", status.key())),
        period_start: Set(2026),
        period_end: Set(2030),
        vision: Set(String::new()),
        mission: Set(String::new()),
        status: Set(status),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    strategy::Entity::insert(row)
        .exec(db)
        .await
        .unwrap()
        .last_insert_id
}

/// An activity of the strategy, with this status.
async fn activity_at(db: &Db, strategy_id: i32, status: ActivityStatus) -> i32 {
    let row = activity::ActiveModel {
        strategy_id: Set(strategy_id),
        title: Set(format!("Activity {}", status.key())),
        description: Set(String::new()),
        status: Set(status),
        progress: Set(0),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    activity::Entity::insert(row)
        .exec(db)
        .await
        .unwrap()
        .last_insert_id
}

/// A feedback round on the strategy, opened by the member.
async fn round_of(db: &Db, strategy_id: i32, member_id: i32) -> i32 {
    let row = feedback_round::ActiveModel {
        strategy_id: Set(strategy_id),
        opens_on: Set("2027-03-01".into()),
        closes_on: Set("2027-03-31".into()),
        opened_by: Set(member_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    feedback_round::Entity::insert(row)
        .exec(db)
        .await
        .unwrap()
        .last_insert_id
}

/// A comment in the round on the target, resolved or not.
async fn comment_on(
    db: &Db,
    round_id: i32,
    member_id: i32,
    target: PlanTarget,
    resolution: Option<CommentResolution>,
) -> i32 {
    let row = plan_comment::ActiveModel {
        round_id: Set(round_id),
        target: Set(target),
        target_id: Set(1),
        member_id: Set(member_id),
        body: Set("A comment.".into()),
        created_at: Set(Utc::now()),
        resolution: Set(resolution),
        reason: Set(resolution.map(|_| "Because.".to_owned())),
        resolved_by: Set(resolution.map(|_| member_id)),
        resolved_at: Set(resolution.map(|_| Utc::now())),
        ..Default::default()
    };
    plan_comment::Entity::insert(row)
        .exec(db)
        .await
        .unwrap()
        .last_insert_id
}

#[tokio::test]
async fn every_value_comes_back_from_the_database_as_it_went_in() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let network = network_id(db, &store::seed::national_slug("FI")).await;
        let member = member_in(db, network, 0).await.member_id;

        for status in StrategyStatus::ALL {
            let id = strategy_at(db, network, status).await;
            let read = strategy::Entity::find_by_id(id).one(db).await.unwrap();
            assert_eq!(read.map(|s| s.status), Some(status), "{b}");
        }
        let strategy_id = strategy_at(db, network, StrategyStatus::Draft).await;
        for status in ActivityStatus::ALL {
            let id = activity_at(db, strategy_id, status).await;
            let read = activity::Entity::find_by_id(id).one(db).await.unwrap();
            assert_eq!(read.map(|a| a.status), Some(status), "{b}");
        }
        let round = round_of(db, strategy_id, member).await;
        let resolutions = std::iter::once(None).chain(CommentResolution::ALL.map(Some));
        for resolution in resolutions {
            for target in PlanTarget::ALL {
                let id = comment_on(db, round, member, target, resolution).await;
                let read = plan_comment::Entity::find_by_id(id).one(db).await.unwrap();
                assert_eq!(
                    read.map(|c| (c.target, c.resolution)),
                    Some((target, resolution)),
                    "{b}"
                );
            }
        }
        for target in PlanTarget::ALL {
            let follow = plan_follow::ActiveModel {
                member_id: Set(member),
                target: Set(target),
                target_id: Set(1),
            };
            plan_follow::Entity::insert(follow)
                .exec_without_returning(db)
                .await
                .unwrap();
            let read = plan_follow::Entity::find_by_id((member, target, 1))
                .one(db)
                .await
                .unwrap();
            assert_eq!(read.map(|f| f.target), Some(target), "{b}");
        }
        t.finish().await;
    }
}

#[test]
fn a_key_outside_the_list_is_no_value_of_its_type() {
    assert_eq!("x".parse::<ActivityStatus>(), Err(Refusal::ChoiceUnknown));
    assert_eq!("x".parse::<StrategyStatus>(), Err(Refusal::ChoiceUnknown));
    assert_eq!(
        "x".parse::<CommentResolution>(),
        Err(Refusal::ChoiceUnknown)
    );
    assert_eq!("x".parse::<PlanTarget>(), Err(Refusal::ChoiceUnknown));
    assert_eq!(
        "In-Progress".parse::<ActivityStatus>(),
        Err(Refusal::ChoiceUnknown),
        "keys are exact"
    );
}

#[tokio::test]
async fn the_database_refuses_a_key_outside_the_list() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let network = network_id(db, &store::seed::national_slug("FI")).await;
        let member = member_in(db, network, 0).await.member_id;
        let strategy_id = strategy_at(db, network, StrategyStatus::Draft).await;
        let activity_id = activity_at(db, strategy_id, ActivityStatus::Planned).await;
        let round = round_of(db, strategy_id, member).await;
        let comment = comment_on(db, round, member, PlanTarget::Strategy, None).await;
        let backend = db.get_database_backend();
        let update = |table: &str, column: &str, id: i32| {
            let mut sql = Sql::new(backend);
            sql.push(&format!("UPDATE {table} SET {column} = 'x' WHERE id = "))
                .bind(id);
            sql
        };
        let mut follow = Sql::new(backend);
        follow
            .push("INSERT INTO plan_follow (member_id, target, target_id) VALUES (")
            .bind(member)
            .push(", 'x', 1)");
        let cases = [
            ("strategy.status", update("strategy", "status", strategy_id)),
            ("activity.status", update("activity", "status", activity_id)),
            (
                "plan_comment.resolution",
                update("plan_comment", "resolution", comment),
            ),
            (
                "plan_comment.target",
                update("plan_comment", "target", comment),
            ),
            ("plan_follow.target", follow),
        ];
        for (column, sql) in cases {
            let error = db
                .execute_raw(sql.statement())
                .await
                .expect_err("a key outside the list is refused")
                .to_string()
                .to_lowercase();
            assert!(
                error.contains("check"),
                "{b}: {column} refused by its CHECK: {error}"
            );
        }
        let kept = strategy::Entity::find_by_id(strategy_id)
            .one(db)
            .await
            .unwrap();
        assert_eq!(kept.map(|s| s.status), Some(StrategyStatus::Draft), "{b}");
        t.finish().await;
    }
}
