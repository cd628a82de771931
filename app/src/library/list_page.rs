//! `/{locale}/library`: the resources, searched in their titles, summaries
//! and the text of their files, filtered by kind, topic, sector, language,
//! country and licence, by relevance or the newest first; all of it in the URL.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;
use store::library::read::Order;
use store::vocabulary::{Licence, ResourceKind, ResourceStatus, Sector, Topic};

use super::api::list_resources;
use super::model::{CardView, LibraryFilter, LibraryList};
use super::paths;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::{labelled, named, options};
use crate::ui::query::query_string;
use crate::ui::{loaded, pager, DoneNotice, PageTitle};

fn filter_from(query: &ParamsMap) -> LibraryFilter {
    let get = |key: &str| query.get(key).filter(|v| !v.is_empty());
    LibraryFilter {
        q: get("q"),
        kind: get("kind"),
        topic: get("topic"),
        sector: get("sector"),
        lang: get("lang"),
        country: get("country"),
        licence: get("licence"),
        sort: get("sort"),
        page: get("page").and_then(|p| p.parse().ok()),
    }
}

fn page_link(filter: &LibraryFilter, page: u32) -> String {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let page = if page > 1 {
        page.to_string()
    } else {
        String::new()
    };
    query_string([
        ("q", value(&filter.q)),
        ("kind", value(&filter.kind)),
        ("topic", value(&filter.topic)),
        ("sector", value(&filter.sector)),
        ("lang", value(&filter.lang)),
        ("country", value(&filter.country)),
        ("licence", value(&filter.licence)),
        ("sort", value(&filter.sort)),
        ("page", page),
    ])
}

#[component]
pub fn LibraryPage() -> impl IntoView {
    let filter = use_query_map().with_untracked(filter_from);
    let i18n = use_i18n();
    let list = list_resources(filter.clone(), i18n.locale());
    view! {
        <PageTitle id="library-title"/>
        <h1>{t("library-title")}</h1>
        <p class="lead">{t("library-lead")}</p>
        <DoneNotice/>
        {loaded(list, move |list| results(list, filter, i18n))}
    }
}

fn results(list: LibraryList, filter: LibraryFilter, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let tools = if list.signed_in {
        view! { <p class="toolbar"><a class="button" href=paths::add_page(&locale)>{t("library-add")}</a></p> }
            .into_any()
    } else {
        view! {
            <p class="notice">
                <a href=format!("/{locale}/account/sign-in")>{t("library-sign-in-to-add")}</a>
            </p>
        }
        .into_any()
    };
    let total = list.total;
    let found = move || i18n.format("library-found", &[("count", Arg::from(total))]);
    let items = if list.cards.is_empty() {
        view! { <p>{t("library-none")}</p> }.into_any()
    } else {
        let items = list
            .cards
            .into_iter()
            .map(|card| resource_line(card, i18n))
            .collect_view();
        view! { <ol class="resource-list">{items}</ol> }.into_any()
    };
    let link = {
        let filter = filter.clone();
        move |page: u32| format!("{}{}", paths::library(&i18n.locale()), page_link(&filter, page))
    };
    view! {
        {tools}
        {filters(&list.countries, &filter, i18n)}
        <p class="result-count" role="status">{found}</p>
        {items}
        {pager(list.page, list.pages, link, i18n)}
    }
}

fn filters(countries: &[String], filter: &LibraryFilter, i18n: I18n) -> impl IntoView {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let select = |name: &'static str,
                  label: &'static str,
                  choices: Vec<(String, String)>,
                  current: String| {
        let id = format!("library-filter-{name}");
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
    let languages: Vec<String> = crate::i18n::locales::codes()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let sorts = Order::ALL
        .iter()
        .map(|o| {
            (
                o.key().to_owned(),
                i18n.format(&format!("library-sort-{}", o.key()), &[]),
            )
        })
        .collect::<Vec<_>>();
    let sort = value(&filter.sort);
    view! {
        <form method="get" class="filters" role="search">
            <div class="filter filter--wide">
                <label for="library-filter-q">{t("library-search-label")}</label>
                <input id="library-filter-q" type="search" name="q" maxlength="200" value=value(&filter.q)/>
            </div>
            {select("kind", "resource-kind", named(&ResourceKind::ALL, i18n), value(&filter.kind))}
            {select("topic", "resource-topics", named(&Topic::ALL, i18n), value(&filter.topic))}
            {select("sector", "resource-sectors", named(&Sector::ALL, i18n), value(&filter.sector))}
            {select("lang", "resource-language", labelled(&languages, "language-", i18n), value(&filter.lang))}
            {select("country", "resource-countries", labelled(countries, "country-", i18n), value(&filter.country))}
            {select("licence", "resource-licence", named(&Licence::ALL, i18n), value(&filter.licence))}
            <div class="filter">
                <label for="library-filter-sort">{t("library-sort")}</label>
                <select id="library-filter-sort" name="sort">{options(sorts, &sort)}</select>
            </div>
            <div class="filter filter--actions">
                <button type="submit">{t("search-button")}</button>
            </div>
        </form>
    }
}

fn resource_line(card: CardView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let languages = card
        .languages
        .iter()
        .map(|lang| {
            let name = crate::i18n::locales::endonym(lang).unwrap_or(lang).to_owned();
            view! { <span class="badge" lang=lang.clone()>{name}</span> }
        })
        .collect_view();
    let status = (card.status != ResourceStatus::Published)
        .then(|| view! { <span class="badge badge--strong">{t(card.status.message_id())}</span> });
    let from = card.organisation_name.clone().map(|name| view! { " · " {name} });
    view! {
        <li class="resource-line">
            <a class="resource-line__title" href=paths::resource(&locale, card.id) lang=card.lang.clone()>{card.title.clone()}</a>
            {status}
            <p class="muted">
                <span class="badge">{t(card.kind.message_id())}</span>
                " " {languages}
                {from}
                " · " <time datetime=card.updated_iso.clone()>{card.updated.clone()}</time>
                " · " {t(card.licence.message_id())}
            </p>
        </li>
    }
}
