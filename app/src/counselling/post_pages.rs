//! A post's own pages: `/{locale}/counselling/posts/{id}/edit` for its author,
//! `/{locale}/counselling/posts/{id}/history` for every reader.

use leptos::prelude::*;

use super::api::{load_edit_form, load_history, load_post_place};
use super::markdown_field::MarkdownField;
use super::model::{EditForm, HistoryView};
use super::paths;
use crate::account::Editable;
use crate::i18n::{t, use_i18n};
use crate::ui::query::{path_number, query_text};
use crate::ui::{allowed, found, loaded, refusal, LocaleField, PageTitle};

#[component]
pub fn EditPostPage() -> impl IntoView {
    let id = path_number("id");
    let i18n = use_i18n();
    let load = async move {
        match id {
            Some(id) => load_edit_form(id).await,
            None => Ok(Editable::Missing),
        }
    };
    let form = move |f: EditForm| {
        let back = move || paths::thread(&i18n.locale(), f.thread_id);
        view! {
            <p><a href=back>{f.thread_title.clone()}</a></p>
            {refusal(paths::EDIT_POST)}
            <form class="stacked-form" method="post" action=paths::EDIT_POST>
                <LocaleField/>
                <input type="hidden" name="post" value=f.post_id/>
                <MarkdownField id="edit-body" name="body" label="post-edit-body" initial=f.body.clone() lang=f.lang.clone()/>
                <button type="submit">{t("post-edit-save")}</button>
            </form>
        }
    };
    view! {
        <PageTitle id="post-edit-title"/>
        <h1>{t("post-edit-title")}</h1>
        {loaded(load, allowed(form))}
    }
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let id = path_number("id");
    let i18n = use_i18n();
    let load = async move {
        match id {
            Some(id) => load_history(id).await,
            None => Ok(None),
        }
    };
    let history = move |h: HistoryView| {
        let post = h.post.id;
        let back = move || paths::post(&i18n.locale(), post);
        let lang = h.post.lang.clone();
        let author = h.post.author_name.clone();
        let versions = h
            .versions
            .into_iter()
            .enumerate()
            .map(|(i, (at, html))| {
                let label = if i == 0 {
                    t("post-history-current")
                } else {
                    t("post-history-earlier")
                };
                view! {
                    <li class="version">
                        <p class="muted">{label} " · " <time>{at}</time></p>
                        <div class="post__body" lang=lang.clone() inner_html=html></div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p><a href=back>{t("post-history-back")}</a></p>
            <p class="lead">{author}</p>
            <ol class="versions">{versions}</ol>
        }
    };
    view! {
        <PageTitle id="post-history-title"/>
        <h1>{t("post-history-title")}</h1>
        {loaded(load, found(history))}
    }
}

/// `/{locale}/counselling/posts/{id}`: where links to a post lead (notices,
/// mails, moderation). Sends the reader on to the page of its thread that
/// shows it, at the post, keeping a `done` notice.
#[component]
pub fn PostLinkPage() -> impl IntoView {
    let id = path_number("id");
    let done = query_text("done").filter(|done| crate::ui::NOTICES.contains(&done.as_str()));
    let i18n = use_i18n();
    let load = async move {
        match id {
            Some(id) => load_post_place(id).await,
            None => Ok(None),
        }
    };
    let onward = move |(thread, page): (i32, u64)| {
        let post = id.unwrap_or_default();
        let done = done.map(|d| format!("&done={d}")).unwrap_or_default();
        let href = format!(
            "{}{done}#post-{post}",
            paths::thread_page(&i18n.locale(), thread, page)
        );
        leptos_axum::redirect(&href);
        view! { <p><a href=href>{t("post-history-back")}</a></p> }
    };
    loaded(load, found(onward))
}
