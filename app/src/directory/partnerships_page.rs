//! `/{locale}/directory/partnerships`: the open offers and needs, filtered by
//! what, which topic and where, all in the URL; for a signed-in member, the
//! offers that answer their organisation's needs.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

use super::card::{partnership_card, suggestion_item};
use super::edit_api::list_partnerships;
use super::edit_model::{PartnershipFilter, PartnershipList};
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::{labelled, named, options};
use crate::ui::query::query_string;
use crate::ui::{loaded, pager, PageTitle};
use store::vocabulary::{PartnershipKind, Topic};

fn filter_from(query: &ParamsMap) -> PartnershipFilter {
    let get = |key: &str| query.get(key).filter(|v| !v.is_empty());
    PartnershipFilter {
        direction: get("direction"),
        kind: get("kind"),
        topic: get("topic"),
        country: get("country"),
        page: get("page").and_then(|p| p.parse().ok()),
    }
}

fn page_link(filter: &PartnershipFilter, page: u32) -> String {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    query_string([
        ("direction", value(&filter.direction)),
        ("kind", value(&filter.kind)),
        ("topic", value(&filter.topic)),
        ("country", value(&filter.country)),
        (
            "page",
            if page > 1 {
                page.to_string()
            } else {
                String::new()
            },
        ),
    ])
}

#[component]
pub fn PartnershipsPage() -> impl IntoView {
    let filter = use_query_map().with_untracked(filter_from);
    let i18n = use_i18n();
    let list = list_partnerships(filter.clone());
    view! {
        <PageTitle id="partnerships-page-title"/>
        <h1>{t("partnerships-page-title")}</h1>
        <p class="lead">{t("partnerships-lead")}</p>
        {loaded(list, move |list| results(list, filter, i18n))}
    }
}

fn results(list: PartnershipList, filter: PartnershipFilter, i18n: I18n) -> impl IntoView {
    let total = list.total;
    let found = move || i18n.format("partnerships-found", &[("count", Arg::from(total))]);
    let suggestions = (!list.suggestions.is_empty()).then(|| {
        let items = list
            .suggestions
            .iter()
            .cloned()
            .map(|s| suggestion_item(s, i18n))
            .collect_view();
        view! {
            <section aria-labelledby="my-suggestions">
                <h2 id="my-suggestions">{t("suggestions-mine")}</h2>
                <ul class="plain-list partnership-list">{items}</ul>
            </section>
        }
    });
    let items = list
        .partnerships
        .into_iter()
        .map(|p| view! { <li>{partnership_card(p, true, i18n)}</li> })
        .collect_view();
    let empty = (total == 0)
        .then(|| view! { <p class="notice" role="status">{t("partnerships-none")}</p> });
    let pages = (list.pages > 1).then(|| {
        let filter = filter.clone();
        pager(list.page, list.pages, move |p| page_link(&filter, p), i18n)
    });
    let o = list.options;
    let directions = vec![
        ("offer".to_owned(), i18n.format("partnership-offer", &[])),
        ("seek".to_owned(), i18n.format("partnership-seek", &[])),
    ];
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    view! {
        {suggestions}
        <form method="get" class="filters" role="search">
            <div class="filter">
                <label for="p-direction">{t("field-direction")}</label>
                <select id="p-direction" name="direction">
                    <option value="">{t("filter-any")}</option>
                    {options(directions, &value(&filter.direction))}
                </select>
            </div>
            <div class="filter">
                <label for="p-kind">{t("field-partnership-kind")}</label>
                <select id="p-kind" name="kind">
                    <option value="">{t("filter-any")}</option>
                    {options(named(&PartnershipKind::ALL, i18n), &value(&filter.kind))}
                </select>
            </div>
            <div class="filter">
                <label for="p-topic">{t("filter-topic")}</label>
                <select id="p-topic" name="topic">
                    <option value="">{t("filter-any")}</option>
                    {options(named(&Topic::ALL, i18n), &value(&filter.topic))}
                </select>
            </div>
            <div class="filter">
                <label for="p-country">{t("filter-country")}</label>
                <select id="p-country" name="country">
                    <option value="">{t("filter-any")}</option>
                    {options(labelled(&o.countries, "country-", i18n), &value(&filter.country))}
                </select>
            </div>
            <div class="filter filter--actions">
                <button type="submit">{t("search-button")}</button>
            </div>
        </form>
        <p class="result-count" role="status">{found}</p>
        {empty}
        <ul class="plain-list partnership-list">{items}</ul>
        {pages}
    }
}
