//! The loaders of the plan pages (read-only server functions). Strategies and
//! action plans are public: networks publish them; only facilitators change
//! them and only members comment.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{ActivityPage, PlanView, PlansIndex, RevisionView, VersionsView};
use crate::account::FormError;

use super::support::*;
use crate::account::api_support::*;

#[server(endpoint = "plans/index", input = GetUrl)]
pub async fn load_plans() -> Result<PlansIndex, FormError> {
    use super::model::StrategyItem;
    let state = app_state()?;
    let viewer = actor();
    let strategies = store::plans::read::strategies(&state.db)
        .await?
        .into_iter()
        .map(|s| StrategyItem {
            id: s.id,
            network_name: s.network_name,
            title: s.title,
            period: format!("{}–{}", s.period_start, s.period_end),
            status: s.status,
            activities: s.activities,
        })
        .collect();
    let networks = match &viewer {
        Some(a) => store::network::names(&state.db, None)
            .await?
            .into_iter()
            .filter(|(id, _, _)| store::plans::edits(Some(a), *id))
            .map(|(id, _, name)| (id, name))
            .collect(),
        None => Vec::new(),
    };
    Ok(PlansIndex {
        strategies,
        networks,
    })
}

#[server(endpoint = "plans/plan", input = GetUrl)]
pub async fn load_plan(id: i32, locale: String) -> Result<Option<PlanView>, FormError> {
    let state = app_state()?;
    let Some(plan) = store::plans::read::plan(&state.db, id).await? else {
        return Ok(None);
    };
    Ok(Some(
        plan_view(&state, plan, actor().as_ref(), &locale).await?,
    ))
}

/// The strategy's own history (its fields and aspirations), newest first.
#[server(endpoint = "plans/strategy-history", input = GetUrl)]
pub async fn load_strategy_history(id: i32) -> Result<Vec<RevisionView>, FormError> {
    use store::plans::Entity;
    let state = app_state()?;
    let mut out = Vec::new();
    for r in store::plans::read::history(&state.db, Entity::Strategy, id).await? {
        out.push(revision_view(&state, r).await?);
    }
    Ok(out)
}

#[server(endpoint = "plans/activity", input = GetUrl)]
/// `first`: the page's first reading, with the members and organisations
/// its form offers, marking the viewer's notifications of the activity read
/// (a live page reading itself again keeps its form and writes nothing).
pub async fn load_activity(
    plan: i32,
    id: i32,
    locale: String,
    first: bool,
) -> Result<Option<ActivityPage>, FormError> {
    use super::model::PartyView;
    use store::plans::Entity;
    let state = app_state()?;
    let viewer = actor();
    let Some(mut found) = store::plans::read::plan(&state.db, plan).await? else {
        return Ok(None);
    };
    let Some(index) = found.activities.iter().position(|a| a.id == id) else {
        return Ok(None);
    };
    let activity = activity_view(found.activities[index].clone());
    let network_id = found.network_id;
    found.activities.clear();
    let plan_view = plan_view(&state, found, viewer.as_ref(), &locale).await?;
    let mut history = Vec::new();
    for r in store::plans::read::history(&state.db, Entity::Activity, id).await? {
        history.push(revision_view(&state, r).await?);
    }
    let following = match &viewer {
        Some(a) => store::plans::follow::followed(&state.db, a.member_id)
            .await?
            .contains(&(Entity::Activity, id)),
        None => false,
    };
    let (members, organisations) = if plan_view.may_edit && first {
        let (m, o) = store::plans::read::parties(&state.db, network_id).await?;
        let view = |p: store::plans::read::Party| PartyView {
            key: p.key,
            name: p.name,
        };
        (
            m.into_iter().map(view).collect(),
            o.into_iter().map(view).collect(),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    if let (Some(a), true) = (&viewer, first) {
        store::plans::follow::mark_read(&state.db, a.member_id, Some(id)).await?;
    }
    let sight = store::sight::Sight::of(&state.db, viewer.as_ref()).await?;
    let host = store::library::attach::Host::Activity(id);
    let resources = crate::library::attached_to(&state, &sight, &[host], &locale)
        .await?
        .remove(&host)
        .unwrap_or_default();
    Ok(Some(ActivityPage {
        plan: plan_view,
        activity,
        history,
        following,
        signed_in: viewer.is_some(),
        members,
        organisations,
        resources,
    }))
}

/// The strategy's versions, and the word difference from version `from` to
/// version `to` (0: the strategy as it stands). By default, the latest
/// version against the strategy now.
#[server(endpoint = "plans/versions", input = GetUrl)]
pub async fn load_versions(
    id: i32,
    from: Option<i32>,
    to: Option<i32>,
) -> Result<Option<VersionsView>, FormError> {
    use super::model::{DiffRun, VersionItem};
    use store::plans::diff::{words, Op};
    use store::plans::rounds::{versions, Snapshot};
    let state = app_state()?;
    let Some(plan) = store::plans::read::plan(&state.db, id).await? else {
        return Ok(None);
    };
    let kept = versions(&state.db, id).await?;
    let now = Snapshot {
        title: plan.title.clone(),
        period: format!("{}-{}", plan.period_start, plan.period_end),
        vision: plan.vision.clone(),
        mission: plan.mission.clone(),
        aspirations: plan
            .aspirations
            .iter()
            .map(|a| (a.title.clone(), a.description.clone()))
            .collect(),
    };
    let pick = |n: i32| {
        if n == 0 {
            Some(now.clone())
        } else {
            kept.iter()
                .find(|v| v.number == n)
                .map(|v| v.snapshot.clone())
        }
    };
    let from = from.unwrap_or_else(|| kept.first().map(|v| v.number).unwrap_or(0));
    let to = to.unwrap_or(0);
    let diff = match (pick(from), pick(to)) {
        (Some(a), Some(b)) => {
            let aspirations = |s: &Snapshot| {
                s.aspirations
                    .iter()
                    .enumerate()
                    .map(|(i, (t, d))| format!("{}. {t}\n{d}", i + 1))
                    .collect::<Vec<_>>()
                    .join("\n\n")
            };
            [
                ("strategy-field-title", a.title.clone(), b.title.clone()),
                ("strategy-field-period", a.period.clone(), b.period.clone()),
                ("strategy-field-vision", a.vision.clone(), b.vision.clone()),
                (
                    "strategy-field-mission",
                    a.mission.clone(),
                    b.mission.clone(),
                ),
                ("strategy-aspirations", aspirations(&a), aspirations(&b)),
            ]
            .into_iter()
            .map(|(label, before, after)| {
                let runs = words(&before, &after)
                    .into_iter()
                    .map(|(op, text)| DiffRun {
                        op: match op {
                            Op::Same => "same",
                            Op::Removed => "removed",
                            Op::Added => "added",
                        }
                        .to_owned(),
                        text,
                    })
                    .collect();
                (label.to_owned(), runs)
            })
            .collect()
        }
        _ => Vec::new(),
    };
    Ok(Some(VersionsView {
        id,
        title: plan.title,
        versions: kept
            .into_iter()
            .map(|v| VersionItem {
                number: v.number,
                reason: v.reason,
                member_name: v.member_name,
                at: moment(v.created_at),
            })
            .collect(),
        from,
        to,
        diff,
    }))
}
