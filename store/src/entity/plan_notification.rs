//! A revision a member is told of, because they follow what it changed.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_notification")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub member_id: i32,
    pub revision_id: i32,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
    /// Set when it went out in a digest.
    pub mailed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::plan_revision::Entity",
        from = "Column::RevisionId",
        to = "super::plan_revision::Column::Id"
    )]
    Revision,
}

impl ActiveModelBehavior for ActiveModel {}
