//! A thematic working group: its charter, mandate and how one joins it.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{Admission, GroupVisibility, Topic};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "working_group")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub slug: String,
    /// The network it works for; `None`: the whole platform.
    pub network_id: Option<i32>,
    pub topic: Option<Topic>,
    /// The language its charter is written in.
    pub lang: String,
    pub title: String,
    pub purpose: String,
    pub deliverables: String,
    /// `YYYY-MM-DD`.
    pub starts_on: String,
    /// The end of its mandate (`YYYY-MM-DD`): after it the group is archived, read-only.
    pub ends_on: Option<String>,
    pub admission: Admission,
    pub visibility: GroupVisibility,
    pub created_by: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
