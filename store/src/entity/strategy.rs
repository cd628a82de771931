//! A network's strategy for a period: vision, mission and where it stands.

use sea_orm::entity::prelude::*;

use crate::vocabulary::StrategyStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "strategy")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub network_id: i32,
    pub title: String,
    /// The first and last year of the period.
    pub period_start: i32,
    pub period_end: i32,
    pub vision: String,
    pub mission: String,
    pub status: StrategyStatus,
    /// How many changes were made to it: taking its write lock counts one up.
    pub edits: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::network::Entity",
        from = "Column::NetworkId",
        to = "super::network::Column::Id"
    )]
    Network,
}

impl ActiveModelBehavior for ActiveModel {}
