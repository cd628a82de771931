//! `/{locale}/plans/{id}`: a strategy and its action plan. The vision and
//! mission, the timeline, the activities grouped by aspiration (filtered by
//! the URL's `aspiration` and `status`) with progress rolled up, who has the
//! plan open and what they edit, and the feedback round's comments. With
//! JavaScript, every accepted change appears without reloading.

use std::future::Future;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use store::vocabulary::{ActivityStatus, PlanTarget};

use super::api::load_plan;
use super::model::{ActivityView, AspirationView, PlanView};
use super::paths;
use super::plan_live::{self, PlanLive};
use crate::account::FormError;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::query::path_number;
use crate::ui::{found, loaded, refusal, DoneNotice, LocaleField, PageTitleText};

/// The plan in the address, read in the page's language.
pub fn load_plan_in_address() -> impl Future<Output = Result<Option<PlanView>, FormError>> {
    let id = path_number("id");
    let locale = use_i18n().locale();
    async move {
        match id {
            Some(id) => load_plan(id, locale).await,
            None => Ok(None),
        }
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let i18n = use_i18n();
    loaded(
        load_plan_in_address(),
        found(move |plan| live_plan(plan, i18n)),
    )
}

/// The page around a plan that follows its changes: the island reads the
/// page again after each and takes in its `data-live` parts.
fn live_plan(plan: PlanView, i18n: I18n) -> impl IntoView {
    let query = use_query_map();
    let (aspiration, status) = query.with_untracked(|q| {
        (
            q.get("aspiration").and_then(|v| v.parse::<i32>().ok()),
            q.get("status").filter(|s| !s.is_empty()),
        )
    });
    let timeline = plan.timeline.clone().map(|svg| {
        view! {
            <figure class="timeline-figure">
                <div inner_html=svg></div>
                <figcaption class="muted">{t("plan-timeline-caption")}</figcaption>
            </figure>
        }
    });
    view! {
        <PageTitleText text=plan.title.clone()/>
        <p><a href=move || paths::plans(&i18n.locale())>{t("plans-back")}</a></p>
        <DoneNotice/>
        <div id="plan-head" data-live>{head(&plan, i18n)}</div>
        <PlanLive strategy=plan.id after=plan.last_revision activity=None editing=None messages=i18n.pick(plan_live::MESSAGES)/>
        <div id="plan-timeline" data-live>{timeline}</div>
        {filters(&plan, aspiration, status.clone(), i18n)}
        <div id="plan-activities" data-live>{activities(&plan, aspiration, status.as_deref(), i18n)}</div>
        {add_activity_form(&plan, i18n)}
        <div id="plan-comments" data-live>{comments(&plan, i18n)}</div>
        {comment_form(&plan, i18n)}
    }
}

fn percent(i18n: I18n, value: impl Into<f64>) -> String {
    i18n.format("plan-percent", &[("value", Arg::from(value.into()))])
}

/// A labelled progress bar.
pub fn progress_bar(value: i32, i18n: I18n) -> impl IntoView {
    let label = percent(i18n, value);
    view! {
        <span class="progress">
            <progress max="100" value=value aria-label=label.clone()></progress>
            " " <span class="progress__text">{label.clone()}</span>
        </span>
    }
}

fn head(p: &PlanView, i18n: I18n) -> impl IntoView {
    let id = p.id;
    let edit = p.may_edit.then(|| {
        view! { <a class="button secondary" href=move || paths::strategy_edit(&i18n.locale(), id)>{t("strategy-edit")}</a> }
    });
    let round = p.round.clone().map(|r| {
        let text = i18n.format(
            "round-open-notice",
            &[
                ("from", Arg::from(r.opens_on.clone())),
                ("to", Arg::from(r.closes_on.clone())),
            ],
        );
        view! { <p class="notice">{text} " " <a href="#comments">{t("round-comment-link")}</a></p> }
    });
    view! {
        <h1>{p.title.clone()}</h1>
        <p class="thread__meta">
            {p.network_name.clone()} " · " {p.period.clone()} " · "
            <span class=format!("badge badge--{}", p.status.key())>{i18n.format(p.status.message_id(), &[])}</span>
        </p>
        <p>{t("plan-progress")} " " {progress_bar(i32::from(p.progress), i18n)}</p>
        <nav class="toolbar" aria-label=i18n.format("plan-tools", &[])>
            {edit}
            <a href=move || paths::versions(&i18n.locale(), id)>{t("strategy-versions")}</a>
            <a href=move || paths::print(&i18n.locale(), id)>{t("plan-print")}</a>
            <a href=paths::export(id) download="action-plan.csv">{t("plan-export")}</a>
        </nav>
        {round}
        <section class="strategy-text">
            <h2>{t("strategy-field-vision")}</h2>
            <p class="prewrap">{p.vision.clone()}</p>
            <h2>{t("strategy-field-mission")}</h2>
            <p class="prewrap">{p.mission.clone()}</p>
        </section>
    }
}

fn filters(
    p: &PlanView,
    aspiration: Option<i32>,
    status: Option<String>,
    i18n: I18n,
) -> impl IntoView {
    let aspirations = p
        .aspirations
        .iter()
        .map(|a| {
            let selected = aspiration == Some(a.id);
            view! { <option value=a.id selected=selected>{format!("{}. {}", a.position, a.title)}</option> }
        })
        .collect_view();
    let statuses = ActivityStatus::ALL
        .into_iter()
        .map(|s| {
            let selected = status.as_deref() == Some(s.key());
            let label = i18n.format(s.message_id(), &[]);
            view! { <option value=s.key() selected=selected>{label}</option> }
        })
        .collect_view();
    view! {
        <form class="filters" method="get" role="search">
            <label for="filter-aspiration">{t("plan-filter-aspiration")}</label>
            <select id="filter-aspiration" name="aspiration">
                <option value="">{t("plan-filter-all")}</option>
                {aspirations}
            </select>
            <label for="filter-status">{t("plan-filter-status")}</label>
            <select id="filter-status" name="status">
                <option value="">{t("plan-filter-all")}</option>
                {statuses}
            </select>
            <button type="submit" class="secondary">{t("plan-filter-apply")}</button>
        </form>
    }
}

fn activities(
    p: &PlanView,
    aspiration: Option<i32>,
    status: Option<&str>,
    i18n: I18n,
) -> impl IntoView {
    let plan_id = p.id;
    p.aspirations
        .iter()
        .filter(|a| aspiration.is_none_or(|id| id == a.id))
        .map(|a| {
            let list: Vec<ActivityView> = p
                .activities
                .iter()
                .filter(|x| x.aspirations.contains(&a.id))
                .filter(|x| status.is_none_or(|s| s == x.status.key()))
                .cloned()
                .collect();
            let follow = p
                .signed_in
                .then(|| follow_aspiration(plan_id, a.id, !p.followed_aspirations.contains(&a.id)));
            aspiration_section(plan_id, a, list, follow, i18n)
        })
        .collect_view()
}

/// Follow (`on`) or stop following an aspiration: its activities' changes of
/// status, owner or dates are told.
fn follow_aspiration(plan_id: i32, aspiration: i32, on: bool) -> impl IntoView {
    let label = if on {
        t("aspiration-follow")
    } else {
        t("aspiration-unfollow")
    };
    view! {
        <form method="post" action=paths::FOLLOW class="inline-form aspiration-follow">
            <LocaleField/>
            <input type="hidden" name="strategy" value=plan_id/>
            <input type="hidden" name="target" value=PlanTarget::Aspiration.key()/>
            <input type="hidden" name="target_id" value=aspiration/>
            <input type="hidden" name="on" value=on.to_string()/>
            <button type="submit" class="secondary">{label}</button>
        </form>
    }
}

fn aspiration_section(
    plan_id: i32,
    a: &AspirationView,
    list: Vec<ActivityView>,
    follow: Option<impl IntoView>,
    i18n: I18n,
) -> impl IntoView {
    let empty = list
        .is_empty()
        .then(|| view! { <p class="muted">{t("plan-no-activities")}</p> });
    let cards = list
        .into_iter()
        .map(|x| activity_card(plan_id, x, i18n))
        .collect_view();
    view! {
        <section class="aspiration" id=format!("aspiration-{}", a.id)>
            <h2>{format!("{}. {}", a.position, a.title)}</h2>
            <p>{progress_bar(i32::from(a.progress), i18n)}</p>
            <p class="muted prewrap">{a.description.clone()}</p>
            {follow}
            {empty}
            <ul class="card-list activities">{cards}</ul>
        </section>
    }
}

fn activity_card(plan_id: i32, x: ActivityView, i18n: I18n) -> impl IntoView {
    let id = x.id;
    let href = move || paths::activity(&i18n.locale(), plan_id, id);
    let owner = x
        .owner
        .clone()
        .map(|o| view! { <p class="card__meta">{t("activity-field-owner")} ": " {o.name}</p> });
    let dates = (!x.start_on.is_empty() || !x.due_on.is_empty()).then(|| {
        view! { <p class="card__meta">{x.start_on.clone()} " – " {x.due_on.clone()}</p> }
    });
    let indicators = x
        .indicators
        .iter()
        .map(|n| {
            let text = i18n.format(
                "indicator-reached",
                &[
                    ("name", Arg::from(n.name.clone())),
                    ("actual", Arg::from(f64::from(n.actual))),
                    ("target", Arg::from(f64::from(n.target))),
                ],
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! {
        <li class="card activity" data-status=x.status.key()>
            <h3 class="card__title"><a href=href data-activity=id data-field="title">{x.title.clone()}</a></h3>
            <p class="card__meta">
                <span class=format!("badge badge--{}", x.status.key()) data-activity=id data-field="status">{i18n.format(x.status.message_id(), &[])}</span>
                " " <span data-activity=id data-field="progress">{progress_bar(x.progress, i18n)}</span>
            </p>
            {owner}
            {dates}
            <ul class="indicators">{indicators}</ul>
            // Who edits it, filled in by the plan's island.
            <p class="badge badge--live" data-editing-of=id hidden></p>
        </li>
    }
}

fn add_activity_form(p: &PlanView, i18n: I18n) -> Option<impl IntoView> {
    if !p.may_edit {
        return None;
    }
    let boxes = p
        .aspirations
        .iter()
        .map(|a| {
            view! {
                <label class="check">
                    <input type="checkbox" name="aspirations[]" value=a.id/>
                    {format!("{}. {}", a.position, a.title)}
                </label>
            }
        })
        .collect_view();
    let _ = i18n;
    Some(view! {
        <section aria-labelledby="add-activity-title">
            <h2 id="add-activity-title">{t("activity-add-title")}</h2>
            {refusal(paths::ADD_ACTIVITY)}
            <form class="stacked-form" method="post" action=paths::ADD_ACTIVITY>
                <LocaleField/>
                <input type="hidden" name="strategy" value=p.id/>
                <label for="add-activity-name">{t("activity-field-title")}</label>
                <input id="add-activity-name" name="title" required maxlength="200"/>
                <fieldset class="check-grid">
                    <legend>{t("activity-field-aspirations")}</legend>
                    <input type="hidden" name="aspirations[]" value=""/>
                    {boxes}
                </fieldset>
                <button type="submit">{t("activity-add")}</button>
            </form>
        </section>
    })
}

/// The name of what a comment is about.
pub fn target_name(p: &PlanView, target: PlanTarget, target_id: i32, i18n: I18n) -> String {
    match target {
        PlanTarget::Aspiration => p
            .aspirations
            .iter()
            .find(|a| a.id == target_id)
            .map(|a| format!("{}. {}", a.position, a.title))
            .unwrap_or_default(),
        PlanTarget::Activity => p
            .activities
            .iter()
            .find(|a| a.id == target_id)
            .map(|a| a.title.clone())
            .unwrap_or_default(),
        PlanTarget::Strategy => i18n.format("comment-on-strategy", &[]),
    }
}

/// The comments of every round, with their resolutions.
pub fn comment_list(p: &PlanView, only: Option<(PlanTarget, i32)>, i18n: I18n) -> impl IntoView {
    p.comments
        .iter()
        .filter(|c| only.is_none_or(|(t, id)| c.target == t && c.target_id == id))
        .map(|c| {
            let about = target_name(p, c.target, c.target_id, i18n);
            let resolution = c.resolution.map(|r| {
                let label = i18n.format(r.message_id(), &[]);
                view! {
                    <p class=format!("resolution resolution--{}", r.key())>
                        <strong>{label}</strong> ": " {c.reason.clone().unwrap_or_default()}
                    </p>
                }
            });
            view! {
                <li class="comment" id=format!("comment-{}", c.id)>
                    <p class="muted">{c.member_name.clone()} " · " <time>{c.created_at.clone()}</time> " · " {about}</p>
                    <p class="prewrap">{c.body.clone()}</p>
                    {resolution}
                </li>
            }
        })
        .collect_view()
}

fn comments(p: &PlanView, i18n: I18n) -> impl IntoView {
    if p.comments.is_empty() && p.round.is_none() {
        return None;
    }
    Some(view! {
        <section id="comments" aria-labelledby="comments-title">
            <h2 id="comments-title">{t("comments-title")}</h2>
            <ol class="comments">{comment_list(p, None, i18n)}</ol>
        </section>
    })
}

fn comment_form(p: &PlanView, i18n: I18n) -> Option<impl IntoView> {
    let round = p.round.as_ref()?;
    if !p.may_comment || !round.accepts {
        return None;
    }
    let strategy_option = i18n.format("comment-on-strategy", &[]);
    let aspirations = p
        .aspirations
        .iter()
        .map(|a| {
            let value = format!("{}:{}", PlanTarget::Aspiration.key(), a.id);
            view! { <option value=value>{format!("{}. {}", a.position, a.title)}</option> }
        })
        .collect_view();
    let activities = p
        .activities
        .iter()
        .map(|a| view! { <option value=format!("{}:{}", PlanTarget::Activity.key(), a.id)>{a.title.clone()}</option> })
        .collect_view();
    Some(view! {
        <section aria-labelledby="comment-title">
            <h2 id="comment-title">{t("comment-title")}</h2>
            {refusal(paths::COMMENT)}
            <form class="stacked-form" method="post" action=paths::COMMENT>
                <LocaleField/>
                <input type="hidden" name="strategy" value=p.id/>
                <label for="comment-about">{t("comment-about")}</label>
                <select id="comment-about" name="about">
                    <option value=format!("{}:{}", PlanTarget::Strategy.key(), p.id)>{strategy_option}</option>
                    <optgroup label=i18n.format("strategy-aspirations", &[])>{aspirations}</optgroup>
                    <optgroup label=i18n.format("plan-activities", &[])>{activities}</optgroup>
                </select>
                <label for="comment-body">{t("comment-body")}</label>
                <textarea id="comment-body" name="body" required rows="4" maxlength="10000"></textarea>
                <button type="submit">{t("comment-send")}</button>
            </form>
        </section>
    })
}
