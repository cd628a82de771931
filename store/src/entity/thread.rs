//! A question asked of the peers, open to the whole platform or to one network.

use sea_orm::entity::prelude::*;

use crate::vocabulary::Topic;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "thread")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The asker.
    pub member_id: i32,
    /// `None`: the whole platform.
    pub network_id: Option<i32>,
    pub title: String,
    pub topic: Topic,
    pub lang: String,
    pub created_at: DateTimeUtc,
    pub last_activity_at: DateTimeUtc,
    /// The newest post, for the readers' unread markers.
    pub last_post_id: i32,
    pub reply_count: i32,
    pub accepted_post_id: Option<i32>,
    /// Set when a moderator hid its question.
    pub hidden: bool,
    /// The working group whose space it belongs to, if any.
    pub group_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
