//! What the events' loaders and forms share (server only): times on the
//! event's clocks and on the reader's, and the store's rows as views.

use chrono::{DateTime, Utc};
use store::events::read::{EventPage, EventSummary};
use store::events::time::{offset_label, offset_seconds, wall, Tz};
use store::vocabulary::EventStatus;

use super::model::{EventLine, EventView, QuestionView, SessionView, Times, When};

/// The cookie in which the browser tells its time zone (set by the page's
/// script; without it, times are shown on the event's clocks alone).
pub const ZONE_COOKIE: &str = "tz";

/// The reader's time zone, from their browser.
pub fn reader_zone() -> Option<Tz> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    let name = crate::ui::security::cookie(&parts.headers, ZONE_COOKIE)?;
    store::events::time::zone(name).ok()
}

/// From `starts` to `ends` on `zone`'s clocks.
pub fn when(zone: Tz, starts: DateTime<Utc>, ends: DateTime<Utc>) -> When {
    let (from, to) = (wall(zone, starts), wall(zone, ends));
    let ends_text = if to.date() == from.date() {
        to.format("%H:%M").to_string()
    } else {
        to.format("%Y-%m-%d %H:%M").to_string()
    };
    When {
        day: from.format("%Y-%m-%d").to_string(),
        starts: from.format("%H:%M").to_string(),
        ends: ends_text,
        zone: zone.name().to_owned(),
        offset: offset_label(offset_seconds(zone, starts)),
        starts_iso: starts.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ends_iso: ends.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    }
}

/// The times on the event's zone, and on the reader's when its clocks
/// show another hour then.
pub fn times(zone_name: &str, starts: DateTime<Utc>, ends: DateTime<Utc>, reader: Option<Tz>) -> Times {
    let zone = store::events::time::zone(zone_name).unwrap_or(Tz::UTC);
    let reader = reader
        .filter(|r| offset_seconds(*r, starts) != offset_seconds(zone, starts))
        .map(|r| when(r, starts, ends));
    Times {
        event: when(zone, starts, ends),
        reader,
    }
}

pub fn line(e: EventSummary, reader: Option<Tz>) -> EventLine {
    EventLine {
        times: times(&e.time_zone, e.starts_at, e.ends_at, reader),
        id: e.id,
        kind: e.kind,
        title: e.title,
        lang: e.lang,
        cancelled: e.status == EventStatus::Cancelled,
        online: e.online,
        venue: e.venue,
        country_code: e.country_code,
        network_name: e.network_name,
        group: e.group_slug.zip(e.group_title),
        // Places matter only while one can still take them.
        places_left: e
            .capacity
            .filter(|_| e.starts_at > Utc::now())
            .map(|c| (i64::from(c) - e.registered).max(0)),
        recorded: e.recorded,
        series: e.series_id.is_some(),
    }
}

pub fn event_view(p: EventPage, reader: Option<Tz>, signed_in: bool, locale: &str) -> EventView {
    let e = p.event;
    let zone = store::events::time::zone(&e.time_zone).unwrap_or(Tz::UTC);
    EventView {
        times: times(&e.time_zone, e.starts_at, e.ends_at, reader),
        day: wall(zone, e.starts_at).format("%Y-%m-%d").to_string(),
        id: e.id,
        kind: e.kind,
        title: e.title,
        lang: e.lang,
        description_html: e.description_html,
        cancelled: e.status == EventStatus::Cancelled,
        past: e.ends_at < Utc::now(),
        network: p.network.map(|n| (n.slug, n.name)),
        group: p.group.map(|g| (g.slug, g.title)),
        host: p.host.map(|o| (o.slug, o.name)),
        languages: p.languages,
        online: p.online,
        online_url: p.online_url,
        venue: e.venue,
        address: e.address,
        country_code: e.country_code,
        visibility: e.visibility,
        admission: e.admission,
        capacity: e.capacity,
        registered: p.registered,
        waiting: p.waiting,
        attendance: p.attendance,
        signed_in,
        organiser: p.organiser,
        series_id: e.series_id,
        recording_url: e.recording_url,
        sessions: p
            .sessions
            .into_iter()
            .map(|s| SessionView {
                times: times(&e.time_zone, s.starts_at, s.ends_at, None),
                title: s.title,
                speakers: s.speakers,
            })
            .collect(),
        materials: p
            .materials
            .into_iter()
            .map(|m| {
                let href = match (m.resource_id, m.link) {
                    (Some(id), _) => crate::library::paths::resource(locale, id),
                    (None, Some(link)) => link,
                    (None, None) => String::new(),
                };
                (m.title, href)
            })
            .collect(),
        questions: p
            .questions
            .into_iter()
            .map(|q| QuestionView {
                id: q.question.id,
                text: q.question.text,
                answers: q
                    .answers
                    .into_iter()
                    .map(|a| (a.discussion_group, a.answer, a.conclusions))
                    .collect(),
            })
            .collect(),
        participants: Vec::new(),
    }
}
