//! `/{locale}/plans/{id}/activities/{activity}`: one activity: what it is,
//! its indicators, its history (with restore), its comments, and for the
//! network's facilitators its form. The form sends, beside each value, the
//! value it was opened with; a field someone else changed meanwhile comes
//! back here as a conflict showing both values, to keep, replace or merge.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use store::plans::fields::{ActivityField, Field, IndicatorField};
use store::plans::Entity;
use store::vocabulary::{ActivityStatus, PlanTarget};

use super::api::load_activity;
use super::model::{ActivityPage, ActivityView, PartyView, RevisionView};
use super::paths;
use super::plan_live::{self, PlanLive};
use super::plan_page::{comment_list, progress_bar};
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::query::path_number;
use crate::ui::{found, loaded, refusal, DoneNotice, LocaleField, PageTitleText};

#[component]
pub fn ActivityPage() -> impl IntoView {
    let (plan, activity) = (path_number("id"), path_number("activity"));
    let i18n = use_i18n();
    let load = async move {
        match (plan, activity) {
            (Some(plan), Some(activity)) => {
                load_activity(plan, activity, i18n.locale(), true).await
            }
            _ => Ok(None),
        }
    };
    loaded(load, found(move |page| live_activity(page, i18n)))
}

/// The activity's page; the plan's island reads it again after each change
/// and takes in its `data-live` parts (the forms stay as they are).
fn live_activity(page: ActivityPage, i18n: I18n) -> impl IntoView {
    let plan_id = page.plan.id;
    let activity_id = page.activity.id;
    let editing = page.plan.may_edit.then_some(activity_id);
    let form = page.plan.may_edit.then(|| edit_form(&page, i18n));
    let indicator_forms = page.plan.may_edit.then(|| indicator_forms(&page, i18n));
    view! {
        <PageTitleText text=page.activity.title.clone()/>
        <p id="activity-plan" data-live><a href=move || paths::plan(&i18n.locale(), plan_id)>{page.plan.title.clone()}</a></p>
        <DoneNotice/>
        <p id="offline-notice" class="notice" role="status" hidden>{t("offline-kept")}</p>
        {refusal(paths::SAVE_ACTIVITY)}
        {refusal(paths::SAVE_INDICATOR)}
        {refusal(paths::ADD_INDICATOR)}
        {refusal(paths::RESTORE)}
        {refusal(paths::FOLLOW)}
        <div id="activity-details" data-live>{details(&page.activity, &page, i18n)}</div>
        <PlanLive strategy=plan_id after=page.plan.last_revision activity=Some(activity_id) editing messages=i18n.pick(plan_live::MESSAGES)/>
        {follow_form(&page)}
        {conflicts(&page, i18n)}
        {form}
        <section id="resources" aria-labelledby="resources-title">
            <h2 id="resources-title">{t("activity-resources")}</h2>
            {refusal(crate::library::paths::ATTACH)}
            {refusal(crate::library::paths::DETACH)}
            {page.resources.is_empty().then(|| view! { <p class="muted">{t("activity-resources-none")}</p> })}
            {crate::library::attached_resources(&page.resources, crate::library::Attaching::activity(activity_id, page.plan.may_edit), i18n)}
        </section>
        <section id="indicators" aria-labelledby="indicators-title">
            <h2 id="indicators-title">{t("indicators-title")}</h2>
            <div id="indicator-table" data-live>{indicator_table(&page.activity, i18n)}</div>
            {indicator_forms}
        </section>
        <section id="history" aria-labelledby="history-title">
            <h2 id="history-title">{t("history-title")}</h2>
            <div id="history-list" data-live>{history(&page, i18n)}</div>
        </section>
        <section id="comments" aria-labelledby="comments-title">
            <h2 id="comments-title">{t("comments-title")}</h2>
            <ol id="comment-list" class="comments" data-live>{comment_list(&page.plan, Some((PlanTarget::Activity, activity_id)), i18n)}</ol>
            {comment_form(&page)}
        </section>
    }
}

fn names(parties: &[PartyView]) -> String {
    parties
        .iter()
        .map(|p| p.name.clone())
        .collect::<Vec<_>>()
        .join(", ")
}

fn details(a: &ActivityView, page: &ActivityPage, i18n: I18n) -> impl IntoView {
    let id = a.id;
    let aspirations = page
        .plan
        .aspirations
        .iter()
        .filter(|x| a.aspirations.contains(&x.id))
        .map(|x| format!("{}. {}", x.position, x.title))
        .collect::<Vec<_>>()
        .join("; ");
    let owner = a.owner.as_ref().map(|o| o.name.clone()).unwrap_or_default();
    view! {
        <h1 id="activity-title" data-activity=id data-field="title">{a.title.clone()}</h1>
        <p class="thread__meta">
            <span class=format!("badge badge--{}", a.status.key()) id="activity-status" data-activity=id data-field="status">{i18n.format(a.status.message_id(), &[])}</span>
            " " <span data-activity=id data-field="progress">{progress_bar(a.progress, i18n)}</span>
        </p>
        <dl class="facts">
            <dt>{t("activity-field-aspirations")}</dt><dd>{aspirations}</dd>
            <dt>{t("activity-field-owner")}</dt><dd id="activity-owner">{owner}</dd>
            <dt>{t("activity-field-contributors")}</dt><dd>{names(&a.contributors)}</dd>
            <dt>{t("activity-field-start_on")}</dt><dd data-activity=id data-field="start_on">{a.start_on.clone()}</dd>
            <dt>{t("activity-field-due_on")}</dt><dd data-activity=id data-field="due_on">{a.due_on.clone()}</dd>
        </dl>
        <p class="prewrap" id="activity-description" data-activity=id data-field="description">{a.description.clone()}</p>
    }
}

fn indicator_table(a: &ActivityView, i18n: I18n) -> impl IntoView {
    if a.indicators.is_empty() {
        return view! { <p class="muted">{t("indicators-none")}</p> }.into_any();
    }
    let rows = a
        .indicators
        .iter()
        .map(|n| {
            view! {
                <tr>
                    <th scope="row">{n.name.clone()}</th>
                    <td>{i18n.format("plan-number", &[("value", Arg::from(f64::from(n.actual)))])}</td>
                    <td>{i18n.format("plan-number", &[("value", Arg::from(f64::from(n.target)))])}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="indicators-table">
            <thead><tr>
                <th scope="col">{t("indicator-field-name")}</th>
                <th scope="col">{t("indicator-field-actual")}</th>
                <th scope="col">{t("indicator-field-target")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// A field's value in words: names for the ids, the status's name.
fn in_words(field: ActivityField, raw: &str, page: &ActivityPage, i18n: I18n) -> String {
    let party = |key: &str| {
        page.members
            .iter()
            .chain(&page.organisations)
            .find(|p| p.key == key)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| key.to_owned())
    };
    match field {
        ActivityField::Status => status_name(raw, i18n),
        ActivityField::Owner => party(raw),
        ActivityField::Contributors => raw
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|id| party(&format!("organisation:{id}")))
            .collect::<Vec<_>>()
            .join(", "),
        ActivityField::Aspirations => raw
            .split(',')
            .filter_map(|id| id.parse::<i32>().ok())
            .filter_map(|id| page.plan.aspirations.iter().find(|a| a.id == id))
            .map(|a| format!("{}. {}", a.position, a.title))
            .collect::<Vec<_>>()
            .join("; "),
        _ => raw.to_owned(),
    }
}

/// A field and the value its sender wanted.
type Sent = (ActivityField, String);
/// An indicator, its field and the value its sender wanted.
type SentToIndicator = (i32, IndicatorField, String);

/// The fields sent back because someone changed them meanwhile: both values,
/// and the three ways out.
fn conflicts(page: &ActivityPage, i18n: I18n) -> Option<impl IntoView> {
    let query = use_query_map();
    let (mine, indicators): (Vec<Sent>, Vec<SentToIndicator>) = query.with_untracked(|q| {
        let fields = ActivityField::ALL
            .into_iter()
            .filter_map(|f| q.get(&format!("mine_{}", f.key())).map(|v| (f, v)))
            .collect();
        let indicators = page
            .activity
            .indicators
            .iter()
            .flat_map(|n| IndicatorField::ALL.map(|f| (n.id, f)))
            .filter_map(|(id, f)| {
                q.get(&format!("mine_{}_{id}", f.key()))
                    .map(|v| (id, f, v))
            })
            .collect();
        (fields, indicators)
    });
    if mine.is_empty() && indicators.is_empty() {
        return None;
    }
    let a = &page.activity;
    let back = {
        let (plan, id) = (page.plan.id, a.id);
        move || paths::activity(&i18n.locale(), plan, id)
    };
    let items = mine
        .into_iter()
        .map(|(field, mine)| {
            let theirs = a.value(field);
            let by = page
                .history
                .iter()
                .find(|r| r.field == field.key())
                .map(|r| (r.member_name.clone(), r.at.clone()))
                .unwrap_or_default();
            let said = i18n.format(
                "conflict-changed-by",
                &[("name", Arg::from(by.0)), ("at", Arg::from(by.1))],
            );
            let label = field.message_id();
            let merge = Field::from(field).is_text().then(|| {
                let merged = format!("{theirs}\n\n{mine}");
                view! {
                    <form method="post" action=paths::SAVE_ACTIVITY class="stacked-form">
                        <LocaleField/>
                        <input type="hidden" name="strategy" value=page.plan.id/>
                        <input type="hidden" name="activity" value=a.id/>
                        <input type="hidden" name=format!("base_{}", field.key()) value=theirs.clone()/>
                        <label for=format!("merge-{}", field.key())>{t("conflict-merge-label")}</label>
                        <textarea id=format!("merge-{}", field.key()) name=field.key() rows="6" prop:value=merged.clone()>{merged.clone()}</textarea>
                        <button type="submit" name="choice" value="merge">{t("conflict-merge")}</button>
                    </form>
                }
            });
            let replace_value = if matches!(field, ActivityField::Aspirations | ActivityField::Contributors) {
                mine.split(',')
                    .map(|id| view! { <input type="hidden" name=format!("{}[]", field.key()) value=id.to_owned()/> })
                    .collect_view()
                    .into_any()
            } else {
                view! { <input type="hidden" name=field.key() value=mine.clone()/> }.into_any()
            };
            view! {
                <li class="conflict" data-field=field.key()>
                    <h3>{move || i18n.format(label, &[])}</h3>
                    <p>{said}</p>
                    <dl class="facts">
                        <dt>{t("conflict-theirs")}</dt><dd class="prewrap conflict__theirs">{in_words(field, &theirs, page, i18n)}</dd>
                        <dt>{t("conflict-mine")}</dt><dd class="prewrap conflict__mine">{in_words(field, &mine, page, i18n)}</dd>
                    </dl>
                    <div class="toolbar">
                        <a class="button secondary" href=back>{t("conflict-keep")}</a>
                        <form method="post" action=paths::SAVE_ACTIVITY class="inline-form">
                            <LocaleField/>
                            <input type="hidden" name="strategy" value=page.plan.id/>
                            <input type="hidden" name="activity" value=a.id/>
                            <input type="hidden" name=format!("base_{}", field.key()) value=theirs.clone()/>
                            {replace_value}
                            <button type="submit" name="choice" value="replace">{t("conflict-replace")}</button>
                        </form>
                    </div>
                    {merge}
                </li>
            }
        })
        .collect_view();
    let indicator_items = indicators
        .into_iter()
        .filter_map(|(id, field, mine)| {
            let n = a.indicators.iter().find(|n| n.id == id)?;
            let theirs = n.value(field);
            let label = format!("{} · {}", n.name, i18n.format(field.message_id(), &[]));
            Some(view! {
                <li class="conflict" data-field=format!("{}_{id}", field.key())>
                    <h3>{label}</h3>
                    <dl class="facts">
                        <dt>{t("conflict-theirs")}</dt><dd class="conflict__theirs">{theirs.clone()}</dd>
                        <dt>{t("conflict-mine")}</dt><dd class="conflict__mine">{mine.clone()}</dd>
                    </dl>
                    <div class="toolbar">
                        <a class="button secondary" href=back>{t("conflict-keep")}</a>
                        <form method="post" action=paths::SAVE_INDICATOR class="inline-form">
                            <LocaleField/>
                            <input type="hidden" name="strategy" value=page.plan.id/>
                            <input type="hidden" name="activity" value=a.id/>
                            <input type="hidden" name="indicator" value=id/>
                            <input type="hidden" name=format!("base_{}", field.key()) value=theirs/>
                            <input type="hidden" name=field.key() value=mine/>
                            <button type="submit" name="choice" value="replace">{t("conflict-replace")}</button>
                        </form>
                    </div>
                </li>
            })
        })
        .collect_view();
    Some(view! {
        <section id="conflicts" class="notice notice--error" role="alert" aria-labelledby="conflicts-title">
            <h2 id="conflicts-title">{t("conflict-title")}</h2>
            <p>{t("conflict-lead")}</p>
            <ul class="conflicts">{items}{indicator_items}</ul>
        </section>
    })
}

fn party_options(parties: &[PartyView], selected: &[String]) -> impl IntoView {
    parties
        .iter()
        .map(|p| {
            let on = selected.contains(&p.key);
            view! { <option value=p.key.clone() selected=on>{p.name.clone()}</option> }
        })
        .collect_view()
}

/// The facilitators' form; each field's starting value rides along as `base_<field>`.
fn edit_form(page: &ActivityPage, i18n: I18n) -> impl IntoView {
    let a = &page.activity;
    let base = |field: ActivityField| {
        view! { <input type="hidden" name=format!("base_{}", field.key()) value=a.value(field)/> }
    };
    let warn = |field: ActivityField| view! { <p class="field-warning" id=format!("changed-{}", field.key()) role="status" hidden></p> };
    let aspirations = page
        .plan
        .aspirations
        .iter()
        .map(|x| {
            let on = a.aspirations.contains(&x.id);
            view! {
                <label class="check">
                    <input type="checkbox" name="aspirations[]" value=x.id checked=on/>
                    {format!("{}. {}", x.position, x.title)}
                </label>
            }
        })
        .collect_view();
    let owner = a.owner.as_ref().map(|o| o.key.clone()).unwrap_or_default();
    let contributors: Vec<String> = a.contributors.iter().map(|c| c.key.clone()).collect();
    // Keep the current choices even when they are not (or no longer) in the lists.
    let mut organisations = page.organisations.clone();
    for c in &a.contributors {
        if !organisations.iter().any(|o| o.key == c.key) {
            organisations.push(c.clone());
        }
    }
    let mut members = page.members.clone();
    if let Some(o) = &a.owner {
        let list = if o.key.starts_with("member:") {
            &mut members
        } else {
            &mut organisations
        };
        if !list.iter().any(|p| p.key == o.key) {
            list.push(o.clone());
        }
    }
    let contributor_options = organisations
        .iter()
        .map(|p| {
            let on = contributors.contains(&p.key);
            let id = p.key.trim_start_matches("organisation:").to_owned();
            view! { <option value=id selected=on>{p.name.clone()}</option> }
        })
        .collect_view();
    let statuses = ActivityStatus::ALL
        .into_iter()
        .map(|s| {
            let on = s == a.status;
            view! { <option value=s.key() selected=on>{i18n.format(s.message_id(), &[])}</option> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="edit-title">
            <h2 id="edit-title">{t("activity-edit-title")}</h2>
            <form id="activity-form" class="stacked-form" method="post" action=paths::SAVE_ACTIVITY data-queue="">
                <LocaleField/>
                <input type="hidden" name="strategy" value=page.plan.id/>
                <input type="hidden" name="activity" value=a.id/>
                <label for="activity-title-field">{t("activity-field-title")}</label>
                <input id="activity-title-field" name="title" value=a.title.clone() required maxlength="200"/>
                {base(ActivityField::Title)} {warn(ActivityField::Title)}
                <label for="activity-description-field">{t("activity-field-description")}</label>
                <textarea id="activity-description-field" name="description" rows="6" maxlength="10000" prop:value=a.description.clone()>{a.description.clone()}</textarea>
                {base(ActivityField::Description)} {warn(ActivityField::Description)}
                <fieldset class="check-grid">
                    <legend>{t("activity-field-aspirations")}</legend>
                    <input type="hidden" name="aspirations[]" value=""/>
                    {aspirations}
                </fieldset>
                {base(ActivityField::Aspirations)} {warn(ActivityField::Aspirations)}
                <label for="activity-owner-field">{t("activity-field-owner")}</label>
                <select id="activity-owner-field" name="owner">
                    <option value="">{t("activity-owner-none")}</option>
                    <optgroup label=i18n.format("activity-owner-members", &[])>{party_options(&members, std::slice::from_ref(&owner))}</optgroup>
                    <optgroup label=i18n.format("activity-owner-organisations", &[])>{party_options(&organisations, std::slice::from_ref(&owner))}</optgroup>
                </select>
                {base(ActivityField::Owner)} {warn(ActivityField::Owner)}
                <label for="activity-contributors-field">{t("activity-field-contributors")}</label>
                <input type="hidden" name="contributors[]" value=""/>
                <select id="activity-contributors-field" name="contributors[]" multiple size="6">{contributor_options}</select>
                {base(ActivityField::Contributors)} {warn(ActivityField::Contributors)}
                <div class="field-row">
                    <div>
                        <label for="activity-start-field">{t("activity-field-start_on")}</label>
                        <input id="activity-start-field" type="date" name="start_on" value=a.start_on.clone()/>
                        {base(ActivityField::StartOn)} {warn(ActivityField::StartOn)}
                    </div>
                    <div>
                        <label for="activity-due-field">{t("activity-field-due_on")}</label>
                        <input id="activity-due-field" type="date" name="due_on" value=a.due_on.clone()/>
                        {base(ActivityField::DueOn)} {warn(ActivityField::DueOn)}
                    </div>
                </div>
                <div class="field-row">
                    <div>
                        <label for="activity-status-field">{t("activity-field-status")}</label>
                        <select id="activity-status-field" name="status">{statuses}</select>
                        {base(ActivityField::Status)} {warn(ActivityField::Status)}
                    </div>
                    <div>
                        <label for="activity-progress-field">{t("activity-field-progress")}</label>
                        <input id="activity-progress-field" type="number" name="progress" min="0" max="100" step="1" value=a.progress.to_string()/>
                        {base(ActivityField::Progress)} {warn(ActivityField::Progress)}
                    </div>
                </div>
                <button type="submit">{t("activity-save")}</button>
            </form>
        </section>
    }
}

fn indicator_forms(page: &ActivityPage, i18n: I18n) -> impl IntoView {
    let (plan, activity) = (page.plan.id, page.activity.id);
    let edits = page
        .activity
        .indicators
        .iter()
        .map(|n| {
            let label = i18n.format("indicator-edit", &[("name", Arg::from(n.name.clone()))]);
            view! {
                <form method="post" action=paths::SAVE_INDICATOR class="inline-form indicator-form" data-queue="" aria-label=label>
                    <LocaleField/>
                    <input type="hidden" name="strategy" value=plan/>
                    <input type="hidden" name="activity" value=activity/>
                    <input type="hidden" name="indicator" value=n.id/>
                    <label>{t("indicator-field-name")} " " <input name="name" value=n.name.clone() required maxlength="200"/></label>
                    <input type="hidden" name="base_name" value=n.name.clone()/>
                    <label>{t("indicator-field-actual")} " " <input type="number" name="actual" min="0" value=n.actual.to_string()/></label>
                    <input type="hidden" name="base_actual" value=n.actual.to_string()/>
                    <label>{t("indicator-field-target")} " " <input type="number" name="target" min="0" value=n.target.to_string()/></label>
                    <input type="hidden" name="base_target" value=n.target.to_string()/>
                    <button type="submit" class="secondary">{t("indicator-save")}</button>
                </form>
            }
        })
        .collect_view();
    view! {
        {edits}
        <form method="post" action=paths::ADD_INDICATOR class="inline-form">
            <LocaleField/>
            <input type="hidden" name="strategy" value=plan/>
            <input type="hidden" name="activity" value=activity/>
            <label>{t("indicator-field-name")} " " <input name="name" required maxlength="200"/></label>
            <label>{t("indicator-field-target")} " " <input type="number" name="target" min="0" required/></label>
            <button type="submit">{t("indicator-add")}</button>
        </form>
    }
}

/// What a revision changed, in words: the field's name, whatever it belongs
/// to, or that something was created.
pub fn field_name(r: &RevisionView, i18n: I18n) -> String {
    match r.changed() {
        Some(field) => i18n.format(field.message_id(), &[]),
        None if r.field == "created" => i18n.format("revision-created", &[]),
        None => r.field.clone(),
    }
}

/// An activity's status by its name (a value that is none as it is).
fn status_name(raw: &str, i18n: I18n) -> String {
    match raw.parse::<ActivityStatus>() {
        Ok(status) => i18n.format(status.message_id(), &[]),
        Err(_) => raw.to_owned(),
    }
}

/// A value of a revision as history shows it.
pub fn shown_value(r: &RevisionView, value: &str, i18n: I18n) -> String {
    if r.changed() == Some(Field::Activity(ActivityField::Status)) {
        status_name(value, i18n)
    } else {
        value.to_owned()
    }
}

fn history(page: &ActivityPage, i18n: I18n) -> impl IntoView {
    let items = page
        .history
        .iter()
        .map(|r| revision_item(r, page, i18n))
        .collect_view();
    view! { <ol class="history">{items}</ol> }
}

fn revision_item(r: &RevisionView, page: &ActivityPage, i18n: I18n) -> impl IntoView {
    let restorable = page.plan.may_edit && r.field != "created";
    let current = match r.changed() {
        Some(Field::Activity(field)) => Some(page.activity.value(field)),
        Some(Field::Indicator(field)) => page
            .activity
            .indicators
            .iter()
            .find(|n| n.id == r.entity_id)
            .map(|n| n.value(field)),
        _ => None,
    };
    // Bringing back the value a field holds already would change nothing.
    let restorable = restorable && current.as_ref().is_some_and(|c| *c != r.after_value);
    let restore = restorable.then(|| {
        view! {
            <form method="post" action=paths::RESTORE class="inline-form">
                <LocaleField/>
                <input type="hidden" name="revision" value=r.id/>
                <input type="hidden" name="base" value=current.clone().unwrap_or_default()/>
                <input type="hidden" name="back_to" value=page.activity.id.to_string()/>
                <button type="submit" class="secondary">{t("revision-restore")}</button>
            </form>
        }
    });
    let restored = r
        .restores
        .map(|n| i18n.format("revision-restores", &[("number", Arg::from(f64::from(n)))]));
    let indicator = (r.entity == Entity::Indicator)
        .then(|| {
            page.activity
                .indicators
                .iter()
                .find(|n| n.id == r.entity_id)
        })
        .flatten()
        .map(|n| format!("{} · ", n.name));
    view! {
        <li class="revision" id=format!("revision-{}", r.id)>
            <p class="muted">
                <time>{r.at.clone()}</time> " · " {r.member_name.clone()} " · "
                {indicator} <strong>{field_name(r, i18n)}</strong> " " {restored}
            </p>
            <p class="revision__values">
                <del class="prewrap">{shown_value(r, &r.before, i18n)}</del>
                " → "
                <ins class="prewrap">{shown_value(r, &r.after, i18n)}</ins>
            </p>
            {restore}
        </li>
    }
}

fn comment_form(page: &ActivityPage) -> Option<impl IntoView> {
    let round = page.plan.round.as_ref()?;
    if !page.plan.may_comment || !round.accepts {
        return None;
    }
    Some(view! {
        {refusal(paths::COMMENT)}
        <form class="stacked-form" method="post" action=paths::COMMENT>
            <LocaleField/>
            <input type="hidden" name="strategy" value=page.plan.id/>
            <input type="hidden" name="about" value=format!("{}:{}", PlanTarget::Activity.key(), page.activity.id)/>
            <label for="comment-body">{t("comment-body")}</label>
            <textarea id="comment-body" name="body" required rows="4" maxlength="10000"></textarea>
            <button type="submit">{t("comment-send")}</button>
        </form>
    })
}

fn follow_form(page: &ActivityPage) -> Option<impl IntoView> {
    if !page.signed_in {
        return None;
    }
    let on = !page.following;
    let label = if on {
        t("activity-follow")
    } else {
        t("activity-unfollow")
    };
    Some(view! {
        <form method="post" action=paths::FOLLOW class="inline-form">
            <LocaleField/>
            <input type="hidden" name="strategy" value=page.plan.id/>
            <input type="hidden" name="target" value=PlanTarget::Activity.key()/>
            <input type="hidden" name="target_id" value=page.activity.id/>
            <input type="hidden" name="on" value=on.to_string()/>
            <button type="submit" class="secondary">{label}</button>
        </form>
    })
}
