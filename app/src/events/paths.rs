//! Where the events' calendar files are served (plain axum routes: programs
//! fetch them, not browsers' pages).

/// One event's file.
pub const EVENT_FILE: &str = "/events/{id}/event.ics";
/// A series' file: its rule, the occurrences left out and those changed alone.
pub const SERIES_FILE: &str = "/events/series/{id}/series.ics";
/// A network's feed of its public events.
pub const NETWORK_FEED: &str = "/calendars/networks/{slug}/events.ics";
/// A public group's feed.
pub const GROUP_FEED: &str = "/calendars/groups/{slug}/events.ics";
/// A member's own feed, at its secret address.
pub const PERSONAL_FEED: &str = "/calendars/members/{token}/events.ics";

pub fn event_file(id: i32) -> String {
    format!("/events/{id}/event.ics")
}

pub fn series_file(id: i32) -> String {
    format!("/events/series/{id}/series.ics")
}

pub fn network_feed(slug: &str) -> String {
    format!("/calendars/networks/{slug}/events.ics")
}

pub fn group_feed(slug: &str) -> String {
    format!("/calendars/groups/{slug}/events.ics")
}

pub fn personal_feed(token: &str) -> String {
    format!("/calendars/members/{token}/events.ics")
}

/// The organisers' list of participants, as CSV.
pub const PARTICIPANTS_FILE: &str = "/events/{id}/participants.csv";

pub fn participants_file(id: i32) -> String {
    format!("/events/{id}/participants.csv")
}

// The forms' server functions.
pub const REGISTER: &str = "/api/events/register";
pub const WITHDRAW: &str = "/api/events/withdraw";
pub const CREATE: &str = "/api/events/create";
pub const CANCEL: &str = "/api/events/cancel";
pub const EDIT: &str = "/api/events/edit";
pub const DECIDE: &str = "/api/events/decide";
pub const INVITE: &str = "/api/events/invite";
pub const ADD_SESSION: &str = "/api/events/session";
pub const ADD_MATERIAL: &str = "/api/events/material";
pub const SET_RECORDING: &str = "/api/events/recording";
pub const ADD_QUESTION: &str = "/api/events/question";
pub const RECORD_ANSWER: &str = "/api/events/answer";
pub const NEW_CALENDAR_ADDRESS: &str = "/api/events/calendar-address";
pub const REVOKE_CALENDAR_ADDRESS: &str = "/api/events/calendar-address/revoke";

// The pages.
pub fn events(locale: &str) -> String {
    format!("/{locale}/events")
}

pub fn past_events(locale: &str) -> String {
    format!("/{locale}/events?when=past")
}

pub fn event(locale: &str, id: i32) -> String {
    format!("/{locale}/events/{id}")
}

pub fn edit_event(locale: &str, id: i32) -> String {
    format!("/{locale}/events/{id}/edit")
}

pub fn new_event(locale: &str) -> String {
    format!("/{locale}/events/new")
}

pub fn calendar(locale: &str) -> String {
    format!("/{locale}/events/calendar")
}
