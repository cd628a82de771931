//! `/{locale}/plans/{id}/strategy`: the facilitators' page of a strategy:
//! its stage (feedback round, adoption), its own fields and aspirations,
//! the comments to resolve, and its history.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use store::plans::fields::{AspirationField, Field, StrategyField};
use store::plans::Entity;
use store::vocabulary::{CommentResolution, StrategyStatus};

use super::activity_page::{field_name, shown_value};
use super::api::{load_plan, load_strategy_history};
use super::model::{PlanView, RevisionView};
use super::paths;
use super::plan_page::target_name;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::query::path_number;
use crate::ui::{found, loaded, refusal, DoneNotice, LocaleField, PageTitle};

#[component]
pub fn StrategyPage() -> impl IntoView {
    let id = path_number("id");
    let i18n = use_i18n();
    let locale = i18n.locale();
    let load = async move {
        let Some(id) = id else { return Ok(None) };
        let plan = load_plan(id, locale).await?;
        let history = load_strategy_history(id).await?;
        Ok(plan.map(|p| (p, history)))
    };
    view! {
        <PageTitle id="strategy-edit"/>
        {loaded(load, found(move |(plan, history): (PlanView, _)| if plan.may_edit {
            strategy_view(plan, history, i18n).into_any()
        } else {
            view! {
                <p class="notice notice--error">{t("error-forbidden")}</p>
                <p><a href=paths::plan(&i18n.locale(), plan.id)>{plan.title}</a></p>
            }.into_any()
        }))}
    }
}

fn strategy_view(p: PlanView, history: Vec<RevisionView>, i18n: I18n) -> impl IntoView {
    let id = p.id;
    view! {
        <p><a href=move || paths::plan(&i18n.locale(), id)>{p.title.clone()}</a></p>
        <h1>{t("strategy-edit")}</h1>
        <DoneNotice/>
        {refusal(paths::STAGE)}
        {refusal(paths::SAVE_STRATEGY)}
        {refusal(paths::SAVE_ASPIRATION)}
        {refusal(paths::ADD_ASPIRATION)}
        {refusal(paths::RESOLVE)}
        {refusal(paths::RESTORE)}
        {stage(&p, i18n)}
        {conflicts(&p, &history, i18n)}
        {fields_form(&p)}
        {aspirations(&p)}
        {comments(&p, i18n)}
        <section id="history" aria-labelledby="history-title">
            <h2 id="history-title">{t("history-title")}</h2>
            <ol class="history">{history.iter().map(|r| revision_item(r, &p, i18n)).collect_view()}</ol>
        </section>
    }
}

fn stage(p: &PlanView, i18n: I18n) -> impl IntoView {
    let step = |step: &'static str, label: &'static str| {
        view! {
            <form method="post" action=paths::STAGE class="inline-form">
                <LocaleField/>
                <input type="hidden" name="strategy" value=p.id/>
                <input type="hidden" name="step" value=step/>
                <button type="submit" class="secondary">{t(label)}</button>
            </form>
        }
    };
    let actions = match p.status {
        StrategyStatus::Draft => view! {
            <form method="post" action=paths::STAGE class="inline-form">
                <LocaleField/>
                <input type="hidden" name="strategy" value=p.id/>
                <input type="hidden" name="step" value="open"/>
                <label>{t("round-opens")} " " <input type="date" name="opens_on" required value=p.today.clone()/></label>
                <label>{t("round-closes")} " " <input type="date" name="closes_on" required/></label>
                <button type="submit">{t("round-open")}</button>
            </form>
            {step("adopt", "strategy-adopt")}
        }
        .into_any(),
        StrategyStatus::Feedback => {
            let round = p.round.clone().map(|r| {
                i18n.format("round-open-notice", &[("from", Arg::from(r.opens_on)), ("to", Arg::from(r.closes_on))])
            });
            view! { <p>{round}</p> {step("close", "round-close")} }.into_any()
        }
        StrategyStatus::Adopted => step("reopen", "strategy-reopen").into_any(),
    };
    view! {
        <section aria-labelledby="stage-title">
            <h2 id="stage-title">{t("strategy-stage")}</h2>
            <p><span class=format!("badge badge--{}", p.status.key())>{i18n.format(p.status.message_id(), &[])}</span></p>
            <div class="toolbar">{actions}</div>
        </section>
    }
}

/// A field and the value its sender wanted.
type Sent = (StrategyField, String);
/// An aspiration, its field and the value its sender wanted.
type SentToAspiration = (i32, AspirationField, String);

fn conflicts(p: &PlanView, history: &[RevisionView], i18n: I18n) -> Option<impl IntoView> {
    let query = use_query_map();
    let (mine, aspirations): (Vec<Sent>, Vec<SentToAspiration>) = query.with_untracked(|q| {
        let fields = StrategyField::ALL
            .into_iter()
            .filter_map(|f| q.get(&format!("mine_{}", f.key())).map(|v| (f, v)))
            .collect();
        let aspirations = p
            .aspirations
            .iter()
            .flat_map(|a| AspirationField::ALL.map(|f| (a.id, f)))
            .filter_map(|(id, f)| q.get(&format!("mine_{}_{id}", f.key())).map(|v| (id, f, v)))
            .collect();
        (fields, aspirations)
    });
    if mine.is_empty() && aspirations.is_empty() {
        return None;
    }
    let items = mine
        .into_iter()
        .map(|(field, mine)| {
            let theirs = p.value(field);
            let by = history
                .iter()
                .find(|r| r.entity == Entity::Strategy && r.field == field.key())
                .map(|r| (r.member_name.clone(), r.at.clone()))
                .unwrap_or_default();
            let said = i18n.format("conflict-changed-by", &[("name", Arg::from(by.0)), ("at", Arg::from(by.1))]);
            let text = Field::from(field).is_text();
            let value = if text { format!("{theirs}\n\n{mine}") } else { mine.clone() };
            view! {
                <li class="conflict" data-field=field.key()>
                    <h3>{i18n.format(field.message_id(), &[])}</h3>
                    <p>{said}</p>
                    <dl class="facts">
                        <dt>{t("conflict-theirs")}</dt><dd class="prewrap conflict__theirs">{theirs.clone()}</dd>
                        <dt>{t("conflict-mine")}</dt><dd class="prewrap conflict__mine">{mine.clone()}</dd>
                    </dl>
                    <form method="post" action=paths::SAVE_STRATEGY class="stacked-form">
                        <LocaleField/>
                        <input type="hidden" name="strategy" value=p.id/>
                        <input type="hidden" name=format!("base_{}", field.key()) value=theirs.clone()/>
                        <label for=format!("merge-{}", field.key())>{t("conflict-merge-label")}</label>
                        <textarea id=format!("merge-{}", field.key()) name=field.key() rows="5" prop:value=value.clone()>{value.clone()}</textarea>
                        <button type="submit">{t("conflict-merge")}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let aspiration_items = aspirations
        .into_iter()
        .filter_map(|(id, field, mine)| {
            let a = p.aspirations.iter().find(|a| a.id == id)?;
            let theirs = a.value(field);
            let value = if Field::from(field).is_text() { format!("{theirs}\n\n{mine}") } else { mine.clone() };
            Some(view! {
                <li class="conflict" data-field=format!("{}_{id}", field.key())>
                    <h3>{format!("{}. {}", a.position, a.title)} " · " {i18n.format(field.message_id(), &[])}</h3>
                    <dl class="facts">
                        <dt>{t("conflict-theirs")}</dt><dd class="prewrap conflict__theirs">{theirs.clone()}</dd>
                        <dt>{t("conflict-mine")}</dt><dd class="prewrap conflict__mine">{mine.clone()}</dd>
                    </dl>
                    <form method="post" action=paths::SAVE_ASPIRATION class="stacked-form">
                        <LocaleField/>
                        <input type="hidden" name="strategy" value=p.id/>
                        <input type="hidden" name="aspiration" value=id/>
                        <input type="hidden" name=format!("base_{}", field.key()) value=theirs.clone()/>
                        <label for=format!("merge-{}-{id}", field.key())>{t("conflict-merge-label")}</label>
                        <textarea id=format!("merge-{}-{id}", field.key()) name=field.key() rows="4" prop:value=value.clone()>{value.clone()}</textarea>
                        <button type="submit">{t("conflict-merge")}</button>
                    </form>
                </li>
            })
        })
        .collect_view();
    Some(view! {
        <section id="conflicts" class="notice notice--error" role="alert">
            <h2>{t("conflict-title")}</h2>
            <p>{t("conflict-lead")}</p>
            <ul class="conflicts">{items}{aspiration_items}</ul>
        </section>
    })
}

fn fields_form(p: &PlanView) -> impl IntoView {
    let base = |field: StrategyField| view! { <input type="hidden" name=format!("base_{}", field.key()) value=p.value(field)/> };
    view! {
        <section aria-labelledby="fields-title">
            <h2 id="fields-title">{t("strategy-fields")}</h2>
            <form class="stacked-form" method="post" action=paths::SAVE_STRATEGY data-queue="">
                <LocaleField/>
                <input type="hidden" name="strategy" value=p.id/>
                <label for="strategy-title">{t("strategy-field-title")}</label>
                <input id="strategy-title" name="title" value=p.title.clone() required maxlength="200"/>
                {base(StrategyField::Title)}
                <label for="strategy-period">{t("strategy-field-period")}</label>
                <input id="strategy-period" name="period" value=p.value(StrategyField::Period) required/>
                {base(StrategyField::Period)}
                <label for="strategy-vision">{t("strategy-field-vision")}</label>
                <textarea id="strategy-vision" name="vision" rows="4" maxlength="10000" prop:value=p.vision.clone()>{p.vision.clone()}</textarea>
                {base(StrategyField::Vision)}
                <label for="strategy-mission">{t("strategy-field-mission")}</label>
                <textarea id="strategy-mission" name="mission" rows="4" maxlength="10000" prop:value=p.mission.clone()>{p.mission.clone()}</textarea>
                {base(StrategyField::Mission)}
                <button type="submit">{t("strategy-save")}</button>
            </form>
        </section>
    }
}

fn aspirations(p: &PlanView) -> impl IntoView {
    let forms = p
        .aspirations
        .iter()
        .map(|a| {
            view! {
                <li>
                    <form class="stacked-form" method="post" action=paths::SAVE_ASPIRATION>
                        <LocaleField/>
                        <input type="hidden" name="strategy" value=p.id/>
                        <input type="hidden" name="aspiration" value=a.id/>
                        <label for=format!("aspiration-{}-title", a.id)>{format!("{}.", a.position)} " " {t("aspiration-field-title")}</label>
                        <input id=format!("aspiration-{}-title", a.id) name="title" value=a.title.clone() required maxlength="200"/>
                        <input type="hidden" name="base_title" value=a.title.clone()/>
                        <label for=format!("aspiration-{}-description", a.id)>{t("aspiration-field-description")}</label>
                        <textarea id=format!("aspiration-{}-description", a.id) name="description" rows="3" prop:value=a.description.clone()>{a.description.clone()}</textarea>
                        <input type="hidden" name="base_description" value=a.description.clone()/>
                        <button type="submit" class="secondary">{t("aspiration-save")}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="aspirations-title">
            <h2 id="aspirations-title">{t("strategy-aspirations")}</h2>
            <ol class="aspiration-forms">{forms}</ol>
            <h3>{t("aspiration-add-title")}</h3>
            <form class="stacked-form" method="post" action=paths::ADD_ASPIRATION>
                <LocaleField/>
                <input type="hidden" name="strategy" value=p.id/>
                <label for="new-aspiration-title">{t("aspiration-field-title")}</label>
                <input id="new-aspiration-title" name="title" required maxlength="200"/>
                <label for="new-aspiration-description">{t("aspiration-field-description")}</label>
                <textarea id="new-aspiration-description" name="description" rows="3"></textarea>
                <button type="submit">{t("aspiration-add")}</button>
            </form>
        </section>
    }
}

fn comments(p: &PlanView, i18n: I18n) -> Option<impl IntoView> {
    if p.comments.is_empty() {
        return None;
    }
    let items = p
        .comments
        .iter()
        .map(|c| {
            let about = target_name(p, c.target, c.target_id, i18n);
            let decided = c.resolution.map(|r| {
                view! {
                    <p class=format!("resolution resolution--{}", r.key())>
                        <strong>{i18n.format(r.message_id(), &[])}</strong> ": " {c.reason.clone().unwrap_or_default()}
                    </p>
                }
            });
            let choices = CommentResolution::ALL
                .into_iter()
                .map(|r| view! { <option value=r.key()>{t(r.message_id())}</option> })
                .collect_view();
            let resolve = c.resolution.is_none().then(|| {
                view! {
                    <form method="post" action=paths::RESOLVE class="inline-form">
                        <LocaleField/>
                        <input type="hidden" name="strategy" value=p.id/>
                        <input type="hidden" name="comment" value=c.id/>
                        <select name="resolution" aria-label=i18n.format("comment-resolution", &[])>{choices}</select>
                        <input name="reason" required maxlength="500" aria-label=i18n.format("comment-reason", &[]) placeholder=i18n.format("comment-reason", &[])/>
                        <button type="submit" class="secondary">{t("comment-resolve")}</button>
                    </form>
                }
            });
            view! {
                <li class="comment" id=format!("comment-{}", c.id)>
                    <p class="muted">{c.member_name.clone()} " · " <time>{c.created_at.clone()}</time> " · " {about}</p>
                    <p class="prewrap">{c.body.clone()}</p>
                    {decided}
                    {resolve}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section id="comments" aria-labelledby="comments-title">
            <h2 id="comments-title">{t("comments-title")}</h2>
            <ol class="comments">{items}</ol>
        </section>
    })
}

fn revision_item(r: &RevisionView, p: &PlanView, i18n: I18n) -> impl IntoView {
    let current = match r.changed() {
        Some(Field::Strategy(field)) => Some(p.value(field)),
        Some(Field::Aspiration(field)) => p
            .aspirations
            .iter()
            .find(|a| a.id == r.entity_id)
            .map(|a| a.value(field)),
        _ => None,
    };
    let restore = current.filter(|c| *c != r.after_value).map(|current| {
        view! {
            <form method="post" action=paths::RESTORE class="inline-form">
                <LocaleField/>
                <input type="hidden" name="revision" value=r.id/>
                <input type="hidden" name="base" value=current/>
                <input type="hidden" name="back_to" value="strategy"/>
                <button type="submit" class="secondary">{t("revision-restore")}</button>
            </form>
        }
    });
    let about = (r.entity == Entity::Aspiration)
        .then(|| p.aspirations.iter().find(|a| a.id == r.entity_id))
        .flatten()
        .map(|a| format!("{}. {} · ", a.position, a.title));
    let stage = r.entity == Entity::Strategy && r.field == "status";
    let what = if stage {
        i18n.format("strategy-stage", &[])
    } else {
        field_name(r, i18n)
    };
    let value = |v: &str| match v.parse::<StrategyStatus>() {
        Ok(status) if stage => i18n.format(status.message_id(), &[]),
        _ => shown_value(r, v, i18n),
    };
    view! {
        <li class="revision">
            <p class="muted"><time>{r.at.clone()}</time> " · " {r.member_name.clone()} " · " {about} <strong>{what}</strong></p>
            <p class="revision__values">
                <del class="prewrap">{value(&r.before)}</del> " → " <ins class="prewrap">{value(&r.after)}</ins>
            </p>
            {restore}
        </li>
    }
}
