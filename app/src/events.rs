//! Events and working groups' gatherings (issue 19): the list of events to
//! come and the repository of past ones, an event's page with registration
//! (places, waiting list, requests, access needs), the organisers' forms,
//! a member's calendar address, and the calendar files served to programs
//! (per event, per series, per network and group, and a member's own feed).

pub mod paths;

server_only! {
    mod api;
    pub mod calendar_files;
    mod calendar_page;
    mod event_page;
    mod list_page;
    pub mod mail;
    mod model;
    mod new_page;
    pub mod participants_file;
    mod support;
    mod times_view;
    mod write_api;

    pub use calendar_page::CalendarPage;
    pub use event_page::EventPage;
    pub use list_page::{event_line, EventsPage};
    pub use model::EventLine;
    pub use support::{line, reader_zone};
    pub use new_page::{EditEventPage, NewEventPage};
    pub use support::ZONE_COOKIE;
}

#[cfg(test)]
mod messages_test;
