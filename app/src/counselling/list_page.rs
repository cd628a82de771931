//! `/{locale}/counselling`: the threads, latest activity first, filtered by
//! topic, language, network, solved or not, followed or mine, and searched;
//! all of it in the URL. Unread threads are marked for members.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;
use store::vocabulary::Topic;

use super::api::list_threads;
use super::model::{ThreadFilter, ThreadItem, ThreadList};
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::{labelled, named, options};
use crate::ui::query::query_string;
use crate::ui::{loaded, pager, DoneNotice, PageTitle};

fn filter_from(query: &ParamsMap) -> ThreadFilter {
    let get = |key: &str| query.get(key).filter(|v| !v.is_empty());
    ThreadFilter {
        q: get("q"),
        topic: get("topic"),
        lang: get("lang"),
        network: get("network"),
        solved: get("solved"),
        show: get("show"),
        page: get("page").and_then(|p| p.parse().ok()),
    }
}

fn page_link(filter: &ThreadFilter, page: u32) -> String {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let page = if page > 1 {
        page.to_string()
    } else {
        String::new()
    };
    query_string([
        ("q", value(&filter.q)),
        ("topic", value(&filter.topic)),
        ("lang", value(&filter.lang)),
        ("network", value(&filter.network)),
        ("solved", value(&filter.solved)),
        ("show", value(&filter.show)),
        ("page", page),
    ])
}

#[component]
pub fn CounsellingPage() -> impl IntoView {
    let filter = use_query_map().with_untracked(filter_from);
    let i18n = use_i18n();
    let list = list_threads(filter.clone());
    view! {
        <PageTitle id="counselling-title"/>
        <h1>{t("counselling-title")}</h1>
        <p class="lead">{t("counselling-lead")}</p>
        <DoneNotice/>
        {loaded(list, move |list| results(list, filter, i18n))}
    }
}

fn results(list: ThreadList, filter: ThreadFilter, i18n: I18n) -> impl IntoView {
    let locale = move || i18n.locale();
    let tools = if list.signed_in {
        let unread = list.unread_notifications;
        let notifications =
            move || i18n.format("notifications-link", &[("count", Arg::from(unread))]);
        let moderation = list.may_moderate.then(|| {
            view! { <a href=move || format!("/{}/counselling/moderation", locale())>{t("moderation-title")}</a> }
        });
        view! {
            <p class="toolbar">
                <a class="button" href=move || format!("/{}/counselling/ask", locale())>{t("ask-title")}</a>
                <a href=move || format!("/{}/counselling/notifications", locale())>{notifications}</a>
                {moderation}
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="notice">
                <a href=move || format!("/{}/account/sign-in", locale())>{t("counselling-sign-in-to-ask")}</a>
            </p>
        }
        .into_any()
    };
    let total = list.total;
    let found = move || i18n.format("threads-found", &[("count", Arg::from(total))]);
    let items = if list.threads.is_empty() {
        view! { <p>{t("threads-none")}</p> }.into_any()
    } else {
        let items = list
            .threads
            .into_iter()
            .map(|item| thread_line(item, i18n))
            .collect_view();
        view! { <ol class="thread-list">{items}</ol> }.into_any()
    };
    let link = {
        let filter = filter.clone();
        move |page: u32| format!("/{}/counselling{}", i18n.locale(), page_link(&filter, page))
    };
    view! {
        {tools}
        {filters(&list.languages, &list.networks, list.signed_in, &filter, i18n)}
        <p class="result-count" role="status">{found}</p>
        {items}
        {pager(list.page, list.pages, link, i18n)}
    }
}

fn filters(
    languages: &[String],
    networks: &[super::model::NetworkChoice],
    signed_in: bool,
    filter: &ThreadFilter,
    i18n: I18n,
) -> impl IntoView {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let select = |name: &'static str,
                  label: &'static str,
                  choices: Vec<(String, String)>,
                  current: String| {
        let id = format!("thread-filter-{name}");
        view! {
            <div class="filter">
                <label for=id.clone()>{t(label)}</label>
                <select id=id name=name>
                    <option value="">{t("filter-any")}</option>
                    {options(choices, &current)}
                </select>
            </div>
        }
    };
    let networks: Vec<(String, String)> = networks
        .iter()
        .map(|n| (n.slug.clone(), n.name.clone()))
        .collect();
    let solved = vec![
        ("no".to_owned(), i18n.format("threads-unsolved", &[])),
        ("yes".to_owned(), i18n.format("threads-solved", &[])),
    ];
    let show = signed_in.then(|| {
        let choices = vec![
            ("followed".to_owned(), i18n.format("threads-followed", &[])),
            ("mine".to_owned(), i18n.format("threads-mine", &[])),
        ];
        select("show", "threads-show", choices, value(&filter.show))
    });
    view! {
        <form method="get" class="filters" role="search">
            <div class="filter filter--wide">
                <label for="thread-filter-q">{t("threads-search-label")}</label>
                <input id="thread-filter-q" type="search" name="q" maxlength="200" value=value(&filter.q)/>
            </div>
            {select("topic", "thread-topic", named(&Topic::ALL, i18n), value(&filter.topic))}
            {select("lang", "threads-language", labelled(languages, "language-", i18n), value(&filter.lang))}
            {(!networks.is_empty()).then(|| select("network", "threads-network", networks, value(&filter.network)))}
            {select("solved", "threads-state", solved, value(&filter.solved))}
            {show}
            <div class="filter filter--actions">
                <button type="submit">{t("search-button")}</button>
            </div>
        </form>
    }
}

fn thread_line(item: ThreadItem, i18n: I18n) -> impl IntoView {
    let href = {
        let id = item.id;
        move || super::paths::thread(&i18n.locale(), id)
    };
    let topic = {
        let key = item.topic.message_id();
        move || i18n.format(key, &[])
    };
    let replies = {
        let n = item.reply_count.max(0) as u64;
        move || i18n.format("thread-replies", &[("count", Arg::from(n))])
    };
    let asked = {
        let name = item.asker_name.clone();
        move || i18n.format("thread-asked-by", &[("name", Arg::from(name.clone()))])
    };
    let audience = match item.network_name.clone() {
        Some(name) => name.into_any(),
        None => t("thread-platform").into_any(),
    };
    let class = if item.unread {
        "thread-line thread-line--unread"
    } else {
        "thread-line"
    };
    view! {
        <li class=class>
            <a class="thread-line__title" href=href lang=item.lang.clone()>{item.title.clone()}</a>
            {item.unread.then(|| view! { <span class="badge badge--strong">{t("thread-unread")}</span> })}
            {item.solved.then(|| view! { <span class="badge badge--strong">{t("thread-solved")}</span> })}
            {item.hidden.then(|| view! { <span class="badge">{t("thread-hidden-badge")}</span> })}
            <p class="muted">
                <span class="badge">{topic}</span>
                " " {audience} " · " {asked} " · " {replies} " · "
                <time datetime=item.last_activity_iso.clone()>{item.last_activity.clone()}</time>
            </p>
        </li>
    }
}
