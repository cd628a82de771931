//! The library: stored files (one row per distinct content, by its hash, with
//! what was read from it), resources with their topics, sectors and
//! countries, a language version per language, every uploaded file of a
//! version, collections of resources, where a resource is attached, reports
//! and moderation decisions, and the library's search index.

use sea_orm::sea_query::{ColumnDef, Index, Table};
use sea_orm::{DbBackend, Statement};

use super::column::{cascade, created_at, id, index, key, one_of, term, text};
use crate::vocabulary::{
    AUDIENCES, LICENCES, MODERATION_ACTIONS, RESOURCE_KINDS, RESOURCE_STATUSES, SECTORS, TOPICS,
    VISIBILITIES,
};

pub fn statements(backend: DbBackend) -> Vec<Statement> {
    let int = |name: &'static str| ColumnDef::new(name).integer().not_null().take();
    let maybe_int = |name: &'static str| ColumnDef::new(name).integer().null().take();
    let maybe_text = |name: &'static str| ColumnDef::new(name).text().null().take();
    let flag = |name: &'static str| ColumnDef::new(name).boolean().not_null().take();
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
    vec![
        backend.build(
            Table::create()
                .table("stored_file")
                .col(id())
                .col(
                    ColumnDef::new("hash")
                        .string_len(64)
                        .not_null()
                        .unique_key(),
                )
                .col(ColumnDef::new("size").big_integer().not_null())
                .col(text("media_type"))
                .col(maybe_text("meta_title"))
                .col(maybe_text("meta_author"))
                .col(ColumnDef::new("meta_lang").string_len(40).null())
                .col(maybe_int("pages"))
                .col(text("text"))
                .col(created_at()),
        ),
        backend.build(
            Table::create()
                .table("resource")
                .col(id())
                .col(int("member_id"))
                .col(maybe_int("organisation_id"))
                .col(maybe_int("network_id"))
                .col(key("kind").check(one_of("kind", &RESOURCE_KINDS)))
                .col(key("audience").check(one_of("audience", &AUDIENCES)))
                .col(key("licence").check(one_of("licence", &LICENCES)))
                .col(text("author"))
                .col(key("visibility").check(one_of("visibility", &VISIBILITIES)))
                .col(key("status").check(one_of("status", &RESOURCE_STATUSES)))
                .col(maybe_text("hidden_reason"))
                .col(created_at())
                .col(moment("updated_at"))
                .foreign_key(&mut cascade("resource", "member_id", "member"))
                .foreign_key(&mut cascade("resource", "organisation_id", "organisation"))
                .foreign_key(&mut cascade("resource", "network_id", "network")),
        ),
        index("resource_by_update", "resource", &["updated_at"]),
        index("resource_by_network", "resource", &["network_id"]),
        backend.build(
            Table::create()
                .table("resource_topic")
                .col(int("resource_id"))
                .col(key("topic").check(one_of("topic", &TOPICS)))
                .primary_key(Index::create().col("resource_id").col("topic"))
                .foreign_key(&mut cascade("resource_topic", "resource_id", "resource")),
        ),
        index("resource_topic_by_topic", "resource_topic", &["topic"]),
        backend.build(
            Table::create()
                .table("resource_sector")
                .col(int("resource_id"))
                .col(key("sector").check(one_of("sector", &SECTORS)))
                .primary_key(Index::create().col("resource_id").col("sector"))
                .foreign_key(&mut cascade("resource_sector", "resource_id", "resource")),
        ),
        index("resource_sector_by_sector", "resource_sector", &["sector"]),
        backend.build(
            Table::create()
                .table("resource_country")
                .col(int("resource_id"))
                .col(ColumnDef::new("country_code").string_len(2).not_null())
                .primary_key(Index::create().col("resource_id").col("country_code"))
                .foreign_key(&mut cascade("resource_country", "resource_id", "resource")),
        ),
        index(
            "resource_country_by_country",
            "resource_country",
            &["country_code"],
        ),
        backend.build(
            Table::create()
                .table("resource_version")
                .col(id())
                .col(int("resource_id"))
                .col(key("lang"))
                .col(text("title"))
                .col(text("summary"))
                .col(text("summary_html"))
                .col(flag("original"))
                .col(maybe_text("link"))
                .col(int("member_id"))
                .col(created_at())
                .col(moment("updated_at"))
                .foreign_key(&mut cascade("resource_version", "resource_id", "resource"))
                .foreign_key(&mut cascade("resource_version", "member_id", "member")),
        ),
        backend.build(
            Index::create()
                .name("resource_version_per_language")
                .table("resource_version")
                .col("resource_id")
                .col("lang")
                .unique(),
        ),
        index(
            "resource_version_by_language",
            "resource_version",
            &["lang"],
        ),
        backend.build(
            Table::create()
                .table("resource_file")
                .col(id())
                .col(int("version_id"))
                .col(int("stored_file_id"))
                .col(text("file_name"))
                .col(int("member_id"))
                .col(created_at())
                .foreign_key(&mut cascade(
                    "resource_file",
                    "version_id",
                    "resource_version",
                ))
                .foreign_key(&mut cascade(
                    "resource_file",
                    "stored_file_id",
                    "stored_file",
                ))
                .foreign_key(&mut cascade("resource_file", "member_id", "member")),
        ),
        index(
            "resource_file_by_version",
            "resource_file",
            &["version_id", "id"],
        ),
        index(
            "resource_file_by_content",
            "resource_file",
            &["stored_file_id"],
        ),
        backend.build(
            Table::create()
                .table("resource_term")
                .col(term(backend))
                .col(int("resource_id"))
                .col(ColumnDef::new("weight").small_integer().not_null())
                .primary_key(Index::create().col("term").col("resource_id"))
                .foreign_key(&mut cascade("resource_term", "resource_id", "resource")),
        ),
        index(
            "resource_term_by_resource",
            "resource_term",
            &["resource_id"],
        ),
        backend.build(
            Table::create()
                .table("collection")
                .col(id())
                .col(int("member_id"))
                .col(maybe_int("network_id"))
                .col(ColumnDef::new("topic").string_len(40).null())
                .col(key("lang"))
                .col(text("title"))
                .col(text("description"))
                .col(created_at())
                .col(moment("updated_at"))
                .foreign_key(&mut cascade("collection", "member_id", "member"))
                .foreign_key(&mut cascade("collection", "network_id", "network")),
        ),
        backend.build(
            Table::create()
                .table("collection_item")
                .col(id())
                .col(int("collection_id"))
                .col(int("resource_id"))
                .col(int("position"))
                .col(text("note"))
                .foreign_key(&mut cascade(
                    "collection_item",
                    "collection_id",
                    "collection",
                ))
                .foreign_key(&mut cascade("collection_item", "resource_id", "resource")),
        ),
        index(
            "collection_item_by_collection",
            "collection_item",
            &["collection_id", "position"],
        ),
        index(
            "collection_item_by_resource",
            "collection_item",
            &["resource_id"],
        ),
        backend.build(
            Table::create()
                .table("resource_attachment")
                .col(id())
                .col(int("resource_id"))
                .col(maybe_int("post_id"))
                .col(maybe_int("activity_id"))
                .col(int("member_id"))
                .col(created_at())
                .foreign_key(&mut cascade(
                    "resource_attachment",
                    "resource_id",
                    "resource",
                ))
                .foreign_key(&mut cascade("resource_attachment", "post_id", "post"))
                .foreign_key(&mut cascade(
                    "resource_attachment",
                    "activity_id",
                    "activity",
                ))
                .foreign_key(&mut cascade("resource_attachment", "member_id", "member")),
        ),
        index(
            "resource_attachment_by_resource",
            "resource_attachment",
            &["resource_id"],
        ),
        index(
            "resource_attachment_by_post",
            "resource_attachment",
            &["post_id"],
        ),
        index(
            "resource_attachment_by_activity",
            "resource_attachment",
            &["activity_id"],
        ),
        backend.build(
            Table::create()
                .table("resource_flag")
                .col(id())
                .col(int("resource_id"))
                .col(int("member_id"))
                .col(text("reason"))
                .col(created_at())
                .col(maybe_moment("resolved_at"))
                .foreign_key(&mut cascade("resource_flag", "resource_id", "resource"))
                .foreign_key(&mut cascade("resource_flag", "member_id", "member")),
        ),
        index(
            "resource_flag_by_resource",
            "resource_flag",
            &["resource_id"],
        ),
        backend.build(
            Table::create()
                .table("resource_moderation")
                .col(id())
                .col(int("resource_id"))
                .col(int("member_id"))
                .col(key("action").check(one_of("action", &MODERATION_ACTIONS)))
                .col(text("reason"))
                .col(created_at())
                .foreign_key(&mut cascade(
                    "resource_moderation",
                    "resource_id",
                    "resource",
                ))
                .foreign_key(&mut cascade("resource_moderation", "member_id", "member")),
        ),
        backend.build(
            Table::alter().table("network").add_column(
                ColumnDef::new("library_review")
                    .boolean()
                    .not_null()
                    .default(false),
            ),
        ),
    ]
}
