//! What the directory's editors need: partnerships organisations offer and
//! seek (with topics and countries), members' expertise, and CSV imports
//! waiting for confirmation. Organisations lose their coordinates, which
//! nothing showed (the map shades countries).

use sea_orm::sea_query::{ColumnDef, Index, Table};
use sea_orm::{DbBackend, Statement};

use super::column::{cascade, created_at, id, key, one_of, text};
use crate::vocabulary::{PARTNERSHIP_DIRECTIONS, PARTNERSHIP_KINDS};

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    // A table of (owner, value) pairs, both the key.
    let pair = |table: &'static str, owner: &'static str, to: &'static str, value: &'static str| {
        backend.build(
            Table::create()
                .table(table)
                .col(ColumnDef::new(owner).integer().not_null())
                .col(key(value))
                .primary_key(Index::create().col(owner).col(value))
                .foreign_key(&mut cascade(table, owner, to)),
        )
    };
    vec![
        backend.build(Table::alter().table("organisation").drop_column("latitude")),
        backend.build(
            Table::alter()
                .table("organisation")
                .drop_column("longitude"),
        ),
        backend.build(
            Table::create()
                .table("partnership")
                .col(id())
                .col(ColumnDef::new("organisation_id").integer().not_null())
                .col(key("direction").check(one_of("direction", &PARTNERSHIP_DIRECTIONS)))
                .col(key("kind").check(one_of("kind", &PARTNERSHIP_KINDS)))
                .col(text("description"))
                .col(key("description_lang"))
                .col(created_at())
                .foreign_key(&mut cascade(
                    "partnership",
                    "organisation_id",
                    "organisation",
                )),
        ),
        backend.build(
            Index::create()
                .name("partnership_by_kind")
                .table("partnership")
                .col("kind")
                .col("direction"),
        ),
        backend.build(
            Index::create()
                .name("partnership_by_organisation")
                .table("partnership")
                .col("organisation_id"),
        ),
        backend.build(
            Index::create()
                .name("partnership_by_created")
                .table("partnership")
                .col("created_at")
                .col("id"),
        ),
        // The list's "newest first" walks this (by name: `organisation_by_name`).
        backend.build(
            Index::create()
                .name("organisation_by_created")
                .table("organisation")
                .col("created_at")
                .col("id"),
        ),
        pair(
            "partnership_topic",
            "partnership_id",
            "partnership",
            "topic",
        ),
        pair(
            "partnership_country",
            "partnership_id",
            "partnership",
            "country_code",
        ),
        pair("member_expertise", "member_id", "member", "topic"),
        backend.build(
            Table::create()
                .table("import_batch")
                .col(id())
                .col(ColumnDef::new("member_id").integer().not_null())
                .col(ColumnDef::new("network_id").integer().not_null())
                .col(text("file_name"))
                .col(text("content"))
                .col(created_at())
                .col(
                    ColumnDef::new("applied_at")
                        .timestamp_with_time_zone()
                        .null(),
                )
                .col(
                    ColumnDef::new("applied_rows")
                        .integer()
                        .not_null()
                        .default(0),
                )
                .foreign_key(&mut cascade("import_batch", "member_id", "member"))
                .foreign_key(&mut cascade("import_batch", "network_id", "network")),
        ),
    ]
}
