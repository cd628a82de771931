//! One post of a thread: who wrote it (member, organisation, country, the
//! language it is written in), its text, and what the viewer may do with it.

use leptos::prelude::*;
use store::vocabulary::ModerationAction;

use super::model::PostView;
use super::paths;
use crate::i18n::{t, I18n};
use crate::ui::LocaleField;

/// What a thread's posts need to know of the thread and its viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostContext {
    pub thread_id: i32,
    pub question_id: i32,
    pub accepted: Option<i32>,
    pub viewer_id: Option<i32>,
    pub may_accept: bool,
    pub may_moderate: bool,
}

/// The accepted answer above the replies, on every page: who wrote it and
/// its text; its time links to the reply on its own page.
pub fn accepted_item(post: PostView, i18n: I18n) -> impl IntoView {
    let href = move || paths::post(&i18n.locale(), post.id);
    view! {
        <article class="post post--accepted">
            <header class="post__head">
                <span>{post.author_name.clone()}</span>
                <span class="muted">
                    {post.organisation_name.clone()} " · "
                    <a href=href><time datetime=post.created_iso.clone()>{post.created.clone()}</time></a>
                </span>
            </header>
            <div class="post__body" lang=post.lang.clone() inner_html=post.html.clone()></div>
        </article>
    }
}

pub fn post_item(post: PostView, c: PostContext, i18n: I18n) -> impl IntoView {
    let locale = move || i18n.locale();
    let is_question = post.id == c.question_id;
    let accepted = c.accepted == Some(post.id);
    let own = c.viewer_id == Some(post.author_id);
    let hidden = post.hidden_reason.is_some();
    let id = post.id;
    let member = move || format!("/{}/directory/members/{}", locale(), post.author_id);
    let organisation = {
        let slug = post.organisation_slug.clone();
        move || format!("/{}/directory/organisations/{slug}", locale())
    };
    let country = {
        let key = format!("country-{}", post.country_code);
        move || i18n.format(&key, &[])
    };
    let language = {
        let key = format!("language-{}", post.lang);
        move || i18n.format(&key, &[])
    };
    let history = move || format!("/{}/counselling/posts/{id}/history", locale());
    let edited = post
        .edited
        .then(|| view! { <a class="post__edited" href=history>{t("post-edited-link")}</a> });
    let hidden_note = post.hidden_reason.clone().map(|reason| {
        view! { <p class="notice notice--error post__hidden">{move || i18n.format("post-hidden", &[("reason", reason.clone().into())])}</p> }
    });
    let accept = (c.may_accept && !is_question && !hidden).then(|| {
        let (target, label, class) = if accepted {
            (0, t("answer-unaccept"), "link-button")
        } else {
            (id, t("answer-accept"), "secondary")
        };
        view! {
            <form method="post" action=paths::ACCEPT class="inline-form">
                <LocaleField/>
                <input type="hidden" name="thread" value=c.thread_id/>
                <input type="hidden" name="post" value=target/>
                <button type="submit" class=class>{label}</button>
            </form>
        }
    });
    let signed_in = c.viewer_id.is_some();
    let quote = (signed_in && !hidden).then(|| {
        let href = move || {
            format!(
                "/{}/counselling/threads/{}?quote={id}#reply",
                locale(),
                c.thread_id
            )
        };
        view! { <a href=href>{t("post-quote")}</a> }
    });
    let edit = own.then(|| {
        let href = move || format!("/{}/counselling/posts/{id}/edit", locale());
        view! { <a href=href>{t("post-edit")}</a> }
    });
    let flag = (signed_in && !own && !hidden).then(|| {
        view! {
            <details class="post__tool">
                <summary>{t("post-flag")}</summary>
                <form method="post" action=paths::FLAG class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="post" value=id/>
                    <label for=format!("flag-{id}")>{t("flag-reason")}</label>
                    <input id=format!("flag-{id}") name="reason" maxlength="500" required/>
                    <button type="submit">{t("flag-send")}</button>
                </form>
            </details>
        }
    });
    let moderate = c.may_moderate.then(|| {
        let action = if hidden {
            ModerationAction::Restore
        } else {
            ModerationAction::Hide
        };
        let label = if hidden {
            t("moderation-restore")
        } else {
            t("moderation-hide")
        };
        view! {
            <details class="post__tool">
                <summary>{t("moderation-decide")}</summary>
                <form method="post" action=paths::MODERATE class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="post" value=id/>
                    <input type="hidden" name="action" value=action.key()/>
                    <input type="hidden" name="from_thread" value="true"/>
                    <label for=format!("moderate-{id}")>{t("moderation-reason")}</label>
                    <input id=format!("moderate-{id}") name="reason" maxlength="500" required/>
                    <button type="submit">{label}</button>
                </form>
            </details>
        }
    });
    let class = match (accepted, hidden) {
        (_, true) => "post post--hidden",
        (true, _) => "post post--accepted",
        _ => "post",
    };
    let accepted_badge = accepted
        .then(|| view! { <span class="badge badge--strong">{t("answer-accepted-badge")}</span> });
    view! {
        <article class=class id=format!("post-{id}")>
            <header class="post__head">
                <a href=member>{post.author_name.clone()}</a>
                <span class="muted">
                    <a href=organisation>{post.organisation_name.clone()}</a>
                    " · " {country} " · " {language} " · "
                    <time datetime=post.created_iso.clone()>{post.created.clone()}</time>
                </span>
                {edited}
                {accepted_badge}
            </header>
            {hidden_note}
            <div class="post__body" lang=post.lang.clone() inner_html=post.html.clone()></div>
            <footer class="post__actions">
                {accept}
                {quote}
                {edit}
                {flag}
                {moderate}
            </footer>
        </article>
    }
}
