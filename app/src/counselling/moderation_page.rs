//! `/{locale}/counselling/moderation`: flagged posts waiting for a decision,
//! and the log of decisions, for the moderators.

use leptos::prelude::*;
use store::vocabulary::ModerationAction;

use super::api::load_moderation;
use super::model::{DecisionItem, FlaggedItem, ModerationView};
use super::paths;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::{allowed, loaded, refusal, DoneNotice, LocaleField, PageTitle};

#[component]
pub fn ModerationPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="moderation-title"/>
        <h1>{t("moderation-title")}</h1>
        <DoneNotice/>
        {refusal(paths::MODERATE)}
        {loaded(load_moderation(), allowed(move |v| page(v, i18n)))}
    }
}

fn page(v: ModerationView, i18n: I18n) -> impl IntoView {
    let queue = if v.queue.is_empty() {
        view! { <p>{t("moderation-queue-empty")}</p> }.into_any()
    } else {
        let items = v.queue.into_iter().map(|f| flagged(f, i18n)).collect_view();
        view! { <ol class="moderation-queue">{items}</ol> }.into_any()
    };
    let log = if v.decisions.is_empty() {
        view! { <p>{t("moderation-log-empty")}</p> }.into_any()
    } else {
        let rows = v
            .decisions
            .into_iter()
            .map(|d| decision(d, i18n))
            .collect_view();
        view! {
            <table class="data-table">
                <thead><tr>
                    <th scope="col">{t("moderation-log-when")}</th>
                    <th scope="col">{t("moderation-log-who")}</th>
                    <th scope="col">{t("moderation-log-what")}</th>
                    <th scope="col">{t("moderation-log-thread")}</th>
                    <th scope="col">{t("moderation-reason")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <h2>{t("moderation-queue-title")}</h2>
        {queue}
        <h2>{t("moderation-log-title")}</h2>
        {log}
    }
}

fn flagged(f: FlaggedItem, i18n: I18n) -> impl IntoView {
    let id = f.post.id;
    let href = move || paths::post(&i18n.locale(), id);
    let reasons = f
        .flags
        .into_iter()
        .map(|(who, why)| view! { <li><strong>{who}</strong> ": " {why}</li> })
        .collect_view();
    let decide = |action: ModerationAction, label: &'static str| {
        let field = format!("decide-{}-{id}", action.key());
        view! {
            <form method="post" action=paths::MODERATE class="stacked-form">
                <LocaleField/>
                <input type="hidden" name="post" value=id/>
                <input type="hidden" name="action" value=action.key()/>
                <input type="hidden" name="from_thread" value="false"/>
                <label for=field.clone()>{t("moderation-reason")}</label>
                <input id=field name="reason" maxlength="500" required/>
                <button type="submit">{t(label)}</button>
            </form>
        }
    };
    let hidden = f.post.hidden_reason.is_some();
    view! {
        <li class="flagged">
            <p><a href=href>{f.thread_title.clone()}</a> " · " {f.post.author_name.clone()}</p>
            <div class="post__body" lang=f.post.lang.clone() inner_html=f.post.html.clone()></div>
            <h3>{t("moderation-flags")}</h3>
            <ul>{reasons}</ul>
            <div class="moderation-actions">
                {if hidden {
                    decide(ModerationAction::Restore, "moderation-restore").into_any()
                } else {
                    decide(ModerationAction::Hide, "moderation-hide").into_any()
                }}
                {decide(ModerationAction::Dismiss, "moderation-dismiss")}
            </div>
        </li>
    }
}

fn decision(d: DecisionItem, i18n: I18n) -> impl IntoView {
    let post = d.post_id;
    let href = move || paths::post(&i18n.locale(), post);
    let action = {
        let key = d.action.message_id();
        move || i18n.format(key, &[])
    };
    view! {
        <tr>
            <td><time>{d.created.clone()}</time></td>
            <td>{d.moderator_name.clone()}</td>
            <td>{action}</td>
            <td><a href=href>{d.thread_title.clone()}</a></td>
            <td>{d.reason.clone()}</td>
        </tr>
    }
}
