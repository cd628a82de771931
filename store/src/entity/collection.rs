//! A toolbox: an ordered list of resources for a topic or a network,
//! assembled by facilitators.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "collection")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Who assembled it.
    pub member_id: i32,
    pub network_id: Option<i32>,
    pub topic: Option<crate::vocabulary::Topic>,
    pub lang: String,
    pub title: String,
    pub description: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
