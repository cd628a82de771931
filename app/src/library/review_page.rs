//! `/{locale}/library/review`: for the library's reviewers (network
//! facilitators, coordinators): the resources submitted for review and those
//! reported, each with its reports and the decisions at hand, and the log of
//! the latest decisions.

use leptos::prelude::*;
use store::vocabulary::{ModerationAction, ResourceStatus};

use super::api::load_review;
use super::model::{DecisionView, ReviewQueue, WaitingView};
use super::paths;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::{allowed, loaded, refusal, DoneNotice, LocaleField, PageTitle};

#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="library-review-title"/>
        <p class="eyebrow"><a href=move || paths::library(&i18n.locale())>{t("library-title")}</a></p>
        <h1>{t("library-review-title")}</h1>
        <DoneNotice/>
        {refusal(paths::MODERATE)}
        {refusal(paths::REVIEW)}
        {loaded(load_review(i18n.locale()), allowed(move |q| queue(q, i18n)))}
    }
}

fn queue(q: ReviewQueue, i18n: I18n) -> impl IntoView {
    let waiting = if q.waiting.is_empty() {
        view! { <p>{t("library-review-none")}</p> }.into_any()
    } else {
        q.waiting
            .into_iter()
            .map(|w| waiting_item(w, i18n))
            .collect_view()
            .into_any()
    };
    let log = if q.decisions.is_empty() {
        view! { <p class="muted">{t("moderation-log-empty")}</p> }.into_any()
    } else {
        let rows = q
            .decisions
            .into_iter()
            .map(|d| decision_row(d, i18n))
            .collect_view();
        view! {
            <table class="data-table">
                <thead><tr>
                    <th scope="col">{t("moderation-log-when")}</th>
                    <th scope="col">{t("library-review-resource")}</th>
                    <th scope="col">{t("moderation-log-what")}</th>
                    <th scope="col">{t("moderation-log-who")}</th>
                    <th scope="col">{t("moderation-reason")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="review-waiting">
            <h2 id="review-waiting">{t("library-review-waiting")}</h2>
            {waiting}
        </section>
        <section aria-labelledby="review-log">
            <h2 id="review-log">{t("moderation-log-title")}</h2>
            {log}
        </section>
    }
}

fn waiting_item(w: WaitingView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let id = w.resource_id;
    let status = (w.status != ResourceStatus::Published)
        .then(|| view! { <span class="badge badge--strong">{t(w.status.message_id())}</span> });
    let reports = (!w.reports.is_empty()).then(|| {
        let items = w
            .reports
            .iter()
            .map(|(who, why, when)| view! { <li>{who.clone()} " (" {when.clone()} "): " {why.clone()}</li> })
            .collect_view();
        view! { <ul class="plain-list">{items}</ul> }
    });
    let review = (w.status == ResourceStatus::Submitted).then(|| {
        view! {
            <form method="post" action=paths::REVIEW class="inline-form">
                <LocaleField/>
                <input type="hidden" name="resource" value=id/>
                <button type="submit" name="decision" value="publish">{t("resource-review-publish")}</button>
                <button type="submit" name="decision" value="return" class="secondary">{t("resource-review-return")}</button>
            </form>
        }
    });
    let decide = (!w.reports.is_empty()).then(|| moderation_form(id, w.hidden, true));
    view! {
        <article class="post">
            <header class="post__head">
                <a href=paths::resource(&locale, id) lang=w.lang.clone()>{w.title.clone()}</a>
                {status}
            </header>
            {reports}
            <footer class="post__actions">{review} {decide}</footer>
        </article>
    }
}

/// The reviewer's form: hide (or restore) with a reason, or dismiss the reports.
pub fn moderation_form(resource: i32, hidden: bool, from_review: bool) -> impl IntoView {
    let (action, label) = if hidden {
        (ModerationAction::Restore, "resource-moderation-restore")
    } else {
        (ModerationAction::Hide, "resource-moderation-hide")
    };
    let field = format!("moderate-{resource}");
    let back = from_review.then(|| view! { <input type="hidden" name="back" value="review"/> });
    view! {
        <details class="post__tool">
            <summary>{t("moderation-decide")}</summary>
            <form method="post" action=paths::MODERATE class="stacked-form">
                <LocaleField/>
                <input type="hidden" name="resource" value=resource/>
                {back}
                <label for=field.clone()>{t("moderation-reason")}</label>
                <input id=field name="reason" maxlength="500" required/>
                <button type="submit" name="action" value=action.key()>{t(label)}</button>
                <button type="submit" name="action" value=ModerationAction::Dismiss.key() class="secondary">{t("resource-moderation-dismiss")}</button>
            </form>
        </details>
    }
}

fn decision_row(d: DecisionView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    view! {
        <tr>
            <td><time datetime=d.at_iso>{d.at}</time></td>
            <td><a href=paths::resource(&locale, d.resource_id) lang=d.lang>{d.title}</a></td>
            <td>{t(d.action.message_id())}</td>
            <td>{d.moderator_name}</td>
            <td>{d.reason}</td>
        </tr>
    }
}
