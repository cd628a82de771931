//! A CSV file of organisations uploaded for import, kept until it is applied
//! (all rows at once) so its preview can be shown first.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "import_batch")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Who uploaded it; only they see and apply it.
    pub member_id: i32,
    /// The network the imported organisations join.
    pub network_id: i32,
    pub file_name: String,
    pub content: String,
    pub created_at: DateTimeUtc,
    pub applied_at: Option<DateTimeUtc>,
    pub applied_rows: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
