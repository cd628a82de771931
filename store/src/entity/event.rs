//! An event: when and where it takes place (the instant and the zone its wall times are in), who organises it and how one registers.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{Admission, EventKind, EventStatus, Visibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Its calendar UID, the same in every file it appears in.
    pub uid: String,
    pub series_id: Option<i32>,
    /// For an occurrence of a series: when the series put it (its RECURRENCE-ID).
    pub original_start: Option<DateTimeUtc>,
    pub kind: EventKind,
    /// The language its title and description are written in.
    pub lang: String,
    pub title: String,
    /// Markdown.
    pub description: String,
    pub description_html: String,
    pub network_id: Option<i32>,
    pub group_id: Option<i32>,
    pub host_organisation_id: Option<i32>,
    /// The IANA zone its wall times are given in.
    pub time_zone: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// The meeting link, shown to registered participants only.
    pub online_url: Option<String>,
    pub venue: Option<String>,
    pub address: Option<String>,
    pub country_code: Option<String>,
    pub visibility: Visibility,
    pub admission: Admission,
    /// Places; `None`: no limit.
    pub capacity: Option<i32>,
    pub status: EventStatus,
    /// Raised on every change calendars must see.
    pub sequence: i32,
    pub recording_url: Option<String>,
    pub created_by: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
