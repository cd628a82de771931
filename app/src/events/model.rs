//! What the events' pages show (server only).

use serde::{Deserialize, Serialize};
use store::vocabulary::{Admission, Attendance, EventKind, Visibility};

/// When something happens, on one zone's clocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    /// `2026-12-08`.
    pub day: String,
    /// `15:00`.
    pub starts: String,
    /// `16:30`, with its own day before it when it ends on another.
    pub ends: String,
    /// `Europe/Brussels`.
    pub zone: String,
    /// `UTC+01:00`.
    pub offset: String,
    pub starts_iso: String,
    pub ends_iso: String,
}

impl When {
    /// `2026-12-08 15:00–16:30`.
    pub fn span(&self) -> String {
        format!("{} {}\u{2013}{}", self.day, self.starts, self.ends)
    }
}

/// An event's times on its own clocks, and on the reader's when theirs
/// show another hour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Times {
    pub event: When,
    pub reader: Option<When>,
}

/// The list's choices, as the URL holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventFilter {
    /// `past` for the repository of past events.
    pub when: Option<String>,
    pub kind: Option<String>,
    pub network: Option<String>,
    pub page: Option<u32>,
}

/// An event in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventLine {
    pub id: i32,
    pub kind: EventKind,
    pub title: String,
    pub lang: String,
    pub times: Times,
    pub cancelled: bool,
    pub online: bool,
    pub venue: Option<String>,
    pub country_code: Option<String>,
    pub network_name: Option<String>,
    /// The group's slug and title.
    pub group: Option<(String, String)>,
    /// Places left, when the places are counted.
    pub places_left: Option<i64>,
    pub recorded: bool,
    pub series: bool,
}

/// A page of the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventList {
    pub lines: Vec<EventLine>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    /// The networks to filter by: slug and name.
    pub networks: Vec<(String, String)>,
    /// Whether the reader may announce an event somewhere.
    pub organises: bool,
    pub signed_in: bool,
}

/// A session of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub title: String,
    pub speakers: String,
    pub times: Times,
}

/// A question of a peer-learning session, and each group's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    pub id: i32,
    pub text: String,
    /// The discussion group, its answer, its conclusions.
    pub answers: Vec<(String, String, String)>,
}

/// A participant, for the organisers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantView {
    pub member_id: i32,
    pub name: String,
    pub organisation: String,
    pub country_code: String,
    pub attendance: Attendance,
    pub access_needs: String,
}

/// An event's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    pub id: i32,
    pub kind: EventKind,
    pub title: String,
    pub lang: String,
    pub description_html: String,
    pub times: Times,
    pub cancelled: bool,
    pub past: bool,
    /// Slug and name.
    pub network: Option<(String, String)>,
    pub group: Option<(String, String)>,
    pub host: Option<(String, String)>,
    pub languages: Vec<String>,
    pub online: bool,
    pub online_url: Option<String>,
    pub venue: Option<String>,
    pub address: Option<String>,
    pub country_code: Option<String>,
    pub visibility: Visibility,
    pub admission: Admission,
    pub capacity: Option<i32>,
    pub registered: u64,
    pub waiting: u64,
    pub attendance: Option<Attendance>,
    pub signed_in: bool,
    pub organiser: bool,
    pub series_id: Option<i32>,
    pub recording_url: Option<String>,
    pub sessions: Vec<SessionView>,
    /// Title and address.
    pub materials: Vec<(String, String)>,
    pub questions: Vec<QuestionView>,
    /// For the organisers alone.
    pub participants: Vec<ParticipantView>,
    /// The event's own wall times, to prefill the session form.
    pub day: String,
}

/// What an event's form offers to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventChoices {
    pub zones: Vec<String>,
    /// The zone a new event starts with: the reader's, or Brussels.
    pub zone: String,
    pub languages: Vec<String>,
    pub countries: Vec<String>,
}

/// Where a new event may be announced, and what the form offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEventForm {
    /// Network id and name.
    pub networks: Vec<(i32, String)>,
    /// Group id and title.
    pub groups: Vec<(i32, String)>,
    /// Announcing for the whole platform (coordinators).
    pub platform: bool,
    pub choices: EventChoices,
}

/// An event's fields as its form holds them (wall times as
/// `YYYY-MM-DDTHH:MM` on its zone's clocks).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventValues {
    pub kind: String,
    pub title: String,
    pub lang: String,
    pub languages: Vec<String>,
    pub description: String,
    pub time_zone: String,
    pub starts: String,
    pub ends: String,
    pub online_url: String,
    pub venue: String,
    pub address: String,
    pub country_code: String,
    pub visibility: String,
    pub admission: String,
    pub capacity: String,
    pub host: Option<i32>,
}

/// A member's calendar address page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarView {
    pub has_address: bool,
    /// Shown once, right after it was made.
    pub new_address: Option<String>,
    /// The networks' and groups' public feeds: name and address.
    pub feeds: Vec<(String, String)>,
}
