//! A member country of the platform.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "country")]
pub struct Model {
    /// ISO 3166-1 alpha-2 code, upper case.
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    /// The country's name in its own main language.
    pub endonym: String,
    /// The locale most of its members use.
    pub locale: String,
    /// Its official languages among the interface locales, space-separated,
    /// in the order the country picker offers them.
    pub locales: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
