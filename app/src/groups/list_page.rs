//! `/{locale}/groups`: the working groups open to the reader, those at
//! work first, then the archived ones.

use leptos::prelude::*;

use super::api::list_groups;
use super::model::{GroupLine, GroupList};
use super::paths;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::{loaded, DoneNotice, PageTitle};

#[component]
pub fn GroupsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="groups-title"/>
        <h1>{t("groups-title")}</h1>
        <p class="lead">{t("groups-lead")}</p>
        <DoneNotice/>
        {loaded(list_groups(), move |list| groups_list(list, i18n))}
    }
}

fn groups_list(list: GroupList, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let tools = list.founds.then(|| {
        view! { <p class="toolbar"><a class="button" href=paths::new_group(&locale)>{t("groups-found-new")}</a></p> }
    });
    let items = if list.lines.is_empty() {
        view! { <p>{t("groups-none")}</p> }.into_any()
    } else {
        let items = list
            .lines
            .into_iter()
            .map(|g| group_line(g, i18n))
            .collect_view();
        view! { <ul class="group-list">{items}</ul> }.into_any()
    };
    view! { {tools} {items} }
}

/// The mandate's span: from a day, to another or open.
pub fn mandate(starts_on: &str, ends_on: Option<&str>, i18n: I18n) -> String {
    match ends_on {
        Some(until) => i18n.format(
            "group-mandate-dates",
            &[("from", Arg::from(starts_on)), ("until", Arg::from(until))],
        ),
        None => i18n.format("group-mandate-open", &[("from", Arg::from(starts_on))]),
    }
}

fn group_line(g: GroupLine, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let archived = g
        .archived
        .then(|| view! { " " <span class="badge badge--strong">{t("group-archived")}</span> });
    let topic = g
        .topic
        .map(|topic| view! { <span class="badge">{t(topic.message_id())}</span> " " });
    let members = i18n.format("group-members-count", &[("count", Arg::from(g.members))]);
    view! {
        <li class="group-line">
            <a class="group-line__title" href=paths::group(&locale, &g.slug) lang=g.lang.clone()>{g.title.clone()}</a>
            {archived}
            <p class="muted">
                {topic}
                {members} " · " {mandate(&g.starts_on, g.ends_on.as_deref(), i18n)}
            </p>
        </li>
    }
}
