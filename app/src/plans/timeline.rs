//! The action plan's timeline as SVG, drawn on the server (no chart library
//! in the browser): one band per aspiration with its progress, a bar per
//! dated activity from start to due date, filled as far as its progress,
//! coloured by status, and a line for today.

#![cfg(feature = "ssr")]

use chrono::{Datelike, NaiveDate};
use store::vocabulary::ActivityStatus;

use super::model::{ActivityView, AspirationView};

const WIDTH: f64 = 960.0;
const LABEL: f64 = 250.0;
const ROW: f64 = 26.0;
const BAND: f64 = 30.0;
const AXIS: f64 = 28.0;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Shortens a label to about `max` characters.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// What the picture's words are in the reader's language.
pub struct Words<'a> {
    pub title: &'a str,
    pub today: &'a str,
    /// The status names.
    pub status: &'a dyn Fn(ActivityStatus) -> String,
    /// A percentage as the language writes it.
    pub percent: &'a dyn Fn(u8) -> String,
}

/// The SVG, or `None` when no activity has both dates.
pub fn svg(
    aspirations: &[AspirationView],
    activities: &[ActivityView],
    today: &str,
    words: &Words,
) -> Option<String> {
    let dated: Vec<(&ActivityView, NaiveDate, NaiveDate)> = activities
        .iter()
        .filter_map(|a| Some((a, day(&a.start_on)?, day(&a.due_on)?)))
        .collect();
    let first = dated.iter().map(|d| d.1).min()?;
    let last = dated.iter().map(|d| d.2).max()?;
    let from = NaiveDate::from_ymd_opt(first.year(), first.month(), 1)?;
    let to = NaiveDate::from_ymd_opt(last.year(), last.month(), 1)?
        .checked_add_months(chrono::Months::new(1))?;
    let span = (to - from).num_days().max(1) as f64;
    let x = |d: NaiveDate| LABEL + (WIDTH - LABEL - 10.0) * ((d - from).num_days() as f64 / span);
    let mut rows = String::new();
    let mut y = AXIS;
    for aspiration in aspirations {
        let mine: Vec<_> = dated
            .iter()
            .filter(|(a, _, _)| a.aspirations.contains(&aspiration.id))
            .collect();
        if mine.is_empty() {
            continue;
        }
        rows.push_str(&format!(
            r#"<g class="timeline__band"><rect x="0" y="{y}" width="{WIDTH}" height="{BAND}" class="timeline__band-bg"/><text x="6" y="{ty}" class="timeline__aspiration">{position}. {name}</text><text x="{px}" y="{ty}" class="timeline__percent" text-anchor="end">{percent}</text></g>"#,
            ty = y + 20.0,
            px = WIDTH - 8.0,
            position = aspiration.position,
            name = escape(&clip(&aspiration.title, 80)),
            percent = escape(&(words.percent)(aspiration.progress)),
        ));
        y += BAND;
        for (activity, start, due) in mine {
            let (x0, x1) = (x(*start), x(*due + chrono::Duration::days(1)));
            let width = (x1 - x0).max(3.0);
            let done = width * f64::from(activity.progress.clamp(0, 100)) / 100.0;
            rows.push_str(&format!(
                r#"<g class="timeline__activity timeline__activity--{status}"><title>{title} · {status_name} · {start} – {due} · {progress}</title><text x="14" y="{ty}">{label}</text><rect x="{x0:.1}" y="{by}" width="{width:.1}" height="14" rx="3" class="timeline__bar"/><rect x="{x0:.1}" y="{by}" width="{done:.1}" height="14" rx="3" class="timeline__done"/></g>"#,
                status = activity.status.key(),
                status_name = escape(&(words.status)(activity.status)),
                title = escape(&activity.title),
                label = escape(&clip(&activity.title, 34)),
                progress = escape(&(words.percent)(activity.progress.clamp(0, 100) as u8)),
                ty = y + 17.0,
                by = y + 5.0,
            ));
            y += ROW;
        }
    }
    let height = y + 8.0;
    let mut axis = String::new();
    let mut tick = from;
    while tick <= to {
        let tx = x(tick);
        let label = if tick.month() == 1 {
            tick.year().to_string()
        } else {
            format!("{:02}", tick.month())
        };
        axis.push_str(&format!(
            r#"<line x1="{tx:.1}" y1="{AXIS}" x2="{tx:.1}" y2="{height}" class="timeline__grid{strong}"/><text x="{tx:.1}" y="18" text-anchor="middle" class="timeline__tick">{label}</text>"#,
            strong = if tick.month() == 1 { " timeline__grid--year" } else { "" },
        ));
        tick = tick.checked_add_months(chrono::Months::new(3))?;
    }
    let now = day(today)
        .filter(|d| *d >= from && *d <= to)
        .map(|d| {
            let tx = x(d);
            format!(
                r#"<line x1="{tx:.1}" y1="{AXIS}" x2="{tx:.1}" y2="{height}" class="timeline__today"/><text x="{tx:.1}" y="{ly}" text-anchor="middle" class="timeline__today-label">{label}</text>"#,
                ly = height - 2.0,
                label = escape(words.today),
            )
        })
        .unwrap_or_default();
    Some(format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{title}"><title>{title}</title>{axis}{rows}{now}</svg>"#,
        title = escape(words.title),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity(id: i32, start: &str, due: &str, title: &str) -> ActivityView {
        ActivityView {
            id,
            title: title.into(),
            description: String::new(),
            owner: None,
            contributors: vec![],
            aspirations: vec![1],
            start_on: start.into(),
            due_on: due.into(),
            status: ActivityStatus::InProgress,
            progress: 50,
            indicators: vec![],
        }
    }

    #[test]
    fn draws_dated_activities_under_their_aspiration_with_today() {
        let aspirations = [AspirationView {
            id: 1,
            position: 1,
            title: "Mobility <for all>".into(),
            description: String::new(),
            progress: 50,
        }];
        let status = |s: ActivityStatus| format!("status {s}");
        let percent = |p: u8| format!("{p} %");
        let words = Words {
            title: "Timeline",
            today: "Today",
            status: &status,
            percent: &percent,
        };
        let activities = [
            activity(1, "2026-01-15", "2026-06-30", "Peer group"),
            activity(2, "", "2026-06-30", "Undated"),
        ];
        let drawn = svg(&aspirations, &activities, "2026-03-01", &words).unwrap();
        assert!(
            drawn.contains("Mobility &lt;for all&gt;"),
            "titles are escaped"
        );
        assert!(drawn.contains("Peer group") && !drawn.contains("Undated"));
        assert!(drawn.contains("timeline__today") && drawn.contains(">Today<"));
        assert!(drawn.contains("status in-progress"));
        assert_eq!(
            svg(&aspirations, &activities[1..], "2026-03-01", &words),
            None
        );
    }
}
