//! A thread's question or one of its replies, in Markdown and as sanitised HTML.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "post")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub thread_id: i32,
    /// The author.
    pub member_id: i32,
    pub body: String,
    pub body_html: String,
    pub lang: String,
    pub created_at: DateTimeUtc,
    pub edited_at: Option<DateTimeUtc>,
    /// Set when a moderator hid it: why.
    pub hidden_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
