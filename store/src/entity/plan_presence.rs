//! An open page of a plan (a visit) while its live connection lasts.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_presence")]
pub struct Model {
    /// A random key per open page.
    #[sea_orm(primary_key, auto_increment = false)]
    pub visit: String,
    pub strategy_id: i32,
    pub member_id: i32,
    /// The activity whose form the page has open.
    pub activity_id: Option<i32>,
    /// Renewed while the connection lasts.
    pub seen_at: DateTimeUtc,
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
