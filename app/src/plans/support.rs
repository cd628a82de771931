//! What the plan server functions share (server only): store rows as the
//! pages show them, and telling the live pages of a change.

use store::account::Actor;
use store::plans::read::{self, Activity, Plan, Revision};
use store::vocabulary::ActivityStatus;

use super::model::*;
use super::stream_model::ChangeEvent;
use crate::account::api_support::AppState;
use crate::account::FormError;

/// Tells every live page of the strategy (on every instance) of a change.
pub async fn announce(state: &AppState, strategy_id: i32, revision: i32) {
    state
        .feed
        .publish(store::feed::Event {
            stream: store::feed::Stream::Plan,
            key: strategy_id,
            id: revision,
        })
        .await;
}

pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

fn party(p: read::Party) -> PartyView {
    PartyView {
        key: p.key,
        name: p.name,
    }
}

pub fn activity_view(a: Activity) -> ActivityView {
    ActivityView {
        id: a.id,
        title: a.title,
        description: a.description,
        owner: a.owner.map(party),
        contributors: a.contributors.into_iter().map(party).collect(),
        aspirations: a.aspirations,
        start_on: a.start_on,
        due_on: a.due_on,
        status: a.status,
        progress: a.progress,
        indicators: a
            .indicators
            .into_iter()
            .map(|i| IndicatorView {
                id: i.id,
                name: i.name,
                target: i.target,
                actual: i.actual,
            })
            .collect(),
    }
}

pub fn moment(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// The plan as its pages show it to this viewer.
pub async fn plan_view(
    state: &AppState,
    plan: Plan,
    viewer: Option<&Actor>,
    locale: &str,
) -> Result<PlanView, FormError> {
    let may_edit = store::plans::edits(viewer, plan.network_id);
    let may_comment = store::plans::comments(&state.db, viewer, plan.network_id).await?;
    let comments = store::plans::rounds::comments_of(&state.db, plan.id)
        .await?
        .into_iter()
        .map(|c| CommentView {
            id: c.id,
            target: c.target,
            target_id: c.target_id,
            member_name: c.member_name,
            body: c.body,
            created_at: moment(c.created_at),
            resolution: c.resolution,
            reason: c.reason,
        })
        .collect();
    let followed_aspirations = match viewer {
        Some(a) => store::plans::follow::followed(&state.db, a.member_id)
            .await?
            .into_iter()
            .filter(|(e, _)| *e == store::plans::Entity::Aspiration)
            .map(|(_, id)| id)
            .collect(),
        None => Vec::new(),
    };
    let today = today();
    let mut view = PlanView {
        signed_in: viewer.is_some(),
        followed_aspirations,
        id: plan.id,
        network_name: plan.network_name,
        title: plan.title,
        period: format!("{}–{}", plan.period_start, plan.period_end),
        vision: plan.vision,
        mission: plan.mission,
        status: plan.status,
        aspirations: plan
            .aspirations
            .into_iter()
            .map(|a| AspirationView {
                id: a.id,
                position: a.position,
                title: a.title,
                description: a.description,
                progress: a.progress,
            })
            .collect(),
        activities: plan.activities.into_iter().map(activity_view).collect(),
        round: plan.round.map(|r| RoundView {
            accepts: r.accepts(today),
            opens_on: r.opens_on,
            closes_on: r.closes_on,
        }),
        comments,
        last_revision: plan.last_revision,
        progress: plan.progress,
        may_edit,
        may_comment,
        today: today.format("%Y-%m-%d").to_string(),
        timeline: None,
    };
    let bundle = state
        .catalog
        .bundle(&crate::account::api_support::locale_of(locale));
    let status = |s: ActivityStatus| bundle.format(s.message_id(), &[]);
    let percent = |p: u8| {
        bundle.format(
            "plan-percent",
            &[("value", crate::i18n::Arg::from(u32::from(p)))],
        )
    };
    let words = super::timeline::Words {
        title: &bundle.format("plan-timeline", &[]),
        today: &bundle.format("plan-today", &[]),
        status: &status,
        percent: &percent,
    };
    view.timeline = super::timeline::svg(&view.aspirations, &view.activities, &view.today, &words);
    Ok(view)
}

/// A revision in words: names for the ids its values hold.
pub async fn revision_view(state: &AppState, r: Revision) -> Result<RevisionView, FormError> {
    let words = |value: Option<String>| {
        let field = r.field.clone();
        async move {
            match value {
                Some(v) => read::names(&state.db, &field, &v)
                    .await
                    .map_err(FormError::from),
                None => Ok(String::new()),
            }
        }
    };
    Ok(RevisionView {
        id: r.id,
        entity: r.entity,
        entity_id: r.entity_id,
        field: r.field.clone(),
        before: words(r.before.clone()).await?,
        after: words(r.after.clone()).await?,
        after_value: r.after.clone().unwrap_or_default(),
        member_name: r.member_name,
        at: moment(r.created_at),
        restores: r.restores,
    })
}

/// A live event's content: the raw value, as forms hold it.
pub fn change_event(r: Revision) -> ChangeEvent {
    ChangeEvent {
        id: r.id,
        entity: r.entity.key().to_owned(),
        entity_id: r.entity_id,
        field: r.field,
        after: r.after.unwrap_or_default(),
        member_name: r.member_name,
    }
}
