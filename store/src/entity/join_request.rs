//! A visitor's request to join a network, decided by its facilitators.

use sea_orm::entity::prelude::*;

use crate::vocabulary::JoinRequestStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "join_request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub network_id: i32,
    pub organisation_id: i32,
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub message: String,
    pub locale: String,
    pub status: JoinRequestStatus,
    pub created_at: DateTimeUtc,
    pub decided_by: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
