//! A kind of partnership an organisation offers or seeks.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{PartnershipDirection, PartnershipKind};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partnership")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    pub direction: PartnershipDirection,
    pub kind: PartnershipKind,
    pub description: String,
    pub description_lang: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
