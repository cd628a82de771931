//! Events and working groups: groups with their leaders (the history kept)
//! and members, series of events, events (the instant and the zone of their
//! wall times), their languages, agenda, materials and, for peer-learning
//! sessions, the questions and each group's answers; registrations, the
//! secret addresses of personal calendars, and threads of a group.

use sea_orm::sea_query::{Alias, ColumnDef, Index, Table};
use sea_orm::{DbBackend, Statement};

use super::column::{cascade, created_at, id, index, key, one_of, text};
use crate::vocabulary::{
    ADMISSIONS, ATTENDANCES, EVENT_KINDS, EVENT_STATUSES, GROUP_STANDINGS, GROUP_VISIBILITIES,
    RECURRENCES, TOPICS, VISIBILITIES,
};

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    let int = |name: &'static str| ColumnDef::new(name).integer().not_null().take();
    let maybe_int = |name: &'static str| ColumnDef::new(name).integer().null().take();
    let maybe_text = |name: &'static str| ColumnDef::new(name).text().null().take();
    let day = |name: &'static str| ColumnDef::new(name).string_len(10).not_null().take();
    let maybe_day = |name: &'static str| ColumnDef::new(name).string_len(10).null().take();
    let moment = |name: &'static str| {
        ColumnDef::new(name)
            .timestamp_with_time_zone()
            .not_null()
            .take()
    };
    let maybe_moment = |name: &'static str| {
        ColumnDef::new(name)
            .timestamp_with_time_zone()
            .null()
            .take()
    };
    let index = |name, table, columns: &[&'static str]| index(backend, name, table, columns);
    let unique = |name: &'static str, table: &'static str, columns: &[&'static str]| {
        let mut index = Index::create();
        index.name(name).table(table).unique();
        for column in columns {
            index.col(*column);
        }
        backend.build(&index)
    };
    vec![
        backend.build(
            Table::create()
                .table("working_group")
                .col(id())
                .col(
                    ColumnDef::new("slug")
                        .string_len(100)
                        .not_null()
                        .unique_key(),
                )
                .col(maybe_int("network_id"))
                .col(
                    ColumnDef::new("topic")
                        .string_len(40)
                        .null()
                        .check(one_of("topic", &TOPICS)),
                )
                .col(key("lang"))
                .col(text("title"))
                .col(text("purpose"))
                .col(text("deliverables"))
                .col(day("starts_on"))
                .col(maybe_day("ends_on"))
                .col(key("admission").check(one_of("admission", &ADMISSIONS)))
                .col(key("visibility").check(one_of("visibility", &GROUP_VISIBILITIES)))
                .col(int("created_by"))
                .col(created_at())
                .col(moment("updated_at"))
                .foreign_key(&mut cascade("working_group", "network_id", "network"))
                .foreign_key(&mut cascade("working_group", "created_by", "member")),
        ),
        index("working_group_by_network", "working_group", &["network_id"]),
        backend.build(
            Table::create()
                .table("group_leader")
                .col(id())
                .col(int("group_id"))
                .col(int("member_id"))
                .col(moment("since"))
                .col(maybe_moment("until"))
                .foreign_key(&mut cascade("group_leader", "group_id", "working_group"))
                .foreign_key(&mut cascade("group_leader", "member_id", "member")),
        ),
        index(
            "group_leader_by_group",
            "group_leader",
            &["group_id", "until"],
        ),
        backend.build(
            Table::create()
                .table("group_member")
                .col(int("group_id"))
                .col(int("member_id"))
                .col(key("standing").check(one_of("standing", &GROUP_STANDINGS)))
                .col(moment("since"))
                .primary_key(Index::create().col("group_id").col("member_id"))
                .foreign_key(&mut cascade("group_member", "group_id", "working_group"))
                .foreign_key(&mut cascade("group_member", "member_id", "member")),
        ),
        index("group_member_by_member", "group_member", &["member_id"]),
        backend.build(
            Table::create()
                .table("event_series")
                .col(id())
                .col(
                    ColumnDef::new("uid")
                        .string_len(100)
                        .not_null()
                        .unique_key(),
                )
                .col(key("recurrence").check(one_of("recurrence", &RECURRENCES)))
                .col(day("until"))
                .col(key("time_zone"))
                .col(ColumnDef::new("sequence").integer().not_null().default(0))
                .col(created_at()),
        ),
        backend.build(
            Table::create()
                .table("event")
                .col(id())
                .col(
                    ColumnDef::new("uid")
                        .string_len(100)
                        .not_null()
                        .unique_key(),
                )
                .col(maybe_int("series_id"))
                .col(maybe_moment("original_start"))
                .col(key("kind").check(one_of("kind", &EVENT_KINDS)))
                .col(key("lang"))
                .col(text("title"))
                .col(text("description"))
                .col(text("description_html"))
                .col(maybe_int("network_id"))
                .col(maybe_int("group_id"))
                .col(maybe_int("host_organisation_id"))
                .col(key("time_zone"))
                .col(moment("starts_at"))
                .col(moment("ends_at"))
                .col(maybe_text("online_url"))
                .col(maybe_text("venue"))
                .col(maybe_text("address"))
                .col(ColumnDef::new("country_code").string_len(2).null())
                .col(key("visibility").check(one_of("visibility", &VISIBILITIES)))
                .col(key("admission").check(one_of("admission", &ADMISSIONS)))
                .col(maybe_int("capacity"))
                .col(key("status").check(one_of("status", &EVENT_STATUSES)))
                .col(ColumnDef::new("sequence").integer().not_null().default(0))
                .col(maybe_text("recording_url"))
                .col(int("created_by"))
                .col(created_at())
                .col(moment("updated_at"))
                .foreign_key(&mut cascade("event", "series_id", "event_series"))
                .foreign_key(&mut cascade("event", "network_id", "network"))
                .foreign_key(&mut cascade("event", "group_id", "working_group"))
                .foreign_key(&mut cascade(
                    "event",
                    "host_organisation_id",
                    "organisation",
                ))
                .foreign_key(&mut cascade("event", "created_by", "member")),
        ),
        index("event_by_start", "event", &["starts_at"]),
        index("event_by_network", "event", &["network_id", "starts_at"]),
        index("event_by_group", "event", &["group_id", "starts_at"]),
        index("event_by_series", "event", &["series_id", "starts_at"]),
        backend.build(
            Table::create()
                .table("event_language")
                .col(int("event_id"))
                .col(key("lang"))
                .primary_key(Index::create().col("event_id").col("lang"))
                .foreign_key(&mut cascade("event_language", "event_id", "event")),
        ),
        backend.build(
            Table::create()
                .table("event_session")
                .col(id())
                .col(int("event_id"))
                .col(moment("starts_at"))
                .col(moment("ends_at"))
                .col(text("title"))
                .col(text("speakers"))
                .foreign_key(&mut cascade("event_session", "event_id", "event")),
        ),
        index(
            "event_session_by_event",
            "event_session",
            &["event_id", "starts_at"],
        ),
        backend.build(
            Table::create()
                .table("event_material")
                .col(id())
                .col(int("event_id"))
                .col(text("title"))
                .col(maybe_text("link"))
                .col(maybe_int("resource_id"))
                .col(created_at())
                .foreign_key(&mut cascade("event_material", "event_id", "event"))
                .foreign_key(&mut cascade("event_material", "resource_id", "resource")),
        ),
        index("event_material_by_event", "event_material", &["event_id"]),
        backend.build(
            Table::create()
                .table("event_question")
                .col(id())
                .col(int("event_id"))
                .col(int("position"))
                .col(text("text"))
                .foreign_key(&mut cascade("event_question", "event_id", "event")),
        ),
        index(
            "event_question_by_event",
            "event_question",
            &["event_id", "position"],
        ),
        backend.build(
            Table::create()
                .table("event_answer")
                .col(id())
                .col(int("question_id"))
                .col(text("discussion_group"))
                .col(text("answer"))
                .col(text("conclusions"))
                .col(int("member_id"))
                .col(created_at())
                .foreign_key(&mut cascade(
                    "event_answer",
                    "question_id",
                    "event_question",
                ))
                .foreign_key(&mut cascade("event_answer", "member_id", "member")),
        ),
        index("event_answer_by_question", "event_answer", &["question_id"]),
        backend.build(
            Table::create()
                .table("registration")
                .col(id())
                .col(int("event_id"))
                .col(int("member_id"))
                .col(key("attendance").check(one_of("attendance", &ATTENDANCES)))
                .col(text("access_needs"))
                .col(maybe_moment("reminded_day_for"))
                .col(maybe_moment("reminded_hour_for"))
                .col(created_at())
                .col(moment("updated_at"))
                .foreign_key(&mut cascade("registration", "event_id", "event"))
                .foreign_key(&mut cascade("registration", "member_id", "member")),
        ),
        unique(
            "registration_per_member",
            "registration",
            &["event_id", "member_id"],
        ),
        index(
            "registration_by_standing",
            "registration",
            &["event_id", "attendance", "updated_at"],
        ),
        index("registration_by_member", "registration", &["member_id"]),
        backend.build(
            Table::create()
                .table("calendar_token")
                .col(id())
                .col(int("member_id"))
                .col(
                    ColumnDef::new("token_hash")
                        .string_len(64)
                        .not_null()
                        .unique_key(),
                )
                .col(created_at())
                .col(maybe_moment("revoked_at"))
                .foreign_key(&mut cascade("calendar_token", "member_id", "member")),
        ),
        index("calendar_token_by_member", "calendar_token", &["member_id"]),
        backend.build(
            Table::alter()
                .table("thread")
                .add_column(ColumnDef::new(Alias::new("group_id")).integer().null()),
        ),
        index("thread_by_group", "thread", &["group_id"]),
    ]
}
