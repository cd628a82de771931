//! A post's own pages: `/{locale}/counselling/posts/{id}/edit` for its author,
//! `/{locale}/counselling/posts/{id}/history` for every reader.

use leptos::prelude::*;

use super::api::{load_edit_form, load_history};
use super::markdown_field::MarkdownField;
use super::model::{EditForm, HistoryView};
use super::paths;
use crate::account::Editable;
use crate::i18n::{t, use_i18n};
use crate::ui::query::path_number;
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
        let back = {
            let (thread, post) = (h.thread_id, h.post.id);
            move || format!("{}#post-{post}", paths::thread(&i18n.locale(), thread))
        };
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
