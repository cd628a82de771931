//! An event's times: a wall time in an IANA time zone, kept as the instant
//! it names plus the zone, and the zone's changes of offset (for a calendar
//! file's `VTIMEZONE`). A wall time that a change of offset skips (the hour
//! clocks jump over in spring) or repeats (the hour of autumn) names no
//! single instant and is refused rather than guessed.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
pub use chrono_tz::Tz;
use chrono_tz::{OffsetComponents, OffsetName};

use crate::refusal::Refusal;

/// The zone of an IANA name ("Europe/Brussels"): `TimeZoneUnknown` for a
/// name it does not know.
pub fn zone(name: &str) -> Result<Tz, Refusal> {
    name.trim().parse().map_err(|_| Refusal::TimeZoneUnknown)
}

/// The instant that `wall` names in `zone`: `WallTimeSkipped` for a time
/// the clocks jump over, `WallTimeRepeated` for one they show twice.
pub fn instant(zone: Tz, wall: NaiveDateTime) -> Result<DateTime<Utc>, Refusal> {
    match zone.from_local_datetime(&wall) {
        LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
        LocalResult::None => Err(Refusal::WallTimeSkipped),
        LocalResult::Ambiguous(..) => Err(Refusal::WallTimeRepeated),
    }
}

/// What the clocks of `zone` show at `at`.
pub fn wall(zone: Tz, at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&zone).naive_local()
}

/// The offset from UTC, in seconds, in force in `zone` at `at`.
pub fn offset_seconds(zone: Tz, at: DateTime<Utc>) -> i32 {
    zone.offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc()
}

/// The time a zone keeps over a span: its offset from UTC, whether it is
/// summer time, and its abbreviation ("CEST").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observance {
    /// When it begins (for the first one of a span: the span's start).
    pub from: DateTime<Utc>,
    /// The offset before it, in seconds east of UTC.
    pub offset_before: i32,
    /// Its own offset, in seconds east of UTC.
    pub offset: i32,
    pub summer: bool,
    pub name: String,
}

impl Observance {
    /// The wall time at which it begins, on the clocks of the time before it
    /// (what an iCalendar `DTSTART` of a `STANDARD` or `DAYLIGHT` says).
    pub fn wall_start(&self) -> NaiveDateTime {
        self.from.naive_utc() + Duration::seconds(i64::from(self.offset_before))
    }
}

fn observed(zone: Tz, at: DateTime<Utc>) -> (i32, bool, String) {
    let offset = zone.offset_from_utc_datetime(&at.naive_utc());
    let name = offset
        .abbreviation()
        .map(str::to_owned)
        .unwrap_or_else(|| format_offset(offset.fix().local_minus_utc()));
    (
        offset.fix().local_minus_utc(),
        !offset.dst_offset().is_zero(),
        name,
    )
}

/// The observances of `zone` from `from` until `until`: the one in force at
/// `from`, then one per change of offset. Changes are found a day at a
/// time and then to the second (no zone changes twice within a day).
pub fn observances(zone: Tz, from: DateTime<Utc>, until: DateTime<Utc>) -> Vec<Observance> {
    let (offset, summer, name) = observed(zone, from);
    let mut out = vec![Observance {
        from,
        offset_before: offset,
        offset,
        summer,
        name,
    }];
    let day = Duration::days(1);
    let mut at = from;
    let mut current = observed(zone, at);
    while at < until {
        let next = at + day;
        let then = observed(zone, next);
        if then != current {
            // The change is in (at, next]: halve the interval down to a second.
            let second = |s: i64| DateTime::from_timestamp(s, 0).unwrap_or(next);
            let (mut low, mut high) = (at.timestamp(), next.timestamp());
            while high - low > 1 {
                let middle = low + (high - low) / 2;
                if observed(zone, second(middle)) == current {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            out.push(Observance {
                from: second(high),
                offset_before: current.0,
                offset: then.0,
                summer: then.1,
                name: then.2.clone(),
            });
            current = then;
        }
        at = next;
    }
    out
}

/// The zones a form offers: Europe's, the Atlantic islands' and those of
/// the Council of Europe's members outside it, then UTC.
pub fn zone_names() -> Vec<&'static str> {
    const OUTSIDE: [&str; 8] = [
        "Asia/Nicosia",
        "Asia/Tbilisi",
        "Asia/Yerevan",
        "Asia/Baku",
        "Atlantic/Azores",
        "Atlantic/Canary",
        "Atlantic/Madeira",
        "Atlantic/Reykjavik",
    ];
    let mut names: Vec<&'static str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|z| z.name())
        .filter(|n| n.starts_with("Europe/") || OUTSIDE.contains(n))
        .collect();
    names.sort_unstable();
    names.dedup();
    names.push("UTC");
    names
}

/// An offset as people read it: `UTC+01:00`, `UTC−05:00`, `UTC`.
pub fn offset_label(seconds: i32) -> String {
    if seconds == 0 {
        return "UTC".to_owned();
    }
    let sign = if seconds < 0 { '\u{2212}' } else { '+' };
    let total = seconds.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", total / 3600, total % 3600 / 60)
}

/// An offset as iCalendar writes it: `+0100`, `-0500`, `+0530`, `+013045`.
pub fn format_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let total = seconds.unsigned_abs();
    let (hours, minutes, rest) = (total / 3600, total % 3600 / 60, total % 60);
    if rest == 0 {
        format!("{sign}{hours:02}{minutes:02}")
    } else {
        format!("{sign}{hours:02}{minutes:02}{rest:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        at(y, m, d, h, min).and_utc()
    }

    #[test]
    fn a_wall_time_names_its_instant_in_its_zone() {
        let brussels = zone("Europe/Brussels").unwrap();
        // Winter: UTC+1; summer: UTC+2.
        assert_eq!(
            instant(brussels, at(2027, 1, 20, 10, 0)),
            Ok(utc(2027, 1, 20, 9, 0))
        );
        assert_eq!(
            instant(brussels, at(2027, 6, 20, 10, 0)),
            Ok(utc(2027, 6, 20, 8, 0))
        );
        assert_eq!(
            wall(brussels, utc(2027, 6, 20, 8, 0)),
            at(2027, 6, 20, 10, 0)
        );
        let kolkata = zone("Asia/Kolkata").unwrap();
        assert_eq!(offset_seconds(kolkata, utc(2027, 6, 20, 8, 0)), 19_800);
    }

    #[test]
    fn a_skipped_or_repeated_wall_time_is_refused() {
        let brussels = zone("Europe/Brussels").unwrap();
        // 28 March 2027: 02:00 becomes 03:00; 31 October: 03:00 becomes 02:00.
        assert_eq!(
            instant(brussels, at(2027, 3, 28, 2, 30)),
            Err(Refusal::WallTimeSkipped)
        );
        assert_eq!(
            instant(brussels, at(2027, 10, 31, 2, 30)),
            Err(Refusal::WallTimeRepeated)
        );
        assert!(instant(brussels, at(2027, 3, 28, 3, 0)).is_ok());
        assert_eq!(zone("Europe/Atlantis"), Err(Refusal::TimeZoneUnknown));
        assert_eq!(zone(""), Err(Refusal::TimeZoneUnknown));
    }

    #[test]
    fn a_zones_changes_are_found_to_the_second() {
        let brussels = zone("Europe/Brussels").unwrap();
        let found = observances(brussels, utc(2027, 1, 1, 0, 0), utc(2027, 12, 31, 0, 0));
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!((found[0].offset, found[0].summer), (3600, false));
        assert_eq!(found[0].name, "CET");
        assert_eq!(found[1].from, utc(2027, 3, 28, 1, 0));
        assert_eq!(found[1].wall_start(), at(2027, 3, 28, 2, 0));
        assert_eq!((found[1].offset_before, found[1].offset), (3600, 7200));
        assert!(found[1].summer);
        assert_eq!(found[1].name, "CEST");
        assert_eq!(found[2].from, utc(2027, 10, 31, 1, 0));
        assert_eq!(found[2].wall_start(), at(2027, 10, 31, 3, 0));
        // A zone without summer time has one observance.
        let tokyo = zone("Asia/Tokyo").unwrap();
        assert_eq!(
            observances(tokyo, utc(2027, 1, 1, 0, 0), utc(2027, 12, 31, 0, 0)).len(),
            1
        );
    }

    #[test]
    fn forms_offer_europe_and_readers_see_offsets_as_utc_plus() {
        let names = zone_names();
        assert!(names.contains(&"Europe/Brussels"));
        assert!(names.contains(&"Atlantic/Canary"));
        assert!(!names.contains(&"America/New_York"));
        assert!(names.iter().all(|n| zone(n).is_ok()));
        assert_eq!(offset_label(3600), "UTC+01:00");
        assert_eq!(offset_label(-16200), "UTC\u{2212}04:30");
        assert_eq!(offset_label(0), "UTC");
    }

    #[test]
    fn offsets_are_written_with_four_digits_or_six() {
        assert_eq!(format_offset(3600), "+0100");
        assert_eq!(format_offset(-5 * 3600), "-0500");
        assert_eq!(format_offset(19_800), "+0530");
        assert_eq!(format_offset(-(3600 + 30 * 60 + 45)), "-013045");
        assert_eq!(format_offset(0), "+0000");
    }
}
