//! Peer counselling: threads (a question and its replies), every version of
//! each post, follows, read markers, notifications, flags and moderation
//! decisions, and the threads' search index. Members choose how often the
//! notification digest is mailed.

use sea_orm::sea_query::{ColumnDef, Index, Table};
use sea_orm::{DbBackend, Statement};

use super::column::{cascade, created_at, id, key, one_of, text};
use crate::vocabulary::{DIGEST_FREQUENCIES, MODERATION_ACTIONS, NOTIFICATION_REASONS};

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    let int = |name: &'static str| ColumnDef::new(name).integer().not_null().take();
    let moment = |name: &'static str| {
        ColumnDef::new(name)
            .timestamp_with_time_zone()
            .null()
            .take()
    };
    let mut term = ColumnDef::new("term");
    term.string_len(100).not_null();
    if backend == DbBackend::Postgres {
        // Byte order, as SQLite compares, so that prefix ranges mean the same.
        term.extra("COLLATE \"C\"");
    }
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
            Table::alter().table("member").add_column(
                ColumnDef::new("digest")
                    .string_len(40)
                    .not_null()
                    .default("daily")
                    .check(one_of("digest", &DIGEST_FREQUENCIES)),
            ),
        ),
        backend.build(
            Table::alter()
                .table("member")
                .add_column(moment("digest_sent_at")),
        ),
        backend.build(
            Table::create()
                .table("thread")
                .col(id())
                .col(int("member_id"))
                .col(ColumnDef::new("network_id").integer().null())
                .col(text("title"))
                .col(key("topic"))
                .col(key("lang"))
                .col(created_at())
                .col(
                    ColumnDef::new("last_activity_at")
                        .timestamp_with_time_zone()
                        .not_null(),
                )
                .col(int("last_post_id").default(0))
                .col(int("reply_count").default(0))
                .col(ColumnDef::new("accepted_post_id").integer().null())
                .col(ColumnDef::new("hidden").boolean().not_null().default(false))
                .foreign_key(&mut cascade("thread", "member_id", "member"))
                .foreign_key(&mut cascade("thread", "network_id", "network")),
        ),
        index("thread_by_activity", "thread", &["last_activity_at", "id"]),
        index("thread_by_network", "thread", &["network_id"]),
        backend.build(
            Table::create()
                .table("post")
                .col(id())
                .col(int("thread_id"))
                .col(int("member_id"))
                .col(text("body"))
                .col(text("body_html"))
                .col(key("lang"))
                .col(created_at())
                .col(moment("edited_at"))
                .col(ColumnDef::new("hidden_reason").text().null())
                .foreign_key(&mut cascade("post", "thread_id", "thread"))
                .foreign_key(&mut cascade("post", "member_id", "member")),
        ),
        index("post_by_thread", "post", &["thread_id", "id"]),
        backend.build(
            Table::create()
                .table("post_revision")
                .col(id())
                .col(int("post_id"))
                .col(int("member_id"))
                .col(text("body"))
                .col(created_at())
                .foreign_key(&mut cascade("post_revision", "post_id", "post"))
                .foreign_key(&mut cascade("post_revision", "member_id", "member")),
        ),
        index("post_revision_by_post", "post_revision", &["post_id", "id"]),
        backend.build(
            Table::create()
                .table("thread_follow")
                .col(int("member_id"))
                .col(int("thread_id"))
                .primary_key(Index::create().col("member_id").col("thread_id"))
                .foreign_key(&mut cascade("thread_follow", "member_id", "member"))
                .foreign_key(&mut cascade("thread_follow", "thread_id", "thread")),
        ),
        index("thread_follow_by_thread", "thread_follow", &["thread_id"]),
        backend.build(
            Table::create()
                .table("topic_follow")
                .col(int("member_id"))
                .col(key("topic"))
                .primary_key(Index::create().col("member_id").col("topic"))
                .foreign_key(&mut cascade("topic_follow", "member_id", "member")),
        ),
        backend.build(
            Table::create()
                .table("thread_read")
                .col(int("member_id"))
                .col(int("thread_id"))
                .col(int("last_post_id"))
                .primary_key(Index::create().col("member_id").col("thread_id"))
                .foreign_key(&mut cascade("thread_read", "member_id", "member"))
                .foreign_key(&mut cascade("thread_read", "thread_id", "thread")),
        ),
        backend.build(
            Table::create()
                .table("notification")
                .col(id())
                .col(int("member_id"))
                .col(int("thread_id"))
                .col(int("post_id"))
                .col(key("reason").check(one_of("reason", &NOTIFICATION_REASONS)))
                .col(created_at())
                .col(moment("read_at"))
                .col(moment("mailed_at"))
                .foreign_key(&mut cascade("notification", "member_id", "member"))
                .foreign_key(&mut cascade("notification", "thread_id", "thread"))
                .foreign_key(&mut cascade("notification", "post_id", "post")),
        ),
        index(
            "notification_by_member",
            "notification",
            &["member_id", "id"],
        ),
        backend.build(
            Table::create()
                .table("flag")
                .col(id())
                .col(int("post_id"))
                .col(int("member_id"))
                .col(text("reason"))
                .col(created_at())
                .col(moment("resolved_at"))
                .foreign_key(&mut cascade("flag", "post_id", "post"))
                .foreign_key(&mut cascade("flag", "member_id", "member")),
        ),
        index("flag_by_post", "flag", &["post_id"]),
        backend.build(
            Table::create()
                .table("moderation")
                .col(id())
                .col(int("post_id"))
                .col(int("member_id"))
                .col(key("action").check(one_of("action", &MODERATION_ACTIONS)))
                .col(text("reason"))
                .col(created_at())
                .foreign_key(&mut cascade("moderation", "post_id", "post"))
                .foreign_key(&mut cascade("moderation", "member_id", "member")),
        ),
        backend.build(
            Table::create()
                .table("thread_term")
                .col(term)
                .col(int("thread_id"))
                .col(ColumnDef::new("weight").small_integer().not_null())
                .primary_key(Index::create().col("term").col("thread_id"))
                .foreign_key(&mut cascade("thread_term", "thread_id", "thread")),
        ),
        index("thread_term_by_thread", "thread_term", &["thread_id"]),
    ]
}
