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
