//! What participants receive by e-mail (server only): when they get a place
//! (at once, from the waiting list, or accepted), the event as an iMIP
//! `REQUEST` that their calendar program files; when it is cancelled, or
//! they withdraw, a `CANCEL` that takes it off; a reminder the day and the
//! hour before (a job that claims them every minute). Each in its reader's
//! language.

use std::time::Duration;

use store::events::calendar::message;
use store::events::ics::{Method, Parties};

use super::paths;
use super::support::when;
use crate::account::api_support::locale_of;
use crate::account::mail::{compose, Invitation, Kind};
use crate::i18n::Arg;
use crate::state::AppState;

/// What a message tells a participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// They have a place: the event for their calendar.
    Place,
    /// It is off their calendar: cancelled, or they withdrew.
    Off,
    /// It begins soon.
    Reminder,
    /// The organisers invite them: a place is theirs to take.
    Invited,
}

/// Sends the notice to each of `members`, in the background: the form's
/// answer does not wait for the mail.
pub fn tell(state: &AppState, event_id: i32, members: Vec<i32>, notice: Notice) {
    if members.is_empty() {
        return;
    }
    let state = state.clone();
    tokio::spawn(async move {
        if let Err(error) = send(&state, event_id, &members, notice).await {
            tracing::error!(%error, event = event_id, "event messages not sent");
        }
    });
}

async fn send(
    state: &AppState,
    event_id: i32,
    members: &[i32],
    notice: Notice,
) -> Result<(), store::StoreError> {
    let Some(event) = store::events::read::row(&state.db, event_id).await? else {
        return Ok(());
    };
    let site = &state.accounts.site_url;
    let zone = store::events::time::zone(&event.time_zone).unwrap_or(store::events::time::Tz::UTC);
    let w = when(zone, event.starts_at, event.ends_at);
    let time = format!("{} ({}, {})", w.span(), w.zone, w.offset);
    let (kind, method) = match notice {
        Notice::Place => (Kind::EventPlace, Some(Method::Request)),
        Notice::Off => (Kind::EventCancelled, Some(Method::Cancel)),
        Notice::Reminder => (Kind::EventReminder, None),
        Notice::Invited => (Kind::EventInvited, None),
    };
    for to in store::events::register::addressees(&state.db, members).await? {
        let locale = locale_of(&to.locale);
        let parties = Parties {
            organiser: state.mailer.sender(),
            attendee: (to.name.clone(), to.email.clone()),
        };
        let link = format!("{site}{}", paths::event(&locale, event.id));
        let args = [
            ("name", Arg::from(to.name.clone())),
            ("title", Arg::from(event.title.clone())),
            ("time", Arg::from(time.clone())),
        ];
        let mut email = compose(&state.catalog, &locale, kind, &to.email, &link, &args);
        email.calendar = method.map(|method| Invitation {
            method: if method == Method::Cancel {
                "CANCEL"
            } else {
                "REQUEST"
            },
            text: message(&event, site, method, parties),
        });
        if let Err(error) = state.mailer.send(email).await {
            tracing::error!(%error, member = to.member_id, "event message not sent");
        }
    }
    Ok(())
}

/// How often due reminders are looked for.
const EVERY: Duration = Duration::from_secs(60);

/// Sends the reminders as they fall due, for as long as the server runs.
pub async fn remind(state: AppState) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        send_reminders(&state).await;
    }
}

/// Claims the reminders due now and sends them; returns how many.
pub async fn send_reminders(state: &AppState) -> usize {
    let due = match store::events::register::claim_reminders(&state.db, chrono::Utc::now()).await {
        Ok(due) => due,
        Err(error) => {
            tracing::error!(%error, "reminders not claimed");
            return 0;
        }
    };
    let mut by_event: std::collections::BTreeMap<i32, Vec<i32>> = Default::default();
    for d in &due {
        by_event.entry(d.event_id).or_default().push(d.member_id);
    }
    for (event_id, members) in by_event {
        if let Err(error) = send(state, event_id, &members, Notice::Reminder).await {
            tracing::error!(%error, event = event_id, "reminders not sent");
        }
    }
    due.len()
}
