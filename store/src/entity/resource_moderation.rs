//! A moderator's decision about a resource, with its reason; every one is kept.

use sea_orm::entity::prelude::*;

use crate::vocabulary::ModerationAction;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "resource_moderation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub resource_id: i32,
    /// The moderator.
    pub member_id: i32,
    pub action: ModerationAction,
    pub reason: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
