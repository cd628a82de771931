//! `/{locale}/groups/{slug}`: a working group's space: its charter and
//! mandate, its leaders now and before, its members, its events to come,
//! and the reader's place in it (join, ask, accept an invitation, leave);
//! for its leaders, the requests, appointing a leader and stepping down.

use leptos::prelude::*;
use store::vocabulary::{Admission, GroupStanding, GroupVisibility};

use super::api::load_group;
use super::list_page::mandate;
use super::model::{GroupView, MemberView};
use super::paths;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::query::path_text;
use crate::ui::{found, loaded, refusal, DoneNotice, LocaleField, PageTitleText};

#[component]
pub fn GroupPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = path_text("slug");
    view! {
        <DoneNotice/>
        {loaded(load_group(slug), found(move |g| group_page(g, i18n)))}
    }
}

fn group_page(g: GroupView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let archived = g
        .archived
        .then(|| view! { <p class="notice">{t("group-archived-note")}</p> });
    let network = g.network.clone().map(|(slug, name)| {
        view! { <dt>{t("group-field-network")}</dt> <dd><a href=format!("/{locale}/directory/networks/{slug}")>{name}</a></dd> }
    });
    let topic = g
        .topic
        .map(|topic| view! { <dt>{t("group-field-topic")}</dt> <dd>{t(topic.message_id())}</dd> });
    let deliverables = (!g.deliverables.is_empty()).then(|| {
        view! {
            <h2>{t("group-deliverables")}</h2>
            <p class="prose" lang=g.lang.clone()>{g.deliverables.clone()}</p>
        }
    });
    view! {
        <PageTitleText text=g.title.clone()/>
        <p class="eyebrow"><a href=paths::groups(&i18n.locale())>{t("groups-title")}</a></p>
        <h1 lang=g.lang.clone()>{g.title.clone()}</h1>
        {archived}
        <dl class="facts">
            {network}
            {topic}
            <dt>{t("group-mandate")}</dt>
            <dd>{mandate(&g.starts_on, g.ends_on.as_deref(), i18n)}</dd>
            <dt>{t("group-joining")}</dt>
            <dd>{t(g.admission.message_id())}</dd>
            <dt>{t("group-seen-by")}</dt>
            <dd>{t(g.visibility.message_id())}</dd>
        </dl>
        {standing(&g, i18n)}
        <h2>{t("group-purpose")}</h2>
        <p class="prose" lang=g.lang.clone()>{g.purpose.clone()}</p>
        {deliverables}
        {events(&g, i18n)}
        {leaders(&g)}
        {members(&g)}
    }
}

/// Where the reader stands, and the form that changes it.
fn standing(g: &GroupView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let note = match g.standing {
        Some(GroupStanding::Member) => Some("group-you-member"),
        Some(GroupStanding::Requested) => Some("group-you-asked"),
        Some(GroupStanding::Invited) => Some("group-you-invited"),
        _ => None,
    }
    .map(|id| view! { <p>{t(id)}</p> });
    let form = |action: &'static str, label: &'static str| {
        view! {
            <form method="post" action=action class="inline-form">
                <LocaleField/>
                <input type="hidden" name="group" value=g.id/>
                <button type="submit">{t(label)}</button>
            </form>
        }
        .into_any()
    };
    let action = if g.archived {
        None
    } else if !g.signed_in {
        Some(
            view! { <p><a class="button" href=format!("/{locale}/account/sign-in")>{t("group-sign-in-to-join")}</a></p> }
                .into_any(),
        )
    } else {
        match g.standing {
            Some(GroupStanding::Member) if !g.leader => Some(form(paths::LEAVE, "group-leave")),
            Some(GroupStanding::Member) => Some(form(paths::STEP_DOWN, "group-step-down")),
            Some(GroupStanding::Invited) => Some(form(paths::JOIN, "group-accept-invitation")),
            Some(GroupStanding::Requested) => None,
            _ => match g.admission {
                Admission::Open => Some(form(paths::JOIN, "group-join")),
                Admission::Request => Some(form(paths::JOIN, "group-ask")),
                Admission::Invitation => None,
            },
        }
    };
    (note.is_some() || action.is_some()).then(|| {
        view! {
            <section class="group-standing">
                {refusal(paths::JOIN)}
                {refusal(paths::LEAVE)}
                {refusal(paths::STEP_DOWN)}
                {note}
                {action}
            </section>
        }
    })
}

fn events(g: &GroupView, i18n: I18n) -> impl IntoView {
    let list = if g.events.is_empty() {
        view! { <p>{t("group-no-events")}</p> }.into_any()
    } else {
        let items = g
            .events
            .iter()
            .cloned()
            .map(|e| crate::events::event_line(e, i18n))
            .collect_view();
        view! { <ol class="event-list">{items}</ol> }.into_any()
    };
    let feed = (g.visibility == GroupVisibility::Public).then(|| {
        view! { <p><a href=crate::events::paths::group_feed(&g.slug) type="text/calendar">{t("group-calendar")}</a></p> }
    });
    view! {
        <section aria-labelledby="group-events-title">
            <h2 id="group-events-title">{t("group-events")}</h2>
            {list}
            {feed}
        </section>
    }
}

fn leaders(g: &GroupView) -> impl IntoView {
    let now = g
        .terms
        .iter()
        .filter(|t| t.until.is_none())
        .map(|term| {
            let since = crate::i18n::use_i18n()
                .format("group-leader-since", &[("since", term.since.clone().into())]);
            view! { <li>{term.name.clone()} " " <span class="muted">{since}</span></li> }
        })
        .collect_view();
    let before: Vec<_> = g.terms.iter().filter(|t| t.until.is_some()).cloned().collect();
    let former = (!before.is_empty()).then(|| {
        let items = before
            .into_iter()
            .map(|term| {
                let span = crate::i18n::use_i18n().format(
                    "group-leader-term",
                    &[
                        ("since", term.since.into()),
                        ("until", term.until.unwrap_or_default().into()),
                    ],
                );
                view! { <li>{term.name} " " <span class="muted">{span}</span></li> }
            })
            .collect_view();
        view! { <h3>{t("group-former-leaders")}</h3> <ul class="plain-list">{items}</ul> }
    });
    view! {
        <section aria-labelledby="group-leaders-title">
            <h2 id="group-leaders-title">{t("group-leaders")}</h2>
            <ul class="plain-list">{now}</ul>
            {former}
        </section>
    }
}

fn member_line(m: &MemberView, g: &GroupView) -> impl IntoView {
    let manage = g.leads && !g.archived;
    let decide = (manage && m.standing == GroupStanding::Requested).then(|| {
        view! {
            <form method="post" action=paths::DECIDE class="inline-form">
                <LocaleField/>
                <input type="hidden" name="group" value=g.id/>
                <input type="hidden" name="member" value=m.member_id/>
                <button type="submit" name="decision" value="accept">{t("request-approve")}</button>
                " "
                <button type="submit" name="decision" value="decline">{t("request-decline")}</button>
            </form>
        }
    });
    let appoint = (manage && m.standing == GroupStanding::Member && !m.leader).then(|| {
        view! {
            <form method="post" action=paths::APPOINT class="inline-form">
                <LocaleField/>
                <input type="hidden" name="group" value=g.id/>
                <input type="hidden" name="member" value=m.member_id/>
                <button type="submit" class="secondary">{t("group-appoint")}</button>
            </form>
        }
    });
    let standing = match m.standing {
        GroupStanding::Member => None,
        GroupStanding::Requested => Some("group-standing-requested"),
        GroupStanding::Invited => Some("group-standing-invited"),
    }
    .map(|id| view! { " " <span class="badge">{t(id)}</span> });
    view! {
        <li>
            {m.name.clone()} <span class="muted">" · " {m.organisation.clone()}</span>
            {standing}
            {decide}
            {appoint}
        </li>
    }
}

fn members(g: &GroupView) -> impl IntoView {
    let items = g.members.iter().map(|m| member_line(m, g)).collect_view();
    view! {
        <section aria-labelledby="group-members-title">
            <h2 id="group-members-title">{t("group-members")}</h2>
            {refusal(paths::DECIDE)}
            {refusal(paths::APPOINT)}
            <ul class="plain-list">{items}</ul>
        </section>
    }
}
