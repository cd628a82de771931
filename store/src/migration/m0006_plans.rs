//! Strategies and action plans: a network's strategy (vision, mission,
//! ordered aspirations) and its versions, the activities of its action plan
//! with their aspirations, contributors and indicators, every accepted change
//! as a revision, feedback rounds with their comments, follows and the
//! notifications they bring, and who has a plan open right now.

use sea_orm::sea_query::{ColumnDef, Index, Table};
use sea_orm::{DbBackend, Statement};

use super::column::{cascade, created_at, id, key, one_of, text};
use crate::vocabulary::{ACTIVITY_STATUSES, COMMENT_RESOLUTIONS, PLAN_TARGETS, STRATEGY_STATUSES};

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    let int = |name: &'static str| ColumnDef::new(name).integer().not_null().take();
    let maybe_int = |name: &'static str| ColumnDef::new(name).integer().null().take();
    let maybe_text = |name: &'static str| ColumnDef::new(name).text().null().take();
    let day = |name: &'static str| ColumnDef::new(name).string_len(10).null().take();
    let moment = |name: &'static str| {
        ColumnDef::new(name)
            .timestamp_with_time_zone()
            .null()
            .take()
    };
    let index = |name: &'static str, table: &'static str, columns: &[&'static str]| {
        let mut index = Index::create();
        index.name(name).table(table);
        for column in columns {
            index.col(*column);
        }
        backend.build(&index)
    };
    vec![
        backend.build(
            Table::create()
                .table("strategy")
                .col(id())
                .col(int("network_id"))
                .col(text("title"))
                .col(int("period_start"))
                .col(int("period_end"))
                .col(text("vision"))
                .col(text("mission"))
                .col(key("status").check(one_of("status", &STRATEGY_STATUSES)))
                .col(int("edits").default(0))
                .col(created_at())
                .foreign_key(&mut cascade("strategy", "network_id", "network")),
        ),
        index("strategy_by_network", "strategy", &["network_id"]),
        backend.build(
            Table::create()
                .table("aspiration")
                .col(id())
                .col(int("strategy_id"))
                .col(int("position"))
                .col(text("title"))
                .col(text("description"))
                .foreign_key(&mut cascade("aspiration", "strategy_id", "strategy")),
        ),
        index(
            "aspiration_by_strategy",
            "aspiration",
            &["strategy_id", "position"],
        ),
        backend.build(
            Table::create()
                .table("activity")
                .col(id())
                .col(int("strategy_id"))
                .col(text("title"))
                .col(text("description"))
                .col(maybe_int("owner_member_id"))
                .col(maybe_int("owner_organisation_id"))
                .col(day("start_on"))
                .col(day("due_on"))
                .col(key("status").check(one_of("status", &ACTIVITY_STATUSES)))
                .col(int("progress").default(0))
                .col(created_at())
                .foreign_key(&mut cascade("activity", "strategy_id", "strategy"))
                .foreign_key(&mut cascade("activity", "owner_member_id", "member"))
                .foreign_key(&mut cascade(
                    "activity",
                    "owner_organisation_id",
                    "organisation",
                )),
        ),
        index("activity_by_strategy", "activity", &["strategy_id"]),
        backend.build(
            Table::create()
                .table("activity_aspiration")
                .col(int("activity_id"))
                .col(int("aspiration_id"))
                .primary_key(Index::create().col("activity_id").col("aspiration_id"))
                .foreign_key(&mut cascade(
                    "activity_aspiration",
                    "activity_id",
                    "activity",
                ))
                .foreign_key(&mut cascade(
                    "activity_aspiration",
                    "aspiration_id",
                    "aspiration",
                )),
        ),
        backend.build(
            Table::create()
                .table("activity_contributor")
                .col(int("activity_id"))
                .col(int("organisation_id"))
                .primary_key(Index::create().col("activity_id").col("organisation_id"))
                .foreign_key(&mut cascade(
                    "activity_contributor",
                    "activity_id",
                    "activity",
                ))
                .foreign_key(&mut cascade(
                    "activity_contributor",
                    "organisation_id",
                    "organisation",
                )),
        ),
        backend.build(
            Table::create()
                .table("indicator")
                .col(id())
                .col(int("activity_id"))
                .col(text("name"))
                .col(int("target"))
                .col(int("actual").default(0))
                .foreign_key(&mut cascade("indicator", "activity_id", "activity")),
        ),
        index("indicator_by_activity", "indicator", &["activity_id"]),
        backend.build(
            Table::create()
                .table("plan_revision")
                .col(id())
                .col(int("strategy_id"))
                .col(key("entity"))
                .col(int("entity_id"))
                .col(key("field"))
                .col(maybe_text("before"))
                .col(maybe_text("after"))
                .col(int("member_id"))
                .col(created_at())
                .col(maybe_int("restores"))
                .foreign_key(&mut cascade("plan_revision", "strategy_id", "strategy"))
                .foreign_key(&mut cascade("plan_revision", "member_id", "member")),
        ),
        index(
            "plan_revision_by_strategy",
            "plan_revision",
            &["strategy_id", "id"],
        ),
        index(
            "plan_revision_by_entity",
            "plan_revision",
            &["entity", "entity_id", "id"],
        ),
        backend.build(
            Table::create()
                .table("strategy_version")
                .col(id())
                .col(int("strategy_id"))
                .col(int("number"))
                .col(text("snapshot"))
                .col(key("reason"))
                .col(int("member_id"))
                .col(created_at())
                .foreign_key(&mut cascade("strategy_version", "strategy_id", "strategy"))
                .foreign_key(&mut cascade("strategy_version", "member_id", "member")),
        ),
        index(
            "strategy_version_by_strategy",
            "strategy_version",
            &["strategy_id", "number"],
        ),
        backend.build(
            Table::create()
                .table("feedback_round")
                .col(id())
                .col(int("strategy_id"))
                .col(ColumnDef::new("opens_on").string_len(10).not_null())
                .col(ColumnDef::new("closes_on").string_len(10).not_null())
                .col(int("opened_by"))
                .col(created_at())
                .col(moment("closed_at"))
                .foreign_key(&mut cascade("feedback_round", "strategy_id", "strategy"))
                .foreign_key(&mut cascade("feedback_round", "opened_by", "member")),
        ),
        backend.build(
            Table::create()
                .table("plan_comment")
                .col(id())
                .col(int("round_id"))
                .col(key("target").check(one_of("target", &PLAN_TARGETS)))
                .col(int("target_id"))
                .col(int("member_id"))
                .col(text("body"))
                .col(created_at())
                .col(
                    ColumnDef::new("resolution")
                        .string_len(40)
                        .null()
                        .check(one_of("resolution", &COMMENT_RESOLUTIONS)),
                )
                .col(maybe_text("reason"))
                .col(maybe_int("resolved_by"))
                .col(moment("resolved_at"))
                .foreign_key(&mut cascade("plan_comment", "round_id", "feedback_round"))
                .foreign_key(&mut cascade("plan_comment", "member_id", "member")),
        ),
        index("plan_comment_by_round", "plan_comment", &["round_id"]),
        backend.build(
            Table::create()
                .table("plan_follow")
                .col(int("member_id"))
                .col(key("target").check(one_of("target", &PLAN_TARGETS)))
                .col(int("target_id"))
                .primary_key(
                    Index::create()
                        .col("member_id")
                        .col("target")
                        .col("target_id"),
                )
                .foreign_key(&mut cascade("plan_follow", "member_id", "member")),
        ),
        index(
            "plan_follow_by_target",
            "plan_follow",
            &["target", "target_id"],
        ),
        backend.build(
            Table::create()
                .table("plan_notification")
                .col(id())
                .col(int("member_id"))
                .col(int("revision_id"))
                .col(created_at())
                .col(moment("read_at"))
                .col(moment("mailed_at"))
                .foreign_key(&mut cascade("plan_notification", "member_id", "member"))
                .foreign_key(&mut cascade(
                    "plan_notification",
                    "revision_id",
                    "plan_revision",
                )),
        ),
        index(
            "plan_notification_by_member",
            "plan_notification",
            &["member_id", "id"],
        ),
        backend.build(
            Table::create()
                .table("plan_presence")
                .col(
                    ColumnDef::new("visit")
                        .string_len(40)
                        .not_null()
                        .primary_key(),
                )
                .col(int("strategy_id"))
                .col(int("member_id"))
                .col(maybe_int("activity_id"))
                .col(
                    ColumnDef::new("seen_at")
                        .timestamp_with_time_zone()
                        .not_null(),
                )
                .foreign_key(&mut cascade("plan_presence", "strategy_id", "strategy"))
                .foreign_key(&mut cascade("plan_presence", "member_id", "member")),
        ),
        index(
            "plan_presence_by_strategy",
            "plan_presence",
            &["strategy_id"],
        ),
    ]
}
