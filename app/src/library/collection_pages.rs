//! Toolboxes: `/{locale}/library/collections` (every collection),
//! `/{locale}/library/collections/{id}` (its resources in order, each with
//! its note; for its curators, the forms that reorder, annotate and remove)
//! and `/{locale}/library/collections/new` (for facilitators).

use leptos::prelude::*;
use store::vocabulary::Topic;

use super::collection_api::{load_collection, load_collection_form, load_collections};
use super::model::{CollectionForm, CollectionList, CollectionView, ItemView};
use super::paths;
use crate::counselling::MarkdownField;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::{labelled, named, options};
use crate::ui::query::path_number;
use crate::ui::{allowed, found, loaded, refusal, DoneNotice, LocaleField, PageTitle, PageTitleText};

#[component]
pub fn CollectionsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="collections-title"/>
        <p class="eyebrow"><a href=move || paths::library(&i18n.locale())>{t("library-title")}</a></p>
        <h1>{t("collections-title")}</h1>
        <p class="lead">{t("collections-lead")}</p>
        <DoneNotice/>
        {loaded(load_collections(), move |list| collection_list(list, i18n))}
    }
}

fn collection_list(list: CollectionList, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let create = list.may_create.then(|| {
        view! { <p class="toolbar"><a class="button" href=paths::new_collection(&locale)>{t("collection-new")}</a></p> }
    });
    let items = if list.collections.is_empty() {
        view! { <p>{t("collections-none")}</p> }.into_any()
    } else {
        let lines = list
            .collections
            .into_iter()
            .map(|c| {
                let count = i18n.format("collection-count", &[("count", Arg::from(c.items))]);
                let topic = c.topic.map(|topic| view! { " · " {t(topic.message_id())} });
                let network = c.network_name.map(|n| view! { " · " {n} });
                view! {
                    <li class="resource-line">
                        <a class="resource-line__title" href=paths::collection(&locale, c.id) lang=c.lang>{c.title}</a>
                        <p class="muted">
                            {count} {topic} {network}
                            " · " <time datetime=c.updated_iso>{c.updated}</time>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="resource-list">{lines}</ol> }.into_any()
    };
    view! { {create} {items} }
}

#[component]
pub fn CollectionPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = path_number("id").unwrap_or(0);
    view! {
        <DoneNotice/>
        {refusal(paths::CHANGE_ITEM)}
        {loaded(load_collection(id, i18n.locale()), found(move |c| collection_page(c, i18n)))}
    }
}

fn collection_page(c: CollectionView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let facts = {
        let topic = c.topic.map(|topic| view! { <dt>{t("resource-topics")}</dt> <dd>{t(topic.message_id())}</dd> });
        let network = c.network.clone().map(|(slug, name)| {
            view! {
                <dt>{t("resource-network")}</dt>
                <dd><a href=format!("/{locale}/directory/networks/{slug}")>{name}</a></dd>
            }
        });
        view! {
            <dl class="facts">
                {topic}
                {network}
                <dt>{t("collection-curator")}</dt><dd>{c.curator_name.clone()}</dd>
                <dt>{t("resource-updated")}</dt><dd><time datetime=c.updated_iso.clone()>{c.updated.clone()}</time></dd>
            </dl>
        }
    };
    let unseen = (c.unseen > 0)
        .then(|| view! { <p class="notice">{i18n.format("collection-unseen", &[("count", Arg::from(c.unseen))])}</p> });
    let items = if c.items.is_empty() {
        view! { <p>{t("collection-empty")}</p> }.into_any()
    } else {
        let last = c.items.len() - 1;
        let editable = c.editable;
        let rows = c
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| item_row(item, editable, i == 0, i == last, i18n))
            .collect_view();
        view! { <ol class="toolbox">{rows}</ol> }.into_any()
    };
    let hint = c.editable.then(|| view! { <p class="hint">{t("collection-add-hint")}</p> });
    view! {
        <PageTitleText text=c.title.clone()/>
        <p class="eyebrow"><a href=paths::collections(&locale)>{t("collections-title")}</a></p>
        <h1 lang=c.lang.clone()>{c.title.clone()}</h1>
        <div class="post__body" lang=c.lang.clone() inner_html=c.description_html.clone()></div>
        {facts}
        {unseen}
        {items}
        {hint}
    }
}

fn item_row(item: &ItemView, editable: bool, first: bool, last: bool, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let id = item.id;
    let note = (!item.note.is_empty()).then(|| view! { <p class="toolbox__note">{item.note.clone()}</p> });
    let tools = editable.then(|| {
        let button = |change: &'static str, label: &'static str, shown: bool| {
            shown.then(|| {
                view! {
                    <form method="post" action=paths::CHANGE_ITEM class="inline-form">
                        <LocaleField/>
                        <input type="hidden" name="item" value=id/>
                        <button type="submit" name="change" value=change class="secondary">{t(label)}</button>
                    </form>
                }
            })
        };
        let note_id = format!("note-{id}");
        view! {
            <div class="toolbox__tools">
                {button("up", "collection-item-up", !first)}
                {button("down", "collection-item-down", !last)}
                {button("remove", "collection-item-remove", true)}
                <details class="post__tool">
                    <summary>{t("collection-item-note")}</summary>
                    <form method="post" action=paths::CHANGE_ITEM class="stacked-form">
                        <LocaleField/>
                        <input type="hidden" name="item" value=id/>
                        <input type="hidden" name="change" value="note"/>
                        <label for=note_id.clone()>{t("collection-note")}</label>
                        <textarea id=note_id name="note" maxlength="1000" rows="3">{item.note.clone()}</textarea>
                        <button type="submit">{t("collection-item-note-save")}</button>
                    </form>
                </details>
            </div>
        }
    });
    view! {
        <li class="toolbox__item" id=format!("item-{id}")>
            <a class="resource-line__title" href=paths::resource(&locale, item.resource_id) lang=item.lang.clone()>{item.title.clone()}</a>
            " " <span class="badge">{t(item.kind.message_id())}</span>
            {note}
            {tools}
        </li>
    }
}

#[component]
pub fn NewCollectionPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="collection-new"/>
        <p class="eyebrow"><a href=move || paths::collections(&i18n.locale())>{t("collections-title")}</a></p>
        <h1>{t("collection-new")}</h1>
        {refusal(paths::CREATE_COLLECTION)}
        {loaded(load_collection_form(), allowed(move |f| new_collection_form(f, i18n)))}
    }
}

fn new_collection_form(f: CollectionForm, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let networks = f
        .networks
        .into_iter()
        .map(|(id, name)| view! { <option value=id.to_string()>{name}</option> })
        .collect_view();
    view! {
        <p class="lead">{t("collection-new-lead")}</p>
        <form class="stacked-form" method="post" action=paths::CREATE_COLLECTION>
            <LocaleField/>
            <label for="collection-title">{t("resource-field-title")}</label>
            <input id="collection-title" name="title" maxlength="300" required/>
            <label for="collection-lang">{t("resource-language")}</label>
            <select id="collection-lang" name="lang">{options(labelled(&f.languages, "language-", i18n), &locale)}</select>
            <MarkdownField id="collection-description" name="description" label="collection-description" initial=String::new()/>
            <label for="collection-network">{t("resource-network")}</label>
            <select id="collection-network" name="network">
                <option value="">{t("resource-network-none")}</option>
                {networks}
            </select>
            <label for="collection-topic">{t("resource-topics")}</label>
            <select id="collection-topic" name="topic">
                <option value="">{t("filter-any")}</option>
                {options(named(&Topic::ALL, i18n), "")}
            </select>
            <button type="submit">{t("collection-create")}</button>
        </form>
    }
}
