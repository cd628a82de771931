//! A network of organisations; it can itself be a member of another network.

use sea_orm::entity::prelude::*;

use crate::vocabulary::NetworkKind;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "network")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub kind: NetworkKind,
    pub country_code: Option<String>,
    pub city: Option<String>,
    pub description: String,
    /// The language the description is written in.
    pub description_lang: String,
    pub created_at: DateTimeUtc,
    /// Whether the network's facilitators review a resource before it is public.
    pub library_review: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
