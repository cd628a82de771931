//! One language's version of a resource: its title, summary (Markdown and
//! sanitised HTML) and link; its files are `resource_file` rows.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "resource_version")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub resource_id: i32,
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub summary_html: String,
    /// The language the resource was first written in (one per resource).
    pub original: bool,
    /// Where it is hosted, for a website or a video held elsewhere.
    pub link: Option<String>,
    /// Who added this version.
    pub member_id: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
