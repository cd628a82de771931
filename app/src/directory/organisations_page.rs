use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

use super::card::organisation_cards;
use super::model::{OrganisationFilter, OrganisationList, MAX_QUERY_CHARS};
use super::{filter_options, list_organisations};
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::{labelled, named};
use crate::ui::query::query_string;
use crate::ui::{kept, loaded, pager, LiveForm, PageTitle};
use store::vocabulary::{OrganisationType, PartnershipKind, Sector, Topic};

fn filter_from(query: &ParamsMap) -> OrganisationFilter {
    let get = |key: &str| query.get(key).filter(|v| !v.is_empty());
    OrganisationFilter {
        q: get("q"),
        country: get("country"),
        organisation_type: get("type"),
        sector: get("sector"),
        topic: get("topic"),
        language: get("language"),
        network: get("network"),
        offers: get("offers"),
        seeks: get("seeks"),
        sort: get("sort"),
        page: get("page").and_then(|p| p.parse().ok()),
    }
}

/// The same filters on another page, as a query string.
fn page_link(filter: &OrganisationFilter, page: u32) -> String {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    query_string([
        ("q", value(&filter.q)),
        ("country", value(&filter.country)),
        ("type", value(&filter.organisation_type)),
        ("sector", value(&filter.sector)),
        ("topic", value(&filter.topic)),
        ("language", value(&filter.language)),
        ("network", value(&filter.network)),
        ("offers", value(&filter.offers)),
        ("seeks", value(&filter.seeks)),
        ("sort", value(&filter.sort)),
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

/// `/{locale}/directory/organisations`: search, filters, sort and pages, all in the URL.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let filter = use_query_map().with_untracked(filter_from);
    let i18n = use_i18n();
    let list = list_organisations(filter.clone());
    let form = {
        let filter = filter.clone();
        move |options| {
            // The same for every request with this locale and these choices
            // (a search text is rarely typed twice: that form is drawn each time).
            let key = filter.q.is_none().then(|| {
                format!(
                    "organisation-filters {} {}",
                    i18n.locale(),
                    page_link(&filter, 1)
                )
            });
            let form = kept(key, move || filters(options, filter, i18n));
            view! { <LiveForm form="organisation-filters".to_owned() results="organisation-results".to_owned()>{form}</LiveForm> }
        }
    };
    view! {
        <PageTitle id="organisations-title"/>
        <h1>{t("organisations-title")}</h1>
        <p class="lead">{t("organisations-lead")}</p>
        // With JavaScript the results follow the form in place (typing keeps its focus).
        {loaded(filter_options(), form)}
        <div id="organisation-results">
            {loaded(list, move |list| results(list, filter, i18n))}
        </div>
    }
}

fn results(list: OrganisationList, filter: OrganisationFilter, i18n: I18n) -> impl IntoView {
    let total = list.total;
    let found = move || i18n.format("organisations-found", &[("count", Arg::from(total))]);
    let pager = (list.pages > 1).then(|| {
        let filter = filter.clone();
        pager(list.page, list.pages, move |p| page_link(&filter, p), i18n)
    });
    let cards = organisation_cards(list.organisations, i18n);
    let empty = (total == 0)
        .then(|| view! { <p class="notice" role="status">{t("organisations-none")}</p> });
    let export = format!("{}{}", super::paths::EXPORT_CSV, page_link(&filter, 1));
    view! {
        <p class="result-count" role="status">
            {found}
            " "
            <a href=export download="organisations.csv">{t("organisations-export")}</a>
        </p>
        {empty}
        <ul class="card-list" aria-label=t("organisations-title") inner_html=cards></ul>
        {pager}
    }
}

/// A filter's choices; `any` names the empty choice that leaves it off (none
/// for a choice that always applies, like the order).
fn select(
    name: &'static str,
    label: &'static str,
    any: Option<&'static str>,
    options: Vec<(String, String)>,
    initial: String,
) -> impl IntoView {
    let id = format!("filter-{name}");
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let selected = value == initial;
            view! { <option value=value selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="filter">
            <label for=id.clone()>{t(label)}</label>
            <select id=id name=name>
                {any.map(|any| view! { <option value="">{t(any)}</option> })}
                {options}
            </select>
        </div>
    }
}

fn filters(
    options: super::model::FilterOptions,
    filter: OrganisationFilter,
    i18n: I18n,
) -> impl IntoView {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let sorts = options
        .sorts
        .iter()
        .map(|k| (k.clone(), i18n.format(&format!("sort-{k}"), &[])))
        .collect();
    let network = filter
        .network
        .clone()
        .map(|n| view! { <input type="hidden" name="network" value=n/> });
    let sort = filter
        .sort
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "relevance".into());
    let selects = view! {
        {select("country", "filter-country", Some("filter-any"), labelled(&options.countries, "country-", i18n), value(&filter.country))}
        {select("type", "filter-type", Some("filter-any"), named(&OrganisationType::ALL, i18n), value(&filter.organisation_type))}
        {select("sector", "filter-sector", Some("filter-any"), named(&Sector::ALL, i18n), value(&filter.sector))}
        {select("topic", "filter-topic", Some("filter-any"), named(&Topic::ALL, i18n), value(&filter.topic))}
        {select("language", "filter-language", Some("filter-any"), labelled(&options.languages, "language-", i18n), value(&filter.language))}
        {select("offers", "filter-offers", Some("filter-any"), named(&PartnershipKind::ALL, i18n), value(&filter.offers))}
        {select("seeks", "filter-seeks", Some("filter-any"), named(&PartnershipKind::ALL, i18n), value(&filter.seeks))}
        {select("sort", "sort-label", None, sorts, sort)}
    };
    view! {
        <form id="organisation-filters" method="get" class="filters" role="search">
            <div class="filter filter--wide">
                <label for="filter-q">{t("organisations-search-label")}</label>
                <input id="filter-q" type="search" name="q" maxlength=MAX_QUERY_CHARS value=value(&filter.q) autocomplete="off"/>
            </div>
            {selects}
            {network}
            <div class="filter filter--actions">
                <button type="submit">{t("search-button")}</button>
            </div>
        </form>
    }
}
