//! A kept version of a strategy: its texts and aspirations at that moment, as JSON.

use sea_orm::entity::prelude::*;

use crate::vocabulary::VersionReason;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "strategy_version")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub strategy_id: i32,
    /// 1, 2, … per strategy.
    pub number: i32,
    /// A `plans::rounds::Snapshot` as JSON.
    pub snapshot: String,
    pub reason: VersionReason,
    pub member_id: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::member::Entity",
        from = "Column::MemberId",
        to = "super::member::Column::Id"
    )]
    Member,
}

impl ActiveModelBehavior for ActiveModel {}
