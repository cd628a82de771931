//! An organisation's or a network's place in a network.

use sea_orm::entity::prelude::*;

use crate::vocabulary::MembershipLevel;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "membership")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub network_id: i32,
    /// Exactly one of `organisation_id` and `member_network_id` is set.
    pub organisation_id: Option<i32>,
    pub member_network_id: Option<i32>,
    pub level: MembershipLevel,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
