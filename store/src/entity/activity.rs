//! An activity of a strategy's action plan.

use sea_orm::entity::prelude::*;

use crate::vocabulary::ActivityStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "activity")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub strategy_id: i32,
    pub title: String,
    pub description: String,
    /// At most one of `owner_member_id` and `owner_organisation_id` is set.
    pub owner_member_id: Option<i32>,
    pub owner_organisation_id: Option<i32>,
    /// `YYYY-MM-DD`.
    pub start_on: Option<String>,
    pub due_on: Option<String>,
    pub status: ActivityStatus,
    /// From 0 to 100 %.
    pub progress: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::strategy::Entity",
        from = "Column::StrategyId",
        to = "super::strategy::Column::Id"
    )]
    Strategy,
    #[sea_orm(
        belongs_to = "super::member::Entity",
        from = "Column::OwnerMemberId",
        to = "super::member::Column::Id"
    )]
    OwnerMember,
    #[sea_orm(
        belongs_to = "super::organisation::Entity",
        from = "Column::OwnerOrganisationId",
        to = "super::organisation::Column::Id"
    )]
    OwnerOrganisation,
}

impl ActiveModelBehavior for ActiveModel {}
