//! Calendar files read by an independent parser: Python's `icalendar`, which
//! `scripts/setup.sh` installs and `scripts/test.sh` names in
//! `TEST_ICAL_PYTHON`. The times are placed with the file's own `VTIMEZONE`
//! (not the parser's copy of the zone), across a change to summer time, so
//! a wrong offset or a missing observance shows.

use chrono::{TimeZone, Utc};
use store::events::ics::{Calendar, CalendarEvent, Method};
use store::events::time::{instant, zone};

/// Prints, per event, its UID, sequence, status and its start and end in
/// UTC, placed with the zone the file itself describes.
const READER: &str = r#"
import json, sys
import icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
zones = {str(z["TZID"]): z.to_tz(lookup_tzid=False) for z in calendar.walk("VTIMEZONE")}
events = []
for event in calendar.walk("VEVENT"):
    placed = {}
    for name in ("DTSTART", "DTEND"):
        prop = event[name]
        wall = prop.dt.replace(tzinfo=None)
        placed[name] = wall.replace(tzinfo=zones[str(prop.params["TZID"])]).astimezone(
            __import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    events.append({
        "uid": str(event["UID"]),
        "sequence": int(event["SEQUENCE"]),
        "status": str(event["STATUS"]),
        "summary": str(event["SUMMARY"]),
        "start": placed["DTSTART"],
        "end": placed["DTEND"],
    })
print(json.dumps({"method": str(calendar["METHOD"]), "zones": sorted(zones), "events": events}))
"#;

fn event(uid: &str, zone_name: &str, wall: (i32, u32, u32, u32), title: &str) -> CalendarEvent {
    let tz = zone(zone_name).unwrap();
    let start = instant(
        tz,
        chrono::NaiveDate::from_ymd_opt(wall.0, wall.1, wall.2)
            .unwrap()
            .and_hms_opt(wall.3, 0, 0)
            .unwrap(),
    )
    .unwrap();
    CalendarEvent {
        uid: uid.into(),
        sequence: 3,
        stamp: Utc.with_ymd_and_hms(2027, 1, 5, 9, 0, 0).unwrap(),
        start,
        end: start + chrono::Duration::minutes(90),
        zone: tz,
        title: title.into(),
        description: "Agenda:\n10:00 welcome, 10:15 groups".into(),
        lang: Some("en".into()),
        location: Some("Rue de la Loi 1, Brussels".into()),
        url: None,
        cancelled: false,
        recurrence_id: None,
        rule: None,
        excluded: Vec::new(),
        until: None,
    }
}

#[test]
fn an_independent_parser_reads_the_times_across_a_change_to_summer_time() {
    let Ok(python) = std::env::var("TEST_ICAL_PYTHON") else {
        // scripts/test.sh always sets it; a bare `cargo test` says so.
        eprintln!("TEST_ICAL_PYTHON is not set: the calendar files are not parsed here");
        return;
    };
    let mut cancelled = event(
        "e2@vet.example",
        "Europe/Brussels",
        (2027, 3, 29, 10),
        "Peer learning, Day 2",
    );
    cancelled.cancelled = true;
    let calendar = Calendar {
        method: Method::Publish,
        parties: None,
        name: Some("EuroVET".into()),
        events: vec![
            // The day before and the day after 28 March 2027 in Brussels.
            event(
                "e1@vet.example",
                "Europe/Brussels",
                (2027, 3, 27, 10),
                "Peer learning, Day 1",
            ),
            cancelled,
            // New York changes on another day (14 March) and is west of UTC.
            event(
                "e3@vet.example",
                "America/New_York",
                (2027, 3, 15, 9),
                "Webinar",
            ),
        ],
    };
    let dir = std::env::temp_dir().join(format!("vetnet-ics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("events.ics");
    std::fs::write(&file, calendar.render()).unwrap();
    let output = std::process::Command::new(&python)
        .arg("-c")
        .arg(READER)
        .arg(&file)
        .output()
        .expect("python runs");
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        output.status.success(),
        "the parser refused the file: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(read["method"], "PUBLISH");
    assert_eq!(
        read["zones"],
        serde_json::json!(["America/New_York", "Europe/Brussels"])
    );
    let events = read["events"].as_array().unwrap();
    let by_uid = |uid: &str| events.iter().find(|e| e["uid"] == uid).unwrap();
    // 10:00 in Brussels: 09:00 UTC in winter, 08:00 UTC in summer.
    assert_eq!(by_uid("e1@vet.example")["start"], "2027-03-27T09:00:00Z");
    assert_eq!(by_uid("e1@vet.example")["end"], "2027-03-27T10:30:00Z");
    assert_eq!(by_uid("e2@vet.example")["start"], "2027-03-29T08:00:00Z");
    assert_eq!(by_uid("e2@vet.example")["status"], "CANCELLED");
    assert_eq!(by_uid("e1@vet.example")["status"], "CONFIRMED");
    assert_eq!(by_uid("e1@vet.example")["sequence"], 3);
    assert_eq!(by_uid("e1@vet.example")["summary"], "Peer learning, Day 1");
    // 09:00 in New York after its change: UTC-4.
    assert_eq!(by_uid("e3@vet.example")["start"], "2027-03-15T13:00:00Z");
}
