//! Changing a plan: one field at a time, accepted only when the field still
//! holds the value its writer started from, and recorded as a revision in the
//! same transaction; new strategies, aspirations, activities and indicators;
//! restoring a past value as a new revision.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseTransaction, TransactionTrait};
use serde::{Deserialize, Serialize};

use super::{begin_edit, edits, fields, follow, lock, owner_strategy, Entity};
use crate::account::Actor;
use crate::common::returned_id;
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::{Db, StoreError};

/// One field's new value, and the value its writer started from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub entity: Entity,
    pub id: i32,
    pub field: String,
    pub base: String,
    pub value: String,
}

/// What became of a change that broke no rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Accepted, as this revision.
    Saved { revision: i32, value: String },
    /// The field holds this value already; nothing was written.
    Unchanged { value: String },
    /// Someone changed the field since the writer read it: nothing was
    /// written; this is its value now, and who set it when.
    Conflict {
        current: String,
        by: Option<String>,
        at: Option<DateTime<Utc>>,
    },
}

/// Records an accepted change; returns the revision's id (the plan's event id).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn record(
    txn: &DatabaseTransaction,
    strategy_id: i32,
    entity: Entity,
    id: i32,
    field: &str,
    before: Option<&str>,
    after: Option<&str>,
    member_id: i32,
    restores: Option<i32>,
) -> Result<i32, StoreError> {
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push(
        "INSERT INTO plan_revision (strategy_id, entity, entity_id, field, before, after, member_id, created_at, restores) VALUES (",
    )
    .bind(strategy_id)
    .push(", ")
    .bind(entity.as_str())
    .push(", ")
    .bind(id)
    .push(", ")
    .bind(field)
    .push(", ")
    .bind(before.map(str::to_owned))
    .push(", ")
    .bind(after.map(str::to_owned))
    .push(", ")
    .bind(member_id)
    .push(", ")
    .bind(Utc::now())
    .push(", ")
    .bind(restores)
    .push(") RETURNING id");
    returned_id(txn, &sql).await
}

/// Records that something was created, named as it was.
async fn record_created(
    txn: &DatabaseTransaction,
    strategy_id: i32,
    entity: Entity,
    id: i32,
    name: &str,
    actor: &Actor,
) -> Result<i32, StoreError> {
    record(
        txn,
        strategy_id,
        entity,
        id,
        "created",
        None,
        Some(name),
        actor.member_id,
        None,
    )
    .await
}

/// Who last changed a field, and when.
async fn last_writer(
    db: &impl ConnectionTrait,
    entity: Entity,
    id: i32,
    field: &str,
) -> Result<(Option<String>, Option<DateTime<Utc>>), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT r.created_at, m.given_name, m.family_name FROM plan_revision r \
         JOIN member m ON m.id = r.member_id WHERE r.entity = ",
    )
    .bind(entity.as_str())
    .push(" AND r.entity_id = ")
    .bind(id)
    .push(" AND r.field IN (")
    .bind(field)
    .push(", 'created') ORDER BY r.id DESC LIMIT 1");
    match db.query_one_raw(sql.statement()).await? {
        Some(row) => Ok((
            Some(crate::counselling::full_name(&row)?),
            Some(row.try_get("", "created_at")?),
        )),
        None => Ok((None, None)),
    }
}

/// A facilitator changes one field. Refused (nothing written) when they may
/// not or the value breaks a rule; a conflict when the field no longer holds
/// `base`.
pub async fn change(db: &Db, actor: &Actor, change: &Change) -> Result<Outcome, StoreError> {
    let mut applied = change_many(db, actor, std::slice::from_ref(change), None).await?;
    Ok(applied.outcomes.remove(0))
}

/// What became of a form's changes, and the strategy they belong to (whose
/// live pages are to be told).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub strategy_id: i32,
    /// One per change, in their order.
    pub outcomes: Vec<Outcome>,
}

/// Several fields of one entity at once (a form): each is accepted or in
/// conflict on its own, but a refusal of any changes nothing. At least one change.
pub async fn change_many(
    db: &Db,
    actor: &Actor,
    changes: &[Change],
    restores: Option<i32>,
) -> Result<Applied, StoreError> {
    let Some(first) = changes.first() else {
        return Err(Refusal::ChoiceUnknown.into());
    };
    if changes
        .iter()
        .any(|c| c.entity != first.entity || c.id != first.id)
    {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let (entity, id) = (first.entity, first.id);
    let values = changes
        .iter()
        .map(|c| fields::canonical(entity, &c.field, &c.value))
        .collect::<Result<Vec<_>, _>>()?;
    let Some((strategy_id, network_id)) = owner_strategy(db, entity, id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    if !edits(Some(actor), network_id) {
        return Err(Refusal::Forbidden.into());
    }
    let txn = db.begin().await?;
    lock(&txn, strategy_id).await?;
    let mut outcomes = Vec::with_capacity(changes.len());
    for (change, value) in changes.iter().zip(values) {
        let field = change.field.as_str();
        let base = fields::base(entity, field, &change.base);
        let current = fields::current(&txn, entity, id, field)
            .await?
            .ok_or(Refusal::Forbidden)?;
        if current == value {
            outcomes.push(Outcome::Unchanged { value });
            continue;
        }
        if current != base {
            let (by, at) = last_writer(&txn, entity, id, field).await?;
            outcomes.push(Outcome::Conflict { current, by, at });
            continue;
        }
        fields::store(&txn, strategy_id, entity, id, field, &value).await?;
        let revision = record(
            &txn,
            strategy_id,
            entity,
            id,
            field,
            Some(&current),
            Some(&value),
            actor.member_id,
            restores,
        )
        .await?;
        if entity == Entity::Activity && fields::FOLLOWED_FIELDS.contains(&field) {
            follow::tell_followers(&txn, id, revision, actor.member_id).await?;
        }
        outcomes.push(Outcome::Saved { revision, value });
    }
    if entity == Entity::Activity {
        fields::check_dates(&txn, id).await?;
    }
    txn.commit().await?;
    Ok(Applied {
        strategy_id,
        outcomes,
    })
}

/// Sets a field back to the value a past revision gave it, as a new revision
/// (a conflict if the field changed since the page showing that revision was read).
pub async fn restore(
    db: &Db,
    actor: &Actor,
    revision_id: i32,
    base: &str,
) -> Result<Outcome, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT entity, entity_id, field, after FROM plan_revision WHERE id = ")
        .bind(revision_id);
    let Some(row) = db.query_one_raw(sql.statement()).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let field: String = row.try_get("", "field")?;
    let entity = Entity::parse(&row.try_get::<String>("", "entity")?).ok_or(Refusal::Forbidden)?;
    let after: Option<String> = row.try_get("", "after")?;
    let (Some(value), true) = (after, fields::exists(entity, &field)) else {
        return Err(Refusal::ChoiceUnknown.into());
    };
    let change = Change {
        entity,
        id: row.try_get("", "entity_id")?,
        field,
        base: base.to_owned(),
        value,
    };
    let mut applied = change_many(db, actor, &[change], Some(revision_id)).await?;
    Ok(applied.outcomes.remove(0))
}

/// What a new strategy starts with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewStrategy {
    pub network_id: i32,
    pub title: String,
    /// `YYYY-YYYY`.
    pub period: String,
}

/// A facilitator of the network starts a strategy (a draft, empty).
pub async fn create_strategy(db: &Db, actor: &Actor, new: &NewStrategy) -> Result<i32, StoreError> {
    if !edits(Some(actor), new.network_id) {
        return Err(Refusal::Forbidden.into());
    }
    let title = fields::canonical(Entity::Strategy, "title", &new.title)?;
    let period = fields::canonical(Entity::Strategy, "period", &new.period)?;
    let (start, end) = period.split_once('-').unwrap_or_default();
    let txn = db.begin().await?;
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push(
        "INSERT INTO strategy (network_id, title, period_start, period_end, vision, mission, status, created_at) VALUES (",
    )
    .bind(new.network_id)
    .push(", ")
    .bind(title.clone())
    .push(", ")
    .bind(start.parse::<i32>().unwrap_or_default())
    .push(", ")
    .bind(end.parse::<i32>().unwrap_or_default())
    .push(", '', '', 'draft', ")
    .bind(Utc::now())
    .push(") RETURNING id");
    let id = returned_id(&txn, &sql).await?;
    record_created(&txn, id, Entity::Strategy, id, &title, actor).await?;
    txn.commit().await?;
    Ok(id)
}

/// Adds an aspiration at the end of the strategy's list.
pub async fn add_aspiration(
    db: &Db,
    actor: &Actor,
    strategy_id: i32,
    title: &str,
    description: &str,
) -> Result<(i32, i32), StoreError> {
    let title = fields::canonical(Entity::Aspiration, "title", title)?;
    let description = fields::canonical(Entity::Aspiration, "description", description)?;
    let txn = begin_edit(db, actor, strategy_id).await?;
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("INSERT INTO aspiration (strategy_id, position, title, description) VALUES (")
        .bind(strategy_id)
        .push(", (SELECT COALESCE(MAX(position), 0) + 1 FROM aspiration WHERE strategy_id = ")
        .bind(strategy_id)
        .push("), ")
        .bind(title.clone())
        .push(", ")
        .bind(description)
        .push(") RETURNING id");
    let id = returned_id(&txn, &sql).await?;
    let revision = record_created(&txn, strategy_id, Entity::Aspiration, id, &title, actor).await?;
    txn.commit().await?;
    Ok((id, revision))
}

/// What a new activity starts with; the rest is changed field by field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewActivity {
    pub title: String,
    /// Comma-separated aspiration ids of the strategy; at least one.
    pub aspirations: String,
}

/// Adds an activity (planned, no dates, no owner) serving the given aspirations.
pub async fn add_activity(
    db: &Db,
    actor: &Actor,
    strategy_id: i32,
    new: &NewActivity,
) -> Result<(i32, i32), StoreError> {
    let title = fields::canonical(Entity::Activity, "title", &new.title)?;
    let aspirations = fields::canonical(Entity::Activity, "aspirations", &new.aspirations)?;
    let txn = begin_edit(db, actor, strategy_id).await?;
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push(
        "INSERT INTO activity (strategy_id, title, description, status, progress, created_at) VALUES (",
    )
    .bind(strategy_id)
    .push(", ")
    .bind(title.clone())
    .push(", '', 'planned', 0, ")
    .bind(Utc::now())
    .push(") RETURNING id");
    let id = returned_id(&txn, &sql).await?;
    fields::store(
        &txn,
        strategy_id,
        Entity::Activity,
        id,
        "aspirations",
        &aspirations,
    )
    .await?;
    let revision = record_created(&txn, strategy_id, Entity::Activity, id, &title, actor).await?;
    txn.commit().await?;
    Ok((id, revision))
}

/// Adds an indicator (target, nothing achieved yet) to an activity.
pub async fn add_indicator(
    db: &Db,
    actor: &Actor,
    activity_id: i32,
    name: &str,
    target: &str,
) -> Result<(i32, i32), StoreError> {
    let name = fields::canonical(Entity::Indicator, "name", name)?;
    let target = fields::canonical(Entity::Indicator, "target", target)?;
    let Some((strategy_id, _)) = owner_strategy(db, Entity::Activity, activity_id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let txn = begin_edit(db, actor, strategy_id).await?;
    let mut sql = Sql::new(txn.get_database_backend());
    sql.push("INSERT INTO indicator (activity_id, name, target, actual) VALUES (")
        .bind(activity_id)
        .push(", ")
        .bind(name.clone())
        .push(", ")
        .bind(target.parse::<i32>().unwrap_or_default())
        .push(", 0) RETURNING id");
    let id = returned_id(&txn, &sql).await?;
    let revision = record_created(&txn, strategy_id, Entity::Indicator, id, &name, actor).await?;
    txn.commit().await?;
    Ok((id, revision))
}

/// The strategy a change lands in (for the live event after commit).
pub async fn strategy_of(db: &Db, entity: Entity, id: i32) -> Result<Option<i32>, StoreError> {
    Ok(owner_strategy(db, entity, id).await?.map(|(s, _)| s))
}
