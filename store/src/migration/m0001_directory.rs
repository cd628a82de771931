//! Countries, networks, organisations, members and memberships.

use sea_orm::sea_query::{ColumnDef, Expr, ExprTrait, ForeignKey, ForeignKeyAction, Index, Table};

use super::column::{created_at, id, key, one_of, text};
use sea_orm::{DbBackend, Statement};

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    use crate::vocabulary::{MEMBERSHIP_LEVELS, NETWORK_KINDS, ORGANISATION_TYPES};
    let mut out = vec![
        backend.build(
            Table::create()
                .table("country")
                .col(
                    ColumnDef::new("code")
                        .string_len(2)
                        .not_null()
                        .primary_key(),
                )
                .col(text("endonym"))
                .col(key("locale"))
                .col(key("locales")),
        ),
        backend.build(
            Table::create()
                .table("network")
                .col(id())
                .col(
                    ColumnDef::new("slug")
                        .string_len(120)
                        .not_null()
                        .unique_key(),
                )
                .col(text("name"))
                .col(key("kind").check(one_of("kind", &NETWORK_KINDS)))
                .col(ColumnDef::new("country_code").string_len(2).null())
                .col(ColumnDef::new("city").text().null())
                .col(text("description"))
                .col(key("description_lang"))
                .col(created_at())
                .foreign_key(
                    ForeignKey::create()
                        .from("network", "country_code")
                        .to("country", "code"),
                ),
        ),
        backend.build(
            Table::create()
                .table("organisation")
                .col(id())
                .col(
                    ColumnDef::new("slug")
                        .string_len(160)
                        .not_null()
                        .unique_key(),
                )
                .col(text("name"))
                .col(
                    key("organisation_type")
                        .check(one_of("organisation_type", &ORGANISATION_TYPES)),
                )
                .col(ColumnDef::new("country_code").string_len(2).not_null())
                .col(text("city"))
                .col(ColumnDef::new("latitude").double().not_null())
                .col(ColumnDef::new("longitude").double().not_null())
                .col(text("description"))
                .col(key("description_lang"))
                .col(ColumnDef::new("website").text().null())
                .col(created_at())
                .foreign_key(
                    ForeignKey::create()
                        .from("organisation", "country_code")
                        .to("country", "code"),
                ),
        ),
    ];
    for (table, column) in [
        ("organisation_sector", "sector"),
        ("organisation_topic", "topic"),
        ("organisation_language", "language"),
    ] {
        out.push(
            backend.build(
                Table::create()
                    .table(table)
                    .col(ColumnDef::new("organisation_id").integer().not_null())
                    .col(key(column))
                    .primary_key(Index::create().col("organisation_id").col(column))
                    .foreign_key(
                        ForeignKey::create()
                            .from(table, "organisation_id")
                            .to("organisation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    ),
            ),
        );
        out.push(
            backend.build(
                Index::create()
                    .name(format!("{table}_by_{column}"))
                    .table(table)
                    .col(column)
                    .col("organisation_id"),
            ),
        );
    }
    out.extend([
        backend.build(
            Table::create()
                .table("member")
                .col(id())
                .col(ColumnDef::new("organisation_id").integer().not_null())
                .col(text("given_name"))
                .col(text("family_name"))
                .col(
                    ColumnDef::new("email")
                        .string_len(254)
                        .not_null()
                        .unique_key(),
                )
                .col(text("job_title"))
                .col(key("locale"))
                .col(created_at())
                .foreign_key(
                    ForeignKey::create()
                        .from("member", "organisation_id")
                        .to("organisation", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                ),
        ),
        backend.build(
            Table::create()
                .table("membership")
                .col(id())
                .col(ColumnDef::new("network_id").integer().not_null())
                .col(ColumnDef::new("organisation_id").integer().null())
                .col(ColumnDef::new("member_network_id").integer().null())
                .col(key("level").check(one_of("level", &MEMBERSHIP_LEVELS)))
                .col(created_at())
                .check(
                    Expr::col("organisation_id")
                        .is_null()
                        .ne(Expr::col("member_network_id").is_null()),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("membership", "network_id")
                        .to("network", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("membership", "organisation_id")
                        .to("organisation", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("membership", "member_network_id")
                        .to("network", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                ),
        ),
    ]);
    for (name, table, columns) in [
        (
            "organisation_by_country",
            "organisation",
            &["country_code", "name"][..],
        ),
        ("member_by_organisation", "member", &["organisation_id"][..]),
        (
            "membership_by_network",
            "membership",
            &["network_id", "level"][..],
        ),
        (
            "membership_by_organisation",
            "membership",
            &["organisation_id"][..],
        ),
        (
            "membership_by_member_network",
            "membership",
            &["member_network_id"][..],
        ),
        ("network_by_country", "network", &["country_code"][..]),
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
