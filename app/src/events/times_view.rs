//! How a time is shown: on the event's clocks, with its zone and offset,
//! and on the reader's when theirs show another hour then.

use leptos::prelude::*;

use super::model::Times;
use crate::i18n::{Arg, I18n};

/// `2026-12-08 15:00–16:30 Europe/Brussels (UTC+01:00)`, and the reader's
/// time on a second line when it differs.
pub fn times_line(times: &Times, i18n: I18n) -> impl IntoView {
    let w = &times.event;
    let reader = times.reader.as_ref().map(|r| {
        let time = format!("{} ({})", r.span(), r.zone);
        let text = i18n.format("event-your-time", &[("time", Arg::from(time))]);
        view! { <span class="event-time__reader">{text}</span> }
    });
    view! {
        <p class="event-time">
            <time datetime=w.starts_iso.clone()>{w.span()}</time>
            " " <span class="muted">{format!("{} ({})", w.zone, w.offset)}</span>
            {reader}
        </p>
    }
}
