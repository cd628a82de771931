//! Changing a plan: one field at a time, accepted only when the field still
//! holds the value its writer started from, and recorded as a revision in the
//! same transaction; new strategies, aspirations, activities and indicators;
//! restoring a past value as a new revision.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde::{Deserialize, Serialize};

use super::fields::{self, ActivityField, AspirationField, Field, IndicatorField, StrategyField};
use super::read::RevisionRow;
use super::{begin_edit, edits, follow, lock, owner_strategy, Entity};
use crate::account::Actor;
use crate::entity::{activity, aspiration, indicator, plan_revision, strategy};
use crate::refusal::Refusal;
use crate::vocabulary::{ActivityStatus, StrategyStatus};
use crate::{Db, StoreError};

/// One field's new value, and the value its writer started from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub entity: Entity,
    pub id: i32,
    /// The key of a field of `entity`, as a form names it; any other is
    /// refused (`ChoiceUnknown`).
    pub field: String,
    pub base: String,
    pub value: String,
}

impl Change {
    /// A change to `field` of the entity `id`.
    pub fn of(field: impl Into<Field>, id: i32, base: &str, value: &str) -> Self {
        let field = field.into();
        Change {
            entity: field.entity(),
            id,
            field: field.key().to_owned(),
            base: base.to_owned(),
            value: value.to_owned(),
        }
    }
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

/// What a revision records: which field of which entity, from what to what.
pub(crate) struct Record<'a> {
    pub strategy_id: i32,
    pub entity: Entity,
    pub entity_id: i32,
    /// A field's key, `status` (the strategy's stage) or `created`.
    pub field: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    pub restores: Option<i32>,
}

/// Records an accepted change by a member; returns the revision's id (the plan's event id).
pub(crate) async fn record(
    txn: &DatabaseTransaction,
    member_id: i32,
    record: Record<'_>,
) -> Result<i32, StoreError> {
    let revision = plan_revision::ActiveModel {
        strategy_id: Set(record.strategy_id),
        entity: Set(record.entity),
        entity_id: Set(record.entity_id),
        field: Set(record.field.to_owned()),
        before: Set(record.before.map(str::to_owned)),
        after: Set(record.after.map(str::to_owned)),
        member_id: Set(member_id),
        created_at: Set(Utc::now()),
        restores: Set(record.restores),
        ..Default::default()
    };
    Ok(plan_revision::Entity::insert(revision)
        .exec(txn)
        .await?
        .last_insert_id)
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
    let created = Record {
        strategy_id,
        entity,
        entity_id: id,
        field: "created",
        before: None,
        after: Some(name),
        restores: None,
    };
    record(txn, actor.member_id, created).await
}

/// Who last changed a field, and when.
async fn last_writer(
    db: &impl ConnectionTrait,
    field: Field,
    id: i32,
) -> Result<(Option<String>, Option<DateTime<Utc>>), StoreError> {
    let last = super::read::revision_rows()
        .filter(plan_revision::Column::Entity.eq(field.entity()))
        .filter(plan_revision::Column::EntityId.eq(id))
        .filter(plan_revision::Column::Field.is_in([field.key(), "created"]))
        .order_by_desc(plan_revision::Column::Id)
        .into_model::<RevisionRow>()
        .one(db)
        .await?;
    Ok(match last {
        Some(row) => (Some(row.writer.full()), Some(row.revision.created_at)),
        None => (None, None),
    })
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
    let checked = changes
        .iter()
        .map(|c| {
            let field = Field::parse(entity, &c.field)?;
            Ok((field, fields::canonical(field, &c.value)?))
        })
        .collect::<Result<Vec<_>, Refusal>>()?;
    let Some((strategy_id, network_id)) = owner_strategy(db, entity, id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    if !edits(Some(actor), network_id) {
        return Err(Refusal::Forbidden.into());
    }
    let txn = crate::sql::begin_write(db).await?;
    lock(&txn, strategy_id).await?;
    let mut outcomes = Vec::with_capacity(changes.len());
    for (change, (field, value)) in changes.iter().zip(checked) {
        let base = fields::base(field, &change.base);
        let current = fields::current(&txn, field, id)
            .await?
            .ok_or(Refusal::Forbidden)?;
        if current == value {
            outcomes.push(Outcome::Unchanged { value });
            continue;
        }
        if current != base {
            let (by, at) = last_writer(&txn, field, id).await?;
            outcomes.push(Outcome::Conflict { current, by, at });
            continue;
        }
        fields::store(&txn, strategy_id, field, id, &value).await?;
        let accepted = Record {
            strategy_id,
            entity,
            entity_id: id,
            field: field.key(),
            before: Some(&current),
            after: Some(&value),
            restores,
        };
        let revision = record(&txn, actor.member_id, accepted).await?;
        if matches!(field, Field::Activity(f) if f.followed()) {
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
    let Some(past) = plan_revision::Entity::find_by_id(revision_id)
        .one(db)
        .await?
    else {
        return Err(Refusal::Forbidden.into());
    };
    let (Some(value), Ok(field)) = (past.after, Field::parse(past.entity, &past.field)) else {
        return Err(Refusal::ChoiceUnknown.into());
    };
    let change = Change::of(field, past.entity_id, base, &value);
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
    let title = fields::canonical(StrategyField::Title.into(), &new.title)?;
    let period = fields::canonical(StrategyField::Period.into(), &new.period)?;
    let (start, end) = period.split_once('-').unwrap_or_default();
    let txn = crate::sql::begin_write(db).await?;
    let created = strategy::ActiveModel {
        network_id: Set(new.network_id),
        title: Set(title.clone()),
        period_start: Set(start.parse().unwrap_or_default()),
        period_end: Set(end.parse().unwrap_or_default()),
        vision: Set(String::new()),
        mission: Set(String::new()),
        status: Set(StrategyStatus::Draft),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    let id = strategy::Entity::insert(created)
        .exec(&txn)
        .await?
        .last_insert_id;
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
    use aspiration::Column;
    let title = fields::canonical(AspirationField::Title.into(), title)?;
    let description = fields::canonical(AspirationField::Description.into(), description)?;
    let txn = begin_edit(db, actor, strategy_id).await?;
    let last = Query::select()
        .expr(Func::coalesce([
            Func::max(Expr::col(Column::Position)).into(),
            Expr::val(0),
        ]))
        .from(aspiration::Entity)
        .and_where(Expr::col(Column::StrategyId).eq(strategy_id))
        .to_owned();
    let insert = Query::insert()
        .into_table(aspiration::Entity)
        .columns([
            Column::StrategyId,
            Column::Position,
            Column::Title,
            Column::Description,
        ])
        .values_panic([
            strategy_id.into(),
            Expr::from(last).add(1),
            title.clone().into(),
            description.into(),
        ])
        .returning_all()
        .to_owned();
    let backend = txn.get_database_backend();
    let added = aspiration::Entity::find()
        .from_raw_sql(backend.build(&insert))
        .one(&txn)
        .await?
        .ok_or(StoreError::Database(sea_orm::DbErr::RecordNotInserted))?;
    let revision = record_created(
        &txn,
        strategy_id,
        Entity::Aspiration,
        added.id,
        &title,
        actor,
    )
    .await?;
    txn.commit().await?;
    Ok((added.id, revision))
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
    let title = fields::canonical(ActivityField::Title.into(), &new.title)?;
    let aspirations = ActivityField::Aspirations.into();
    let serves = fields::canonical(aspirations, &new.aspirations)?;
    let txn = begin_edit(db, actor, strategy_id).await?;
    let created = activity::ActiveModel {
        strategy_id: Set(strategy_id),
        title: Set(title.clone()),
        description: Set(String::new()),
        status: Set(ActivityStatus::Planned),
        progress: Set(0),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    let id = activity::Entity::insert(created)
        .exec(&txn)
        .await?
        .last_insert_id;
    fields::store(&txn, strategy_id, aspirations, id, &serves).await?;
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
    let name = fields::canonical(IndicatorField::Name.into(), name)?;
    let target = fields::canonical(IndicatorField::Target.into(), target)?;
    let Some((strategy_id, _)) = owner_strategy(db, Entity::Activity, activity_id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let txn = begin_edit(db, actor, strategy_id).await?;
    let created = indicator::ActiveModel {
        activity_id: Set(activity_id),
        name: Set(name.clone()),
        target: Set(target.parse().unwrap_or_default()),
        actual: Set(0),
        ..Default::default()
    };
    let id = indicator::Entity::insert(created)
        .exec(&txn)
        .await?
        .last_insert_id;
    let revision = record_created(&txn, strategy_id, Entity::Indicator, id, &name, actor).await?;
    txn.commit().await?;
    Ok((id, revision))
}

/// The strategy a change lands in (for the live event after commit).
pub async fn strategy_of(db: &Db, entity: Entity, id: i32) -> Result<Option<i32>, StoreError> {
    Ok(owner_strategy(db, entity, id).await?.map(|(s, _)| s))
}
