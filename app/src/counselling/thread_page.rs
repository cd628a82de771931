//! `/{locale}/counselling/threads/{id}`: the question, the accepted answer
//! first, the replies in order (new ones arrive live), and the reply form.

use leptos::prelude::*;

use super::api::load_thread;
use super::live_replies::{self, LiveReplies};
use super::markdown_field::MarkdownField;
use super::model::ThreadView;
use super::paths;
use super::post_view::{accepted_item, post_markup, PostContext};
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::{labelled, options};
use crate::ui::query::{path_number, query_number};
use crate::ui::{found, loaded, pager, refusal, DoneNotice, LocaleField, PageTitleText};

#[component]
pub fn ThreadPage() -> impl IntoView {
    let id = path_number("id");
    let page = query_number("page").and_then(|p| u64::try_from(p).ok());
    let quote = query_number("quote");
    let i18n = use_i18n();
    let load = async move {
        match id {
            Some(id) => load_thread(id, page, quote, i18n.locale()).await,
            None => Ok(None),
        }
    };
    loaded(load, found(move |thread| thread_view(thread, i18n)))
}

fn thread_view(mut thread: ThreadView, i18n: I18n) -> impl IntoView {
    let locale = move || i18n.locale();
    let context = PostContext {
        thread_id: thread.id,
        question_id: thread.question.id,
        accepted: thread.accepted_post_id,
        viewer_id: thread.viewer_id,
        may_accept: thread.may_accept,
        may_moderate: thread.may_moderate,
    };
    // Drawn here, with the page's messages, before the island holds them.
    let last = thread.replies.last().map_or(thread.question.id, |p| p.id);
    let replies = std::mem::take(&mut thread.replies)
        .into_iter()
        .map(|post| view! { <li inner_html=post_markup(post, context, i18n)></li> })
        .collect_view();
    let list = view! {
        <ol id="replies" class="replies" aria-labelledby="replies-title" aria-live="polite">{replies}</ol>
    };
    let (page, pages, count) = (thread.page, thread.pages, thread.reply_count);
    // New replies arrive on the last page only; the earlier ones stay as they are.
    let replies = if page == pages {
        let messages = i18n.pick(live_replies::MESSAGES);
        view! { <LiveReplies thread_id=thread.id after=last count messages>{list}</LiveReplies> }
            .into_any()
    } else {
        let heading = i18n.format("thread-replies", &[("count", Arg::from(count))]);
        view! { <h2 id="replies-title">{heading}</h2> {list} }.into_any()
    };
    let pager = (pages > 1).then(|| {
        let link = move |p: u32| paths::thread_page(&i18n.locale(), thread.id, p.into());
        pager(page as u32, pages as u32, link, i18n)
    });
    let accepted = thread.accepted.clone().map(|post| {
        view! {
            <section class="accepted-answer" aria-labelledby="accepted-title">
                <h2 id="accepted-title">{t("answer-accepted-title")}</h2>
                {accepted_item(post, i18n)}
            </section>
        }
    });
    let topic = {
        let key = thread.topic.message_id();
        move || i18n.format(key, &[])
    };
    let audience = match thread.network.clone() {
        Some(n) => {
            let href = move || format!("/{}/directory/networks/{}", locale(), n.slug);
            view! { <a href=href>{n.name.clone()}</a> }.into_any()
        }
        None => view! { <span>{t("thread-platform")}</span> }.into_any(),
    };
    let solved = thread
        .accepted_post_id
        .map(|_| view! { <span class="badge badge--strong">{t("thread-solved")}</span> });
    let hidden = thread
        .hidden
        .then(|| view! { <p class="notice notice--error">{t("thread-hidden")}</p> });
    let follow = thread.viewer_id.map(|_| {
        let on = !thread.following;
        let label = if on {
            t("thread-follow")
        } else {
            t("thread-unfollow")
        };
        view! {
            <form method="post" action=paths::FOLLOW_THREAD class="inline-form">
                <LocaleField/>
                <input type="hidden" name="thread" value=thread.id/>
                <input type="hidden" name="on" value=on.to_string()/>
                <button type="submit" class="secondary">{label}</button>
            </form>
        }
    });
    let reply_form = reply_form(&thread, i18n);
    let list = move || locale().to_string();
    view! {
        <PageTitleText text=thread.title.clone()/>
        <p><a href=move || format!("/{}/counselling", list())>{t("thread-back")}</a></p>
        <h1 lang=thread.lang.clone()>{thread.title.clone()}</h1>
        <p class="thread__meta">
            <span class="badge">{topic}</span>
            " " {audience} " " {solved}
        </p>
        <DoneNotice/>
        {refusal(paths::ACCEPT)}
        {refusal(paths::FLAG)}
        {refusal(paths::MODERATE)}
        {refusal(crate::library::paths::ATTACH)}
        {refusal(crate::library::paths::DETACH)}
        {hidden}
        {follow}
        <div inner_html=post_markup(thread.question.clone(), context, i18n)></div>
        {accepted}
        {replies}
        {pager}
        {reply_form}
    }
}

fn reply_form(thread: &ThreadView, i18n: I18n) -> impl IntoView {
    if thread.viewer_id.is_none() {
        let href = move || format!("/{}/account/sign-in", i18n.locale());
        return view! {
            <p class="notice" id="reply"><a href=href>{t("thread-sign-in-to-reply")}</a></p>
        }
        .into_any();
    }
    let languages = labelled(&thread.languages, "language-", i18n);
    let locale = i18n.locale();
    view! {
        <section id="reply" aria-labelledby="reply-title">
            <h2 id="reply-title">{t("reply-title")}</h2>
            {refusal(paths::REPLY)}
            <form class="stacked-form" method="post" action=paths::REPLY>
                <LocaleField/>
                <input type="hidden" name="thread" value=thread.id/>
                <MarkdownField id="reply-body" name="body" label="reply-body" initial=thread.draft.clone()/>
                <label for="reply-lang">{t("post-language")}</label>
                <select id="reply-lang" name="lang">{options(languages, &locale)}</select>
                <button type="submit">{t("reply-send")}</button>
            </form>
        </section>
    }
    .into_any()
}
