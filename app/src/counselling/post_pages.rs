//! A post's own pages: `/{locale}/counselling/posts/{id}/edit` for its author,
//! `/{locale}/counselling/posts/{id}/history` for every reader.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::{load_edit_form, load_history};
use super::markdown_field::MarkdownField;
use super::paths;
use crate::account::Editable;
use crate::i18n::{t, use_i18n};
use crate::ui::{refusal, LocaleField, NotFoundContent, PageTitle};

fn post_id() -> Memo<Option<i32>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse().ok())))
}

#[component]
pub fn EditPostPage() -> impl IntoView {
    let id = post_id();
    let form = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => load_edit_form(id).await,
                None => Ok(Editable::Missing),
            }
        },
    );
    let i18n = use_i18n();
    view! {
        <PageTitle id="post-edit-title"/>
        <h1>{t("post-edit-title")}</h1>
        <Suspense>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(Editable::Allowed(f)) => {
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
                        }.into_any()
                    }
                    Ok(Editable::Missing) => view! { <NotFoundContent/> }.into_any(),
                    Ok(Editable::NotAllowed) => view! { <p class="notice notice--error">{t("error-forbidden")}</p> }.into_any(),
                    Ok(Editable::SignInFirst) => super::sign_in_first(i18n).into_any(),
                    Err(_) => view! { <p class="notice notice--error">{t("error-load")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let id = post_id();
    let history = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => load_history(id).await,
                None => Ok(None),
            }
        },
    );
    let i18n = use_i18n();
    view! {
        <PageTitle id="post-history-title"/>
        <h1>{t("post-history-title")}</h1>
        <Suspense>
            {move || Suspend::new(async move {
                match history.await {
                    Ok(Some(h)) => {
                        let back = {
                            let (thread, post) = (h.thread_id, h.post.id);
                            move || format!("{}#post-{post}", paths::thread(&i18n.locale(), thread))
                        };
                        let lang = h.post.lang.clone();
                        let author = h.post.author_name.clone();
                        let versions = h.versions.into_iter().enumerate().map(|(i, (at, html))| {
                            let label = if i == 0 { t("post-history-current") } else { t("post-history-earlier") };
                            view! {
                                <li class="version">
                                    <p class="muted">{label} " · " <time>{at}</time></p>
                                    <div class="post__body" lang=lang.clone() inner_html=html></div>
                                </li>
                            }
                        }).collect_view();
                        view! {
                            <p><a href=back>{t("post-history-back")}</a></p>
                            <p class="lead">{author}</p>
                            <ol class="versions">{versions}</ol>
                        }.into_any()
                    }
                    Ok(None) => view! { <NotFoundContent/> }.into_any(),
                    Err(_) => view! { <p class="notice notice--error">{t("error-load")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}
