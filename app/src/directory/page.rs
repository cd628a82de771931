use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use super::card::network_line;
use super::directory_tools::{directory_tools_resource, DirectoryToolsSection};
use super::model::MAX_QUERY_CHARS;
use super::{network_tree, NetworkNode};
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::PageTitle;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let tree = Resource::new(
        move || q.get(),
        |q| network_tree((!q.is_empty()).then_some(q)),
    );
    let tools = directory_tools_resource();
    let i18n = use_i18n();
    view! {
        <PageTitle id="directory-title"/>
        <h1>{t("directory-title")}</h1>
        <p class="lead">{t("directory-lead")}</p>
        <p class="link-row">
            <a class="button-link" href=move || format!("/{}/directory/organisations", i18n.locale())>{t("directory-organisations-link")}</a>
            <a class="button-link" href=move || format!("/{}/directory/partnerships", i18n.locale())>{t("partnerships-page-title")}</a>
            <a class="button-link" href=move || format!("/{}/directory/map", i18n.locale())>{t("map-link")}</a>
        </p>
        <DirectoryToolsSection tools/>
        <Form method="GET" action="" attr:class="search-form" attr:role="search">
            <label for="network-search">{t("directory-search-label")}</label>
            <div class="search-form__row">
                <input id="network-search" type="search" name="q" maxlength=MAX_QUERY_CHARS prop:value=q/>
                <button type="submit">{t("search-button")}</button>
            </div>
        </Form>
        <Transition fallback=move || view! { <p aria-busy="true">{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match tree.await {
                    Ok(nodes) if nodes.is_empty() => view! {
                        <p class="notice" role="status">{move || i18n.format("directory-no-match", &[("query", Arg::from(q.get()))])}</p>
                    }.into_any(),
                    Ok(nodes) => view! {
                        <ul class="network-tree" aria-label=t("directory-tree-label")>
                            {nodes.into_iter().map(|n| node(n, i18n)).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(_) => view! { <p class="notice notice--error">{t("error-load")}</p> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn node(node: NetworkNode, i18n: I18n) -> AnyView {
    let kind = node.network.kind.clone();
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
