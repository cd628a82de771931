//! A member's place (or wish for one) at an event.

use sea_orm::entity::prelude::*;

use crate::vocabulary::Attendance;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registration")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub member_id: i32,
    pub attendance: Attendance,
    /// Seen by the organisers only.
    pub access_needs: String,
    /// The start the day-before reminder was sent for (a moved event is reminded again).
    pub reminded_day_for: Option<DateTimeUtc>,
    pub reminded_hour_for: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// When it last changed: the waiting list is served in this order.
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
