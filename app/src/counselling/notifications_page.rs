//! `/{locale}/counselling/notifications`: what happened in the threads and
//! topics a member follows, the topics they follow, and how often they are
//! mailed a digest.

use leptos::prelude::*;
use store::vocabulary::{DigestFrequency, Topic};

use super::api::load_notifications;
use super::model::{NotificationItem, NotificationsView, PlanChangeItem};
use super::paths;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::named;
use crate::ui::{allowed, loaded, refusal, DoneNotice, LocaleField, PageTitle};

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="notifications-title"/>
        <h1>{t("notifications-title")}</h1>
        <DoneNotice/>
        {loaded(load_notifications(), allowed(move |v| page(v, i18n)))}
    }
}

fn page(v: NotificationsView, i18n: I18n) -> impl IntoView {
    let plan_changes = (!v.plan_changes.is_empty()).then(|| {
        let list = v
            .plan_changes
            .iter()
            .cloned()
            .map(|c| plan_change(c, i18n))
            .collect_view();
        view! {
            <h2>{t("plan-notifications-title")}</h2>
            <ol class="notification-list">{list}</ol>
        }
    });
    let unread_plans = v.plan_changes.iter().any(|c| !c.read);
    let items = if v.items.is_empty() && v.plan_changes.is_empty() {
        view! { <p>{t("notifications-none")}</p> }.into_any()
    } else {
        let unread = unread_plans || v.items.iter().any(|n| !n.read);
        let list = v.items.into_iter().map(|n| item(n, i18n)).collect_view();
        view! {
            <ol class="notification-list">{list}</ol>
            {plan_changes}
            {unread.then(|| view! {
                <form method="post" action=paths::READ_NOTIFICATIONS>
                    <LocaleField/>
                    <button type="submit" class="secondary">{t("notifications-mark-read")}</button>
                </form>
            })}
        }
        .into_any()
    };
    // In order of frequency, not of the labels' alphabet.
    let digest = DigestFrequency::ALL
        .into_iter()
        .map(|frequency| {
            let checked = frequency == v.digest;
            let text = i18n.format(frequency.message_id(), &[]);
            view! { <label class="check"><input type="radio" name="digest" value=frequency.key() checked=checked/>{text}</label> }
        })
        .collect_view();
    let topics = named(&Topic::ALL, i18n)
        .into_iter()
        .map(|(topic, text)| {
            let on = !v.followed_topics.iter().any(|t| t.key() == topic);
            let label = if on { t("topic-follow") } else { t("topic-unfollow") };
            view! {
                <li>
                    <form method="post" action=paths::FOLLOW_TOPIC class="inline-form">
                        <LocaleField/>
                        <input type="hidden" name="topic" value=topic/>
                        <input type="hidden" name="on" value=on.to_string()/>
                        <span>{text}</span> " "
                        <button type="submit" class=if on { "secondary" } else { "link-button" }>{label}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    view! {
        {refusal(paths::READ_NOTIFICATIONS)}
        {items}
        <h2>{t("digest-title")}</h2>
        {refusal(paths::SET_DIGEST)}
        <form class="stacked-form" method="post" action=paths::SET_DIGEST>
            <LocaleField/>
            <fieldset class="check-grid">
                <legend>{t("digest-legend")}</legend>
                {digest}
            </fieldset>
            <button type="submit">{t("digest-save")}</button>
        </form>
        <h2>{t("topics-followed-title")}</h2>
        <p class="muted">{t("topics-followed-lead")}</p>
        {refusal(paths::FOLLOW_TOPIC)}
        <ul class="topic-follow-list">{topics}</ul>
    }
}

fn item(n: NotificationItem, i18n: I18n) -> impl IntoView {
    let post = n.post_id;
    let href = move || paths::post(&i18n.locale(), post);
    let key = n.reason.message_id();
    let name = n.author_name.clone();
    let what = move || i18n.format(key, &[("name", Arg::from(name.clone()))]);
    let class = if n.read {
        "notification"
    } else {
        "notification notification--unread"
    };
    view! {
        <li class=class>
            <span>{what}</span> " "
            <a href=href lang=n.thread_lang.clone()>{n.thread_title.clone()}</a>
            <span class="muted">" · " <time>{n.created.clone()}</time></span>
        </li>
    }
}

fn plan_change(c: PlanChangeItem, i18n: I18n) -> impl IntoView {
    let href = {
        let (plan, activity) = (c.strategy_id, c.activity_id);
        move || crate::plans::paths::activity(&i18n.locale(), plan, activity)
    };
    let key = c.notice.clone();
    let name = c.author_name.clone();
    let what = move || i18n.format(&key, &[("name", Arg::from(name.clone()))]);
    let value = if c.status_changed {
        i18n.format(&c.after, &[])
    } else {
        c.after.clone()
    };
    let class = if c.read {
        "notification"
    } else {
        "notification notification--unread"
    };
    view! {
        <li class=class>
            <span>{what}</span> " "
            <a href=href>{c.activity_title.clone()}</a> ": " {value}
            <span class="muted">" · " <time>{c.created.clone()}</time></span>
        </li>
    }
}
