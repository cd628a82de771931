//! `/{locale}/events/calendar`: a member's own calendar address (made,
//! shown once, made anew or revoked), and the public calendars of the
//! networks and groups.

use leptos::prelude::*;

use super::api::load_calendar;
use super::model::CalendarView;
use super::paths;
use crate::i18n::t;
use crate::ui::query::query_text;
use crate::ui::{allowed, loaded, refusal, DoneNotice, LocaleField, PageTitle};

#[component]
pub fn CalendarPage() -> impl IntoView {
    let address = query_text("address");
    view! {
        <PageTitle id="calendar-title"/>
        <h1>{t("calendar-title")}</h1>
        <p class="lead">{t("calendar-lead")}</p>
        <DoneNotice/>
        {refusal(paths::NEW_CALENDAR_ADDRESS)}
        {refusal(paths::REVOKE_CALENDAR_ADDRESS)}
        {loaded(load_calendar(address), allowed(calendar_page))}
    }
}

fn calendar_page(c: CalendarView) -> impl IntoView {
    let shown = c.new_address.clone().map(|address| {
        view! {
            <label for="calendar-address">{t("calendar-address-label")}</label>
            <input id="calendar-address" class="copyable" readonly value=address.clone()/>
            <p class="notice">{t("calendar-address-once")}</p>
        }
    });
    let state = if c.new_address.is_some() {
        None
    } else if c.has_address {
        Some(view! { <p>{t("calendar-has-address")}</p> })
    } else {
        Some(view! { <p>{t("calendar-no-address")}</p> })
    };
    let make = if c.has_address {
        "calendar-make-new"
    } else {
        "calendar-make"
    };
    let revoke = c.has_address.then(|| {
        view! {
            <form method="post" action=paths::REVOKE_CALENDAR_ADDRESS class="inline-form">
                <LocaleField/>
                <button type="submit" class="danger">{t("calendar-revoke")}</button>
            </form>
        }
    });
    let feeds = c
        .feeds
        .iter()
        .map(|(name, href)| view! { <li><a href=href.clone() type="text/calendar">{name.clone()}</a></li> })
        .collect_view();
    view! {
        <section aria-labelledby="calendar-own-title">
            <h2 id="calendar-own-title">{t("calendar-address-label")}</h2>
            {shown}
            {state}
            <form method="post" action=paths::NEW_CALENDAR_ADDRESS class="inline-form">
                <LocaleField/>
                <button type="submit">{t(make)}</button>
            </form>
            " "
            {revoke}
        </section>
        <section aria-labelledby="calendar-feeds-title">
            <h2 id="calendar-feeds-title">{t("calendar-public-feeds")}</h2>
            <p>{t("calendar-public-feeds-lead")}</p>
            <ul class="plain-list">{feeds}</ul>
        </section>
    }
}
