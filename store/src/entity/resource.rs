//! An item of the library: what it is, whom it is for, where it comes from,
//! its licence and who may see it. Its titles and files are in its language versions.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{Audience, Licence, ResourceKind, ResourceStatus, Visibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "resource")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Who added it: its owner.
    pub member_id: i32,
    pub organisation_id: Option<i32>,
    pub network_id: Option<i32>,
    pub kind: ResourceKind,
    pub audience: Audience,
    pub licence: Licence,
    /// The creators as the attribution names them.
    pub author: String,
    pub visibility: Visibility,
    pub status: ResourceStatus,
    /// Set when a moderator hid it: why.
    pub hidden_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
