//! A series of events that repeats until a day; each occurrence is an event of its own, which may be changed or cancelled alone.

use sea_orm::entity::prelude::*;

use crate::vocabulary::Recurrence;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_series")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The calendar UID of the series' file.
    pub uid: String,
    pub recurrence: Recurrence,
    /// The last day an occurrence may fall on (`YYYY-MM-DD`, in the series' zone).
    pub until: String,
    pub time_zone: String,
    /// Raised on every change of the series' file.
    pub sequence: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
