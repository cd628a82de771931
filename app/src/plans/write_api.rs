//! The plan forms' server functions. Each is a plain form post that
//! redirects back with a notice; a refusal comes back to the form. A change
//! carries, for each field, the value the form was opened with: a field that
//! moved on since is not overwritten, the page shows both values instead.

#![cfg(feature = "ssr")]

use leptos::prelude::*;
use store::plans::edit::{self, Change, Outcome};
use store::plans::fields::{self, ActivityField, AspirationField, Field, IndicatorField, StrategyField};
use store::plans::Entity;

use super::support::*;
use crate::account::api_support::*;
use crate::account::FormError;

/// The fields of a form: (field, value sent, value the form was opened with).
type Sent = Vec<(Field, Option<String>, Option<String>)>;

/// The changes a form asks for: the fields whose value differs from the one
/// it was opened with (a field left as it was is never written). A form that
/// does not name a field leaves it alone; an empty value arrives as none.
fn changes(id: i32, sent: Sent) -> Vec<Change> {
    sent.into_iter()
        .filter_map(|(field, value, base)| {
            if value.is_none() && base.is_none() {
                return None;
            }
            let (value, base) = (value.unwrap_or_default(), base.unwrap_or_default());
            let same = fields::base(field, &value) == fields::base(field, &base);
            (!same).then(|| Change::of(field, id, &base, &value))
        })
        .collect()
}

/// Applies a form's changes; announces them. Returns the fields in conflict
/// as `mine_<field>=<value sent>` query pairs.
async fn save(
    state: &AppState,
    actor: &store::account::Actor,
    changes: Vec<Change>,
) -> Result<Vec<(String, String)>, FormError> {
    if changes.is_empty() {
        return Ok(Vec::new());
    }
    let applied = edit::change_many(&state.db, actor, &changes, None).await?;
    let mut conflicts = Vec::new();
    let mut last = None;
    for (change, outcome) in changes.iter().zip(applied.outcomes) {
        match outcome {
            Outcome::Saved { revision, .. } => last = Some(revision),
            Outcome::Conflict { .. } => {
                conflicts.push((format!("mine_{}", change.field), change.value.clone()))
            }
            Outcome::Unchanged { .. } => {}
        }
    }
    if let Some(revision) = last {
        announce(state, applied.strategy_id, revision).await;
    }
    Ok(conflicts)
}

/// Back to `path`: with the conflicts to resolve, or with the notice.
fn back(path: String, conflicts: Vec<(String, String)>, notice: &str) {
    if conflicts.is_empty() {
        go(format!("{path}?done={notice}"));
    } else {
        let query = conflicts
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        go(format!("{path}?conflict=1&{query}#conflicts"));
    }
}

#[server(endpoint = "plans/create")]
pub async fn create_strategy(
    locale: String,
    network: i32,
    title: String,
    period: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let new = edit::NewStrategy {
        network_id: network,
        title,
        period,
    };
    let id = edit::create_strategy(&state.db, &actor, &new).await?;
    go(format!(
        "{}?done=strategy-created",
        super::paths::strategy_edit(&locale, id)
    ));
    Ok(())
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "plans/strategy")]
pub async fn save_strategy(
    locale: String,
    strategy: i32,
    title: Option<String>,
    base_title: Option<String>,
    period: Option<String>,
    base_period: Option<String>,
    vision: Option<String>,
    base_vision: Option<String>,
    mission: Option<String>,
    base_mission: Option<String>,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let sent = vec![
        (StrategyField::Title.into(), title, base_title),
        (StrategyField::Period.into(), period, base_period),
        (StrategyField::Vision.into(), vision, base_vision),
        (StrategyField::Mission.into(), mission, base_mission),
    ];
    let conflicts = save(&state, &actor, changes(strategy, sent)).await?;
    back(
        super::paths::strategy_edit(&locale, strategy),
        conflicts,
        "strategy-saved",
    );
    Ok(())
}

#[server(endpoint = "plans/aspiration/add")]
pub async fn add_aspiration(
    locale: String,
    strategy: i32,
    title: String,
    description: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let (_, revision) =
        edit::add_aspiration(&state.db, &actor, strategy, &title, &description).await?;
    announce(&state, strategy, revision).await;
    go(format!(
        "{}?done=aspiration-added",
        super::paths::strategy_edit(&locale, strategy)
    ));
    Ok(())
}

#[server(endpoint = "plans/aspiration")]
pub async fn save_aspiration(
    locale: String,
    strategy: i32,
    aspiration: i32,
    title: Option<String>,
    base_title: Option<String>,
    description: Option<String>,
    base_description: Option<String>,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let sent = vec![
        (AspirationField::Title.into(), title, base_title),
        (AspirationField::Description.into(), description, base_description),
    ];
    let conflicts = save(&state, &actor, changes(aspiration, sent)).await?;
    let conflicts = conflicts
        .into_iter()
        .map(|(k, v)| (format!("{k}_{aspiration}"), v))
        .collect();
    back(
        super::paths::strategy_edit(&locale, strategy),
        conflicts,
        "strategy-saved",
    );
    Ok(())
}

#[server(endpoint = "plans/activity/add")]
pub async fn add_activity(
    locale: String,
    strategy: i32,
    title: String,
    aspirations: Vec<String>,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let new = edit::NewActivity {
        title,
        aspirations: aspirations.join(","),
    };
    let (id, revision) = edit::add_activity(&state.db, &actor, strategy, &new).await?;
    announce(&state, strategy, revision).await;
    go(format!(
        "{}?done=activity-added",
        super::paths::activity(&locale, strategy, id)
    ));
    Ok(())
}

/// The multiple choices (`aspirations[]`, `contributors[]`) as one value.
fn joined(values: Option<Vec<String>>) -> Option<String> {
    values.map(|v| {
        v.into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(",")
    })
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "plans/activity")]
pub async fn save_activity(
    locale: String,
    strategy: i32,
    activity: i32,
    title: Option<String>,
    base_title: Option<String>,
    description: Option<String>,
    base_description: Option<String>,
    aspirations: Option<Vec<String>>,
    base_aspirations: Option<String>,
    owner: Option<String>,
    base_owner: Option<String>,
    contributors: Option<Vec<String>>,
    base_contributors: Option<String>,
    start_on: Option<String>,
    base_start_on: Option<String>,
    due_on: Option<String>,
    base_due_on: Option<String>,
    status: Option<String>,
    base_status: Option<String>,
    progress: Option<String>,
    base_progress: Option<String>,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let sent = vec![
        (ActivityField::Title.into(), title, base_title),
        (ActivityField::Description.into(), description, base_description),
        (ActivityField::Aspirations.into(), joined(aspirations), base_aspirations),
        (ActivityField::Owner.into(), owner, base_owner),
        (ActivityField::Contributors.into(), joined(contributors), base_contributors),
        (ActivityField::StartOn.into(), start_on, base_start_on),
        (ActivityField::DueOn.into(), due_on, base_due_on),
        (ActivityField::Status.into(), status, base_status),
        (ActivityField::Progress.into(), progress, base_progress),
    ];
    let conflicts = save(&state, &actor, changes(activity, sent)).await?;
    back(
        super::paths::activity(&locale, strategy, activity),
        conflicts,
        "activity-saved",
    );
    Ok(())
}

#[server(endpoint = "plans/indicator/add")]
pub async fn add_indicator(
    locale: String,
    strategy: i32,
    activity: i32,
    name: String,
    target: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let (_, revision) = edit::add_indicator(&state.db, &actor, activity, &name, &target).await?;
    announce(&state, strategy, revision).await;
    go(format!(
        "{}?done=indicator-added#indicators",
        super::paths::activity(&locale, strategy, activity)
    ));
    Ok(())
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "plans/indicator")]
pub async fn save_indicator(
    locale: String,
    strategy: i32,
    activity: i32,
    indicator: i32,
    name: Option<String>,
    base_name: Option<String>,
    target: Option<String>,
    base_target: Option<String>,
    actual: Option<String>,
    base_actual: Option<String>,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let sent = vec![
        (IndicatorField::Name.into(), name, base_name),
        (IndicatorField::Target.into(), target, base_target),
        (IndicatorField::Actual.into(), actual, base_actual),
    ];
    let conflicts = save(&state, &actor, changes(indicator, sent)).await?;
    let conflicts = conflicts
        .into_iter()
        .map(|(k, v)| (format!("{k}_{indicator}"), v))
        .collect();
    back(
        super::paths::activity(&locale, strategy, activity),
        conflicts,
        "activity-saved",
    );
    Ok(())
}

/// Brings back the value a past revision gave a field; `base`: the field's
/// value as the history page showed it.
#[server(endpoint = "plans/restore")]
pub async fn restore(
    locale: String,
    revision: i32,
    base: String,
    back_to: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let Some(r) = store::plans::read::revision_by_id(&state.db, revision).await? else {
        return Err(refused("error-forbidden"));
    };
    let outcome = edit::restore(&state.db, &actor, revision, &base).await?;
    let notice = match outcome {
        Outcome::Saved { revision: new, .. } => {
            announce(&state, r.strategy_id, new).await;
            "value-restored"
        }
        Outcome::Unchanged { .. } => "value-restored",
        Outcome::Conflict { .. } => return Err(refused("error-changed-meanwhile")),
    };
    let path = if back_to == "strategy" {
        super::paths::strategy_edit(&locale, r.strategy_id)
    } else {
        let activity = back_to.parse::<i32>().unwrap_or_default();
        super::paths::activity(&locale, r.strategy_id, activity)
    };
    go(format!("{path}?done={notice}#history"));
    Ok(())
}

/// Moves the strategy on: `open` a round (with its dates), `close` it,
/// `adopt` the draft, `reopen` an adopted strategy as a draft.
#[server(endpoint = "plans/stage")]
pub async fn stage(
    locale: String,
    strategy: i32,
    step: String,
    opens_on: Option<String>,
    closes_on: Option<String>,
) -> Result<(), FormError> {
    use store::plans::rounds;
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let db = &state.db;
    let revision = match step.as_str() {
        "open" => {
            rounds::open(
                db,
                &actor,
                strategy,
                opens_on.as_deref().unwrap_or_default(),
                closes_on.as_deref().unwrap_or_default(),
            )
            .await
        }
        "close" => rounds::close(db, &actor, strategy).await,
        "adopt" => rounds::adopt(db, &actor, strategy).await,
        "reopen" => rounds::reopen(db, &actor, strategy).await,
        _ => return Err(refused("error-choice-unknown")),
    }?;
    announce(&state, strategy, revision).await;
    go(format!(
        "{}?done=stage-{step}",
        super::paths::strategy_edit(&locale, strategy)
    ));
    Ok(())
}

/// A member comments during a round on what `about` names: `strategy:ID`,
/// `aspiration:ID` or `activity:ID`.
#[server(endpoint = "plans/comment")]
pub async fn comment(
    locale: String,
    strategy: i32,
    about: String,
    body: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let (entity, target_id) = about
        .split_once(':')
        .and_then(|(e, id)| Some((Entity::parse(e)?, id.parse::<i32>().ok()?)))
        .ok_or_else(|| refused("error-choice-unknown"))?;
    throttle(
        &format!("post:{}", actor.member_id),
        throttle::POSTS_PER_MEMBER,
    )?;
    store::plans::rounds::comment(
        &state.db,
        &actor,
        strategy,
        entity,
        target_id,
        &body,
        today(),
    )
    .await?;
    let path = match entity {
        Entity::Activity => super::paths::activity(&locale, strategy, target_id),
        _ => super::paths::plan(&locale, strategy),
    };
    go(format!("{path}?done=comment-posted#comments"));
    Ok(())
}

#[server(endpoint = "plans/resolve")]
pub async fn resolve(
    locale: String,
    strategy: i32,
    comment: i32,
    resolution: String,
    reason: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let resolution = resolution.parse().map_err(store::StoreError::from)?;
    store::plans::rounds::resolve(&state.db, &actor, comment, resolution, &reason).await?;
    go(format!(
        "{}?done=comment-resolved#comments",
        super::paths::strategy_edit(&locale, strategy)
    ));
    Ok(())
}

/// Follows (`on` = true) or stops following an activity or an aspiration.
#[server(endpoint = "plans/follow")]
pub async fn follow(
    locale: String,
    strategy: i32,
    target: String,
    target_id: i32,
    on: bool,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let entity = Entity::parse(&target).ok_or_else(|| refused("error-choice-unknown"))?;
    store::plans::follow::set(&state.db, &actor, entity, target_id, on).await?;
    let notice = if on { "followed" } else { "unfollowed" };
    let path = match entity {
        Entity::Activity => super::paths::activity(&locale, strategy, target_id),
        _ => super::paths::plan(&locale, strategy),
    };
    go(format!("{path}?done={notice}"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_changes_only_the_fields_it_moved_and_an_empty_value_counts() {
        use ActivityField::*;
        let sent = vec![
            (Title.into(), Some("Same".into()), Some("Same".into())),
            (Description.into(), Some("Now written".into()), None),
            (DueOn.into(), None, Some("2027-01-31".into())),
            (Progress.into(), Some(" 40".into()), Some("40".into())),
            (Owner.into(), None, None),
        ];
        let found: Vec<(String, String, String)> = changes(3, sent)
            .into_iter()
            .map(|c| (c.field, c.base, c.value))
            .collect();
        assert_eq!(
            found,
            vec![
                ("description".into(), String::new(), "Now written".into()),
                ("due_on".into(), "2027-01-31".into(), String::new()),
            ]
        );
    }
}
