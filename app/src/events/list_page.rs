//! `/{locale}/events`: the events to come, the soonest first, or the past
//! ones (`?when=past`) as a repository with their recordings, filtered by
//! kind and network; all of it in the URL. Each time is shown on the
//! event's clocks, and on the reader's when theirs show another hour.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;
use store::vocabulary::EventKind;

use super::api::list_events;
use super::model::{EventFilter, EventLine, EventList};
use super::paths;
use super::times_view::times_line;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::{named, options};
use crate::ui::query::query_string;
use crate::ui::{loaded, pager, DoneNotice, PageTitle};

fn filter_from(query: &ParamsMap) -> EventFilter {
    let get = |key: &str| query.get(key).filter(|v| !v.is_empty());
    EventFilter {
        when: get("when").filter(|w| w == "past"),
        kind: get("kind"),
        network: get("network"),
        page: get("page").and_then(|p| p.parse().ok()),
    }
}

fn page_link(filter: &EventFilter, page: u32) -> String {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let page = if page > 1 {
        page.to_string()
    } else {
        String::new()
    };
    query_string([
        ("when", value(&filter.when)),
        ("kind", value(&filter.kind)),
        ("network", value(&filter.network)),
        ("page", page),
    ])
}

#[component]
pub fn EventsPage() -> impl IntoView {
    let filter = use_query_map().with_untracked(filter_from);
    let i18n = use_i18n();
    let list = list_events(filter.clone());
    view! {
        <PageTitle id="events-title"/>
        <h1>{t("events-title")}</h1>
        <p class="lead">{t("events-lead")}</p>
        <DoneNotice/>
        {loaded(list, move |list| results(list, filter, i18n))}
    }
}

fn results(list: EventList, filter: EventFilter, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let tools = (list.organises || list.signed_in).then(|| {
        let organise = list.organises.then(|| {
            view! { <a class="button" href=paths::new_event(&locale)>{t("events-organise")}</a> " " }
        });
        view! {
            <p class="toolbar">
                {organise}
                <a href=paths::calendar(&locale)>{t("events-your-calendar")}</a>
            </p>
        }
    });
    let past = filter.when.is_some();
    let tab = |href: String, id: &'static str, current: bool| {
        let aria = current.then_some("page");
        view! { <a href=href aria-current=aria>{t(id)}</a> }
    };
    let tabs = view! {
        <nav class="tabs" aria-label=i18n.format("events-title", &[])>
            {tab(paths::events(&locale), "events-upcoming", !past)}
            {tab(paths::past_events(&locale), "events-past", past)}
        </nav>
    };
    let total = list.total;
    let found = move || i18n.format("events-found", &[("count", Arg::from(total))]);
    let items = if list.lines.is_empty() {
        view! { <p>{t("events-none")}</p> }.into_any()
    } else {
        let items = list
            .lines
            .into_iter()
            .map(|line| event_line(line, i18n))
            .collect_view();
        view! { <ol class="event-list">{items}</ol> }.into_any()
    };
    let link = {
        let filter = filter.clone();
        move |page: u32| format!("{}{}", paths::events(&i18n.locale()), page_link(&filter, page))
    };
    view! {
        {tools}
        {tabs}
        {filters(&list.networks, &filter, i18n)}
        <p class="result-count" role="status">{found}</p>
        {items}
        {pager(list.page, list.pages, link, i18n)}
    }
}

fn filters(networks: &[(String, String)], filter: &EventFilter, i18n: I18n) -> impl IntoView {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let when = filter.when.clone().map(|w| view! { <input type="hidden" name="when" value=w/> });
    view! {
        <form method="get" class="filters">
            {when}
            <div class="filter">
                <label for="events-filter-kind">{t("events-filter-kind")}</label>
                <select id="events-filter-kind" name="kind">
                    <option value="">{t("filter-any")}</option>
                    {options(named(&EventKind::ALL, i18n), &value(&filter.kind))}
                </select>
            </div>
            <div class="filter">
                <label for="events-filter-network">{t("events-filter-network")}</label>
                <select id="events-filter-network" name="network">
                    <option value="">{t("filter-any")}</option>
                    {options(networks.to_vec(), &value(&filter.network))}
                </select>
            </div>
            <div class="filter filter--actions">
                <button type="submit">{t("events-show")}</button>
            </div>
        </form>
    }
}

/// An event as lists show it (here, and on a group's page).
pub fn event_line(e: EventLine, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let cancelled = e
        .cancelled
        .then(|| view! { " " <span class="badge badge--strong">{t("event-cancelled-badge")}</span> });
    let place = if e.online {
        Some(i18n.format("event-online", &[]))
    } else {
        None
    };
    let venue = e.venue.clone().map(|v| {
        let country = e
            .country_code
            .as_ref()
            .map(|c| format!(", {}", i18n.format(&format!("country-{c}"), &[])))
            .unwrap_or_default();
        format!("{v}{country}")
    });
    let whereabouts = [place, venue]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let by = e
        .group
        .clone()
        .map(|(slug, title)| {
            view! { " · " <a href=crate::groups::paths::group(&locale, &slug)>{title}</a> }.into_any()
        })
        .or_else(|| e.network_name.clone().map(|n| view! { " · " {n} }.into_any()));
    let places = match e.places_left {
        Some(0) => Some(i18n.format("event-full", &[])),
        Some(n) => Some(i18n.format("event-places-left", &[("count", Arg::from(n))])),
        None => None,
    }
    .filter(|_| !e.cancelled)
    .map(|text| view! { " · " {text} });
    let recorded = e.recorded.then(|| view! { " · " <span class="badge">{t("event-recorded")}</span> });
    let series = e.series.then(|| view! { " · " {t("event-in-series")} });
    view! {
        <li class="event-line">
            {times_line(&e.times, i18n)}
            <a class="event-line__title" href=paths::event(&locale, e.id) lang=e.lang.clone()>{e.title.clone()}</a>
            {cancelled}
            <p class="muted">
                <span class="badge">{t(e.kind.message_id())}</span>
                " " {whereabouts}
                {by}
                {places}
                {series}
                {recorded}
            </p>
        </li>
    }
}
