//! A member's comment in a feedback round, and what a facilitator decided about it.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{CommentResolution, PlanTarget};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_comment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub round_id: i32,
    pub target: PlanTarget,
    pub target_id: i32,
    pub member_id: i32,
    pub body: String,
    pub created_at: DateTimeUtc,
    /// Set, with `reason`, `resolved_by` and `resolved_at`, once resolved.
    pub resolution: Option<CommentResolution>,
    pub reason: Option<String>,
    pub resolved_by: Option<i32>,
    pub resolved_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::feedback_round::Entity",
        from = "Column::RoundId",
        to = "super::feedback_round::Column::Id"
    )]
    Round,
    #[sea_orm(
        belongs_to = "super::member::Entity",
        from = "Column::MemberId",
        to = "super::member::Column::Id"
    )]
    Member,
}

impl ActiveModelBehavior for ActiveModel {}
