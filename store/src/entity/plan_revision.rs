//! One accepted change to a plan: a field's value before and after, or
//! something created (`field` = `created`, `after` its name).

use sea_orm::entity::prelude::*;

use crate::vocabulary::PlanEntity;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_revision")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub strategy_id: i32,
    pub entity: PlanEntity,
    pub entity_id: i32,
    /// A field's key (`plans::fields::Field::key`), `status` (the strategy's stage) or `created`.
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub member_id: i32,
    pub created_at: DateTimeUtc,
    /// The revision whose value this one brought back.
    pub restores: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::member::Entity",
        from = "Column::MemberId",
        to = "super::member::Column::Id"
    )]
    Member,
    /// The activity a revision of an activity is about (no foreign key: `entity_id`
    /// names a row of the table `entity` says).
    #[sea_orm(
        belongs_to = "super::activity::Entity",
        from = "Column::EntityId",
        to = "super::activity::Column::Id"
    )]
    Activity,
}

impl ActiveModelBehavior for ActiveModel {}
