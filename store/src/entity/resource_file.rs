//! One upload of a language version's file; the newest is current, the
//! earlier ones stay listed and downloadable.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "resource_file")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub version_id: i32,
    pub stored_file_id: i32,
    /// The name it was uploaded under, cleaned.
    pub file_name: String,
    /// Who uploaded it.
    pub member_id: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
