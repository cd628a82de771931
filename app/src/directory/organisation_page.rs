use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

use super::card::organisation_card;
use super::model::{OrganisationFilter, OrganisationList, MAX_QUERY_CHARS};
use super::{filter_options, list_organisations};
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::labelled;
use crate::ui::query::query_string;
use crate::ui::{pager, PageTitle};

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
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(filter_from));
    let list = Resource::new(move || filter.get(), list_organisations);
    let options = Resource::new(|| (), |_| filter_options());
    let i18n = use_i18n();
    view! {
        <PageTitle id="organisations-title"/>
        <h1>{t("organisations-title")}</h1>
        <p class="lead">{t("organisations-lead")}</p>
        // Outside the list's transition: typing in the form keeps its focus
        // while the results below change.
        <Suspense>
            {move || Suspend::new(async move {
                options.await.ok().map(|options| filters(options, filter, i18n))
            })}
        </Suspense>
        <Transition fallback=move || view! { <p aria-busy="true">{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => results(list, filter.get_untracked(), i18n).into_any(),
                    Err(_) => view! { <p class="notice notice--error">{t("error-load")}</p> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn results(list: OrganisationList, filter: OrganisationFilter, i18n: I18n) -> impl IntoView {
    let total = list.total;
    let found = move || i18n.format("organisations-found", &[("count", Arg::from(total))]);
    let pager = (list.pages > 1).then(|| {
        let filter = filter.clone();
        pager(list.page, list.pages, move |p| page_link(&filter, p), i18n)
    });
    let cards = list
        .organisations
        .into_iter()
        .map(|o| organisation_card(o, i18n))
        .collect_view();
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
        <ul class="card-list" aria-label=t("organisations-title")>{cards}</ul>
        {pager}
    }
}

/// A filter's choices; `any` names the empty choice that leaves it off (none
/// for a choice that always applies, like the order). It follows the URL
/// (back and forward), and with JavaScript a change shows its results at once.
fn select(
    name: &'static str,
    label: &'static str,
    any: Option<&'static str>,
    options: Vec<(String, String)>,
    current: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let id = format!("filter-{name}");
    // Read once, untracked: the form is drawn once and then follows the URL
    // through `prop:value` (a tracked read would redraw it and lose the focus).
    let initial = untrack(&current);
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
            <select id=id name=name prop:value=current on:change=submit_from_select>
                {any.map(|any| view! { <option value="">{t(any)}</option> })}
                {options}
            </select>
        </div>
    }
}

/// Submits the select's form (the router's `Form` turns that into a navigation).
fn submit_from_select(ev: leptos::ev::Event) {
    if let Some(form) = event_target::<leptos::web_sys::HtmlSelectElement>(&ev).form() {
        let _ = form.request_submit();
    }
}

/// How long typing pauses before the results follow the search text.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

fn filters(
    options: super::model::FilterOptions,
    filter: Memo<OrganisationFilter>,
    i18n: I18n,
) -> impl IntoView {
    let value = move |get: fn(&OrganisationFilter) -> &Option<String>| {
        move || filter.with(|f| get(f).clone().unwrap_or_default())
    };
    let sorts = options
        .sorts
        .iter()
        .map(|k| (k.clone(), i18n.format(&format!("sort-{k}"), &[])))
        .collect();
    let network = filter
        .get_untracked()
        .network
        .map(|n| view! { <input type="hidden" name="network" value=n/> });
    let q = value(|f| &f.q);
    let selects = view! {
        {select("country", "filter-country", Some("filter-any"), labelled(&options.countries, "country-", i18n), value(|f| &f.country))}
        {select("type", "filter-type", Some("filter-any"), labelled(&options.organisation_types, "organisation-type-", i18n), value(|f| &f.organisation_type))}
        {select("sector", "filter-sector", Some("filter-any"), labelled(&options.sectors, "sector-", i18n), value(|f| &f.sector))}
        {select("topic", "filter-topic", Some("filter-any"), labelled(&options.topics, "topic-", i18n), value(|f| &f.topic))}
        {select("language", "filter-language", Some("filter-any"), labelled(&options.languages, "language-", i18n), value(|f| &f.language))}
        {select("offers", "filter-offers", Some("filter-any"), labelled(&options.partnership_kinds, "partnership-kind-", i18n), value(|f| &f.offers))}
        {select("seeks", "filter-seeks", Some("filter-any"), labelled(&options.partnership_kinds, "partnership-kind-", i18n), value(|f| &f.seeks))}
        {select("sort", "sort-label", None, sorts, move || {
            filter.with(|f| f.sort.clone()).filter(|s| !s.is_empty()).unwrap_or_else(|| "relevance".into())
        })}
    };
    // A pause in typing submits the form; each keystroke restarts the wait.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        let input = event_target::<leptos::web_sys::HtmlInputElement>(&ev);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if let Some(form) = input.form() {
                    let _ = form.request_submit();
                }
            },
            TYPING_PAUSE,
        )
        .ok();
        pending.set_value(handle);
    };
    view! {
        <Form method="GET" action="" noscroll=true replace=true attr:class="filters" attr:role="search">
            <div class="filter filter--wide">
                <label for="filter-q">{t("organisations-search-label")}</label>
                <input id="filter-q" type="search" name="q" maxlength=MAX_QUERY_CHARS value=untrack(q) prop:value=q on:input=on_input autocomplete="off"/>
            </div>
            {selects}
            {network}
            <div class="filter filter--actions">
                <button type="submit">{t("search-button")}</button>
            </div>
        </Form>
    }
}
