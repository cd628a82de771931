//! Accounts: a member's password and roles, sessions, single-use tickets
//! (invitations, password resets, e-mail changes), requests to join a network,
//! and the audit log of security events.

use sea_orm::sea_query::{ColumnDef, ForeignKey, ForeignKeyAction, Index, Table};
use sea_orm::{DbBackend, Statement};

use super::column::{cascade, created_at, id, key, one_of, text};
use crate::vocabulary::{JOIN_REQUEST_STATUSES, ROLES, TICKET_PURPOSES};

fn at(name: &'static str) -> ColumnDef {
    ColumnDef::new(name)
        .timestamp_with_time_zone()
        .not_null()
        .take()
}

fn at_or_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name)
        .timestamp_with_time_zone()
        .null()
        .take()
}

fn hash_key() -> ColumnDef {
    ColumnDef::new("id")
        .string_len(64)
        .not_null()
        .primary_key()
        .take()
}

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    let mut out = vec![
        backend.build(
            Table::alter()
                .table("member")
                .add_column(ColumnDef::new("password_hash").text().null()),
        ),
        backend.build(
            Table::alter().table("member").add_column(
                ColumnDef::new("coordinator")
                    .boolean()
                    .not_null()
                    .default(false),
            ),
        ),
        backend.build(
            Table::create()
                .table("member_language")
                .col(ColumnDef::new("member_id").integer().not_null())
                .col(key("language"))
                .primary_key(Index::create().col("member_id").col("language"))
                .foreign_key(&mut cascade("member_language", "member_id", "member")),
        ),
        backend.build(
            Table::create()
                .table("facilitator")
                .col(ColumnDef::new("member_id").integer().not_null())
                .col(ColumnDef::new("network_id").integer().not_null())
                .col(created_at())
                .primary_key(Index::create().col("member_id").col("network_id"))
                .foreign_key(&mut cascade("facilitator", "member_id", "member"))
                .foreign_key(&mut cascade("facilitator", "network_id", "network")),
        ),
        backend.build(
            Table::create()
                .table("session")
                .col(hash_key())
                .col(ColumnDef::new("member_id").integer().not_null())
                .col(created_at())
                .col(at("last_seen_at"))
                .foreign_key(&mut cascade("session", "member_id", "member")),
        ),
        backend.build(
            Table::create()
                .table("ticket")
                .col(hash_key())
                .col(key("purpose").check(one_of("purpose", &TICKET_PURPOSES)))
                .col(ColumnDef::new("email").string_len(254).not_null())
                .col(ColumnDef::new("member_id").integer().null())
                .col(ColumnDef::new("organisation_id").integer().null())
                .col(ColumnDef::new("network_id").integer().null())
                .col(key("role").check(one_of("role", &ROLES)))
                .col(key("locale"))
                .col(ColumnDef::new("created_by").integer().null())
                .col(created_at())
                .col(at("expires_at"))
                .col(at_or_null("used_at"))
                .foreign_key(&mut cascade("ticket", "member_id", "member"))
                .foreign_key(&mut cascade("ticket", "organisation_id", "organisation"))
                .foreign_key(&mut cascade("ticket", "network_id", "network"))
                .foreign_key(
                    ForeignKey::create()
                        .from("ticket", "created_by")
                        .to("member", "id")
                        .on_delete(ForeignKeyAction::SetNull),
                ),
        ),
        backend.build(
            Table::create()
                .table("join_request")
                .col(id())
                .col(ColumnDef::new("network_id").integer().not_null())
                .col(ColumnDef::new("organisation_id").integer().not_null())
                .col(text("given_name"))
                .col(text("family_name"))
                .col(ColumnDef::new("email").string_len(254).not_null())
                .col(text("message"))
                .col(key("locale"))
                .col(key("status").check(one_of("status", &JOIN_REQUEST_STATUSES)))
                .col(created_at())
                .col(ColumnDef::new("decided_by").integer().null())
                .col(at_or_null("decided_at"))
                .foreign_key(&mut cascade("join_request", "network_id", "network"))
                .foreign_key(&mut cascade(
                    "join_request",
                    "organisation_id",
                    "organisation",
                ))
                .foreign_key(
                    ForeignKey::create()
                        .from("join_request", "decided_by")
                        .to("member", "id")
                        .on_delete(ForeignKeyAction::SetNull),
                ),
        ),
        // No foreign keys: the log outlives the accounts it names.
        backend.build(
            Table::create()
                .table("audit_event")
                .col(id())
                .col(created_at())
                .col(key("kind"))
                .col(ColumnDef::new("actor_id").integer().null())
                .col(ColumnDef::new("subject_id").integer().null())
                .col(ColumnDef::new("network_id").integer().null())
                .col(ColumnDef::new("ip").string_len(64).null())
                .col(text("detail")),
        ),
    ];
    for (name, table, columns) in [
        ("session_by_member", "session", &["member_id"][..]),
        ("ticket_by_email", "ticket", &["email", "purpose"][..]),
        (
            "join_request_by_network",
            "join_request",
            &["network_id", "status"][..],
        ),
        ("audit_event_by_time", "audit_event", &["created_at"][..]),
        ("facilitator_by_network", "facilitator", &["network_id"][..]),
    ] {
        let mut index = Index::create();
        index.name(name).table(table);
        for column in columns {
            index.col(*column);
        }
        out.push(backend.build(&index));
    }
    out
}
