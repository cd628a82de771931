//! A post a member is told of, read in the app or mailed in a digest.

use sea_orm::entity::prelude::*;

use crate::vocabulary::NotificationReason;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Who is told.
    pub member_id: i32,
    pub thread_id: i32,
    pub post_id: i32,
    pub reason: NotificationReason,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
    pub mailed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
