//! One discussion group's answer to a question of a peer-learning session, with its conclusions.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_answer")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub question_id: i32,
    /// The group's name as the session called it ("Group A").
    pub discussion_group: String,
    pub answer: String,
    pub conclusions: String,
    /// Who recorded it.
    pub member_id: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
