use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::card::network_line;
use super::directory_tools::directory_tools;
use super::model::MAX_QUERY_CHARS;
use super::{network_tree, NetworkNode};
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::{loaded, PageTitle};

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let q = use_query_map().with_untracked(|query| query.get("q").unwrap_or_default());
    let i18n = use_i18n();
    let tree = network_tree((!q.is_empty()).then(|| q.clone()));
    let nodes = {
        let q = q.clone();
        move |nodes: Vec<NetworkNode>| {
            if nodes.is_empty() {
                let none = i18n.format("directory-no-match", &[("query", Arg::from(q))]);
                view! { <p class="notice" role="status">{none}</p> }.into_any()
            } else {
                view! {
                    <ul class="network-tree" aria-label=t("directory-tree-label")>
                        {nodes.into_iter().map(|n| node(n, i18n)).collect_view()}
                    </ul>
                }
                .into_any()
            }
        }
    };
    view! {
        <PageTitle id="directory-title"/>
        <h1>{t("directory-title")}</h1>
        <p class="lead">{t("directory-lead")}</p>
        <p class="link-row">
            <a class="button-link" href=move || format!("/{}/directory/organisations", i18n.locale())>{t("directory-organisations-link")}</a>
            <a class="button-link" href=move || format!("/{}/directory/partnerships", i18n.locale())>{t("partnerships-page-title")}</a>
            <a class="button-link" href=move || format!("/{}/directory/map", i18n.locale())>{t("map-link")}</a>
        </p>
        {directory_tools()}
        <form method="get" class="search-form" role="search">
            <label for="network-search">{t("directory-search-label")}</label>
            <div class="search-form__row">
                <input id="network-search" type="search" name="q" maxlength=MAX_QUERY_CHARS value=q/>
                <button type="submit">{t("search-button")}</button>
            </div>
        </form>
        {loaded(tree, nodes)}
    }
}

fn node(node: NetworkNode, i18n: I18n) -> AnyView {
    let kind = node.network.kind.key();
    let children = (!node.children.is_empty()).then(|| {
        view! { <ul>{node.children.into_iter().map(|c| self::node(c, i18n)).collect_view()}</ul> }
    });
    view! {
        <li class="network" data-kind=kind>
            {network_line(node.network, i18n)}
            {children}
        </li>
    }
    .into_any()
}
