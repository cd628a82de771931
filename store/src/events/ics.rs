//! Calendar files (RFC 5545): an event, a series or a feed as a calendar
//! program reads it. Every time is written as a wall time in the event's
//! own zone (`DTSTART;TZID=Europe/Brussels:…`) with that zone's `VTIMEZONE`
//! generated from its changes of offset over the years the events span, so
//! a program that does not know the zone's name still places them right.
//! A calendar names no one's e-mail address.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

use super::time::{format_offset, observances, wall};

/// What a calendar asks of the program that reads it (iTIP, RFC 5546).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// A file to import or a feed to subscribe to.
    Publish,
    /// An invitation or a change: the program adds or updates the event in place.
    Request,
    /// A cancellation: the program removes or strikes the event.
    Cancel,
}

impl Method {
    fn name(self) -> &'static str {
        match self {
            Method::Publish => "PUBLISH",
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }
}

/// One event (or one occurrence of a series) as a calendar holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// The same for the event's whole life, in every file that holds it.
    pub uid: String,
    /// Raised on every change, so a program keeps the newest.
    pub sequence: i32,
    /// When this copy was written (or the event last changed).
    pub stamp: DateTime<Utc>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub zone: Tz,
    pub title: String,
    pub description: String,
    /// The language of the title and description.
    pub lang: Option<String>,
    pub location: Option<String>,
    pub url: Option<String>,
    pub cancelled: bool,
    /// For an occurrence of a series changed on its own: the start it had.
    pub recurrence_id: Option<DateTime<Utc>>,
    /// For a series: its rule (`FREQ=WEEKLY;UNTIL=…`), its starts left out,
    /// and the last instant it may reach (the zone's changes are written until then).
    pub rule: Option<String>,
    pub excluded: Vec<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

/// Who sends an invitation and whom it is for: what a calendar program
/// needs to file an e-mailed event (iMIP) as the recipient's own. Files
/// and feeds carry no one's address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parties {
    /// The organiser's name and address (the platform's, which takes no replies).
    pub organiser: (String, String),
    /// The participant's name and address.
    pub attendee: (String, String),
}

/// A calendar: one event, a series with its changed occurrences, or a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    pub method: Method,
    /// For an invitation or cancellation sent by e-mail.
    pub parties: Option<Parties>,
    /// The name a program shows for a subscribed feed.
    pub name: Option<String>,
    pub events: Vec<CalendarEvent>,
}

impl Calendar {
    /// The calendar as an iCalendar text (CRLF line ends, folded at 75 octets).
    pub fn render(&self) -> String {
        let mut out = Lines::default();
        out.line("BEGIN:VCALENDAR");
        out.line("VERSION:2.0");
        out.line("PRODID:-//VET networks platform//Events//EN");
        out.line("CALSCALE:GREGORIAN");
        out.line(&format!("METHOD:{}", self.method.name()));
        if let Some(name) = &self.name {
            out.line(&format!("X-WR-CALNAME:{}", escape(name)));
        }
        for (zone, from, until) in self.zones() {
            timezone(&mut out, zone, from, until);
        }
        for event in &self.events {
            self.event(&mut out, event);
        }
        out.line("END:VCALENDAR");
        out.text
    }

    /// Each zone the events use (by name, so the file's order is stable),
    /// with the whole years their times span: a program reading any day of
    /// them finds its offset.
    fn zones(&self) -> Vec<(Tz, DateTime<Utc>, DateTime<Utc>)> {
        let mut spans: BTreeMap<&'static str, (Tz, DateTime<Utc>, DateTime<Utc>)> = BTreeMap::new();
        for event in &self.events {
            let times = [event.start, event.end]
                .into_iter()
                .chain(event.recurrence_id)
                .chain(event.until)
                .chain(event.excluded.iter().copied());
            for at in times {
                let span = spans
                    .entry(event.zone.name())
                    .or_insert((event.zone, at, at));
                span.1 = span.1.min(at);
                span.2 = span.2.max(at);
            }
        }
        let new_year = |year: i32| {
            NaiveDate::from_ymd_opt(year, 1, 1)
                .unwrap_or_default()
                .and_time(Default::default())
                .and_utc()
        };
        spans
            .into_values()
            .map(|(zone, from, until)| (zone, new_year(from.year()), new_year(until.year() + 1)))
            .collect()
    }

    fn event(&self, out: &mut Lines, event: &CalendarEvent) {
        let zone = event.zone;
        let local = |at: DateTime<Utc>| stamp(wall(zone, at));
        let tzid = zone.name();
        out.line("BEGIN:VEVENT");
        out.line(&format!("UID:{}", escape(&event.uid)));
        out.line(&format!("DTSTAMP:{}Z", stamp(event.stamp.naive_utc())));
        out.line(&format!("SEQUENCE:{}", event.sequence.max(0)));
        out.line(&format!("DTSTART;TZID={tzid}:{}", local(event.start)));
        out.line(&format!("DTEND;TZID={tzid}:{}", local(event.end)));
        if let Some(original) = event.recurrence_id {
            out.line(&format!("RECURRENCE-ID;TZID={tzid}:{}", local(original)));
        }
        if let Some(rule) = &event.rule {
            out.line(&format!("RRULE:{}", plain(rule)));
        }
        if !event.excluded.is_empty() {
            let dates: Vec<String> = event.excluded.iter().map(|at| local(*at)).collect();
            out.line(&format!("EXDATE;TZID={tzid}:{}", dates.join(",")));
        }
        let language = event
            .lang
            .as_deref()
            .map(|lang| format!(";LANGUAGE={}", plain(lang)))
            .unwrap_or_default();
        out.line(&format!("SUMMARY{language}:{}", escape(&event.title)));
        if !event.description.is_empty() {
            out.line(&format!(
                "DESCRIPTION{language}:{}",
                escape(&event.description)
            ));
        }
        if let Some(location) = &event.location {
            out.line(&format!("LOCATION:{}", escape(location)));
        }
        if let Some(url) = &event.url {
            out.line(&format!("URL:{}", plain(url)));
        }
        if let Some(p) = &self.parties {
            let (name, address) = &p.organiser;
            out.line(&format!(
                "ORGANIZER;CN=\"{}\":mailto:{}",
                quoted(name),
                plain(address)
            ));
            let (name, address) = &p.attendee;
            let stat = if self.method == Method::Cancel {
                "DECLINED"
            } else {
                "ACCEPTED"
            };
            out.line(&format!(
                "ATTENDEE;CN=\"{}\";ROLE=REQ-PARTICIPANT;PARTSTAT={stat};RSVP=FALSE:mailto:{}",
                quoted(name),
                plain(address)
            ));
        }
        let cancelled = event.cancelled || self.method == Method::Cancel;
        out.line(if cancelled {
            "STATUS:CANCELLED"
        } else {
            "STATUS:CONFIRMED"
        });
        out.line("TRANSP:OPAQUE");
        out.line("END:VEVENT");
    }
}

/// A zone's `VTIMEZONE`: the observance in force at `from`, then one per
/// change of offset until `until`.
fn timezone(out: &mut Lines, zone: Tz, from: DateTime<Utc>, until: DateTime<Utc>) {
    out.line("BEGIN:VTIMEZONE");
    out.line(&format!("TZID:{}", zone.name()));
    for observance in observances(zone, from, until) {
        let kind = if observance.summer {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        out.line(&format!("BEGIN:{kind}"));
        out.line(&format!("DTSTART:{}", stamp(observance.wall_start())));
        out.line(&format!(
            "TZOFFSETFROM:{}",
            format_offset(observance.offset_before)
        ));
        out.line(&format!("TZOFFSETTO:{}", format_offset(observance.offset)));
        out.line(&format!("TZNAME:{}", escape(&observance.name)));
        out.line(&format!("END:{kind}"));
    }
    out.line("END:VTIMEZONE");
}

/// A date-time as iCalendar writes it, without a zone: `20270328T020000`.
fn stamp(at: NaiveDateTime) -> String {
    use chrono::Timelike;
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped,
/// other control characters dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut plain_from = 0;
    for (at, c) in text.char_indices() {
        let replacement = match c {
            '\\' => "\\\\",
            ';' => "\\;",
            ',' => "\\,",
            '\n' => "\\n",
            c if c.is_control() && c != '\t' => "",
            _ => continue,
        };
        out.push_str(&text[plain_from..at]);
        out.push_str(replacement);
        plain_from = at + c.len_utf8();
    }
    out.push_str(&text[plain_from..]);
    out
}

/// A value that is not TEXT (a rule, an address, a language tag): control
/// characters dropped, so it cannot end its line.
fn plain(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
}

/// A parameter's value in double quotes (RFC 5545 3.2): no quote, no control.
fn quoted(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .collect()
}

/// Content lines, each ended by CRLF and folded at 75 octets (RFC 5545
/// 3.1), never inside a character.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    const LIMIT: usize = 75;

    fn line(&mut self, line: &str) {
        // Each piece is copied whole: up to 75 octets, then 74 after the fold's space.
        let mut rest = line;
        let mut room = Self::LIMIT;
        while rest.len() > room {
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            self.text.push_str(&rest[..cut]);
            self.text.push_str("\r\n ");
            rest = &rest[cut..];
            room = Self::LIMIT - 1;
        }
        self.text.push_str(rest);
        self.text.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn brussels_webinar() -> CalendarEvent {
        let zone: Tz = "Europe/Brussels".parse().unwrap();
        CalendarEvent {
            uid: "event-7@vet.example".into(),
            sequence: 2,
            stamp: Utc.with_ymd_and_hms(2027, 2, 1, 12, 0, 0).unwrap(),
            start: Utc.with_ymd_and_hms(2027, 6, 10, 8, 0, 0).unwrap(),
            end: Utc.with_ymd_and_hms(2027, 6, 10, 9, 30, 0).unwrap(),
            zone,
            title: "Webinar: Lernortkooperation, Praxis; Fragen".into(),
            description: "Line one\nline two, with a comma".into(),
            lang: Some("de".into()),
            location: None,
            url: Some("https://vet.example/de/events/7".into()),
            cancelled: false,
            recurrence_id: None,
            rule: None,
            excluded: Vec::new(),
            until: None,
        }
    }

    fn lines(text: &str) -> Vec<&str> {
        text.split("\r\n").collect()
    }

    #[test]
    fn an_event_is_written_in_its_zone_with_the_zones_changes() {
        let calendar = Calendar {
            method: Method::Publish,
            parties: None,
            name: None,
            events: vec![brussels_webinar()],
        };
        let text = calendar.render();
        let lines = lines(&text);
        assert_eq!(lines[0], "BEGIN:VCALENDAR");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        // 10:00 in Brussels in June (UTC+2), not the server's zone.
        assert!(lines.contains(&"DTSTART;TZID=Europe/Brussels:20270610T100000"));
        assert!(lines.contains(&"DTEND;TZID=Europe/Brussels:20270610T113000"));
        assert!(lines.contains(&"UID:event-7@vet.example"));
        assert!(lines.contains(&"SEQUENCE:2"));
        assert!(lines.contains(&"DTSTAMP:20270201T120000Z"));
        // The zone: winter at the year's start, then both changes of 2027.
        let zone =
            &text[text.find("BEGIN:VTIMEZONE").unwrap()..text.find("END:VTIMEZONE").unwrap()];
        let zone = lines_of(zone);
        assert_eq!(
            zone,
            [
                "BEGIN:VTIMEZONE",
                "TZID:Europe/Brussels",
                "BEGIN:STANDARD",
                "DTSTART:20270101T010000",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0100",
                "TZNAME:CET",
                "END:STANDARD",
                "BEGIN:DAYLIGHT",
                "DTSTART:20270328T020000",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200",
                "TZNAME:CEST",
                "END:DAYLIGHT",
                "BEGIN:STANDARD",
                "DTSTART:20271031T030000",
                "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100",
                "TZNAME:CET",
                "END:STANDARD",
            ]
        );
        // Text escaped, in its language; no one's address.
        assert!(
            text.contains("SUMMARY;LANGUAGE=de:Webinar: Lernortkooperation\\, Praxis\\; Fragen")
        );
        assert!(text.contains("DESCRIPTION;LANGUAGE=de:Line one\\nline two\\, with a comma"));
        assert!(!text.contains("mailto:"));
        assert!(!text.contains("ORGANIZER") && !text.contains("ATTENDEE"));
    }

    #[test]
    fn an_emailed_invitation_names_its_organiser_and_attendee_only() {
        let mut calendar = Calendar {
            method: Method::Request,
            parties: Some(Parties {
                organiser: (
                    "EuroVET \"Commons\"".into(),
                    "no-reply@vet.example.org".into(),
                ),
                attendee: ("Aino Virtanen".into(), "aino@example.fi".into()),
            }),
            name: None,
            events: vec![brussels_webinar()],
        };
        // Read as a program does: folded lines joined.
        let text = calendar.render().replace("\r\n ", "");
        assert!(text.contains("METHOD:REQUEST\r\n"));
        assert!(
            text.contains("ORGANIZER;CN=\"EuroVET Commons\":mailto:no-reply@vet.example.org\r\n")
        );
        assert!(text.contains("PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:aino@example.fi"));
        calendar.method = Method::Cancel;
        let text = calendar.render().replace("\r\n ", "");
        assert!(text.contains("PARTSTAT=DECLINED") && text.contains("STATUS:CANCELLED\r\n"));
    }

    fn lines_of(text: &str) -> Vec<&str> {
        text.split("\r\n").filter(|l| !l.is_empty()).collect()
    }

    #[test]
    fn offsets_west_of_utc_and_half_hours_keep_their_digits() {
        let mut event = brussels_webinar();
        event.zone = "America/New_York".parse().unwrap();
        let mut india = brussels_webinar();
        india.uid = "event-8@vet.example".into();
        india.zone = "Asia/Kolkata".parse().unwrap();
        let text = Calendar {
            method: Method::Publish,
            parties: None,
            name: Some("EuroVET, events".into()),
            events: vec![event, india],
        }
        .render();
        assert!(text.contains("TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"));
        assert!(text.contains("TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\n"));
        assert!(text.contains("DTSTART;TZID=America/New_York:20270610T040000"));
        assert!(text.contains("DTSTART;TZID=Asia/Kolkata:20270610T133000"));
        assert!(text.contains("X-WR-CALNAME:EuroVET\\, events"));
    }

    #[test]
    fn a_cancellation_and_a_series_say_so() {
        let mut series = brussels_webinar();
        series.rule = Some("FREQ=MONTHLY;BYDAY=2TH;UNTIL=20271231T230000Z".into());
        series.excluded = vec![Utc.with_ymd_and_hms(2027, 7, 8, 8, 0, 0).unwrap()];
        series.until = Some(Utc.with_ymd_and_hms(2028, 12, 31, 23, 0, 0).unwrap());
        let text = Calendar {
            method: Method::Cancel,
            parties: None,
            name: None,
            events: vec![series],
        }
        .render();
        assert!(text.contains("METHOD:CANCEL\r\n"));
        assert!(text.contains("STATUS:CANCELLED\r\n"));
        assert!(text.contains("RRULE:FREQ=MONTHLY;BYDAY=2TH;UNTIL=20271231T230000Z\r\n"));
        assert!(text.contains("EXDATE;TZID=Europe/Brussels:20270708T100000\r\n"));
        // The zone's changes are written until the series may end.
        assert!(text.contains("DTSTART:20281029T030000\r\n"), "{text}");
    }

    #[test]
    fn long_lines_are_folded_between_characters() {
        let mut event = brussels_webinar();
        event.title = "Ausbildungsqualität in Klein- und Mittelbetrieben: ".repeat(4);
        let text = Calendar {
            method: Method::Publish,
            parties: None,
            name: None,
            events: vec![event],
        }
        .render();
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!(
            "SUMMARY;LANGUAGE=de:{}",
            "Ausbildungsqualität in Klein- und Mittelbetrieben: ".repeat(4)
        )));
        // A line break or control character in a value cannot start a property.
        let mut hostile = brussels_webinar();
        hostile.title = "Webinar\r\nATTENDEE:mailto:x@example.org".into();
        hostile.url = Some("https://a.example/\r\nX-EVIL:1".into());
        let text = Calendar {
            method: Method::Publish,
            parties: None,
            name: None,
            events: vec![hostile],
        }
        .render();
        assert!(!text.contains("\r\nATTENDEE"));
        assert!(!text.contains("\r\nX-EVIL"));
    }
}
