//! Reading plans: the strategies of each network, one strategy with its
//! aspirations and action plan (progress rolled up), the revisions after one
//! a page has seen, and an activity's history.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait, Select,
};

use super::fields::{ActivityField, Owner};
use super::{membership_in, rounds, Entity};
use crate::common::MemberName;
use crate::entity::{
    activity, activity_aspiration, activity_contributor, aspiration, indicator, member, membership,
    network, organisation, plan_revision, strategy,
};
use crate::vocabulary::{ActivityStatus, StrategyStatus};
use crate::{Db, StoreError};

/// A strategy in a list.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct StrategySummary {
    pub id: i32,
    pub network_id: i32,
    pub network_name: String,
    pub title: String,
    pub period_start: i32,
    pub period_end: i32,
    pub status: StrategyStatus,
    pub activities: i64,
}

/// Every strategy, by network then most recent period first.
pub async fn strategies(db: &Db) -> Result<Vec<StrategySummary>, StoreError> {
    let activities = Query::select()
        .expr(Func::count(Expr::col(activity::Column::Id)))
        .from(activity::Entity)
        .and_where(
            Expr::col((activity::Entity, activity::Column::StrategyId))
                .equals((strategy::Entity, strategy::Column::Id)),
        )
        .to_owned();
    Ok(strategy::Entity::find()
        .select_only()
        .columns([
            strategy::Column::Id,
            strategy::Column::NetworkId,
            strategy::Column::Title,
            strategy::Column::PeriodStart,
            strategy::Column::PeriodEnd,
            strategy::Column::Status,
        ])
        .column_as(network::Column::Name, "network_name")
        .expr_as(activities, "activities")
        .join(JoinType::InnerJoin, strategy::Relation::Network.def())
        .order_by_asc(network::Column::Name)
        .order_by_desc(strategy::Column::PeriodStart)
        .order_by_asc(strategy::Column::Id)
        .into_model()
        .all(db)
        .await?)
}

/// A member or an organisation, as a form names it (`member:7`) and a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub key: String,
    pub name: String,
}

impl Party {
    fn new(owner: Owner, name: String) -> Self {
        Party {
            key: owner.key(),
            name,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aspiration {
    pub id: i32,
    pub position: i32,
    pub title: String,
    pub description: String,
    /// The mean progress of its activities (done counts fully, cancelled not at all).
    pub progress: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub id: i32,
    pub name: String,
    pub target: i32,
    pub actual: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub id: i32,
    pub title: String,
    pub description: String,
    pub owner: Option<Party>,
    pub contributors: Vec<Party>,
    /// Ids of the aspirations it serves, ascending.
    pub aspirations: Vec<i32>,
    /// `YYYY-MM-DD` or empty.
    pub start_on: String,
    pub due_on: String,
    pub status: ActivityStatus,
    pub progress: i32,
    pub indicators: Vec<Indicator>,
}

impl Activity {
    /// The progress that counts in the roll-ups: done is 100 %, cancelled is left out.
    fn counted(&self) -> Option<u32> {
        match self.status {
            ActivityStatus::Cancelled => None,
            ActivityStatus::Done => Some(100),
            _ => Some(self.progress.clamp(0, 100) as u32),
        }
    }
}

/// The mean of the activities' counted progress, 0 when none counts.
pub fn rollup<'a>(activities: impl Iterator<Item = &'a Activity>) -> u8 {
    let (sum, n) = activities
        .filter_map(Activity::counted)
        .fold((0u32, 0u32), |(s, n), p| (s + p, n + 1));
    (sum + n / 2).checked_div(n).unwrap_or(0) as u8
}

/// A strategy with its action plan, as anyone may read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub id: i32,
    pub network_id: i32,
    pub network_slug: String,
    pub network_name: String,
    pub title: String,
    pub period_start: i32,
    pub period_end: i32,
    pub vision: String,
    pub mission: String,
    pub status: StrategyStatus,
    pub aspirations: Vec<Aspiration>,
    pub activities: Vec<Activity>,
    /// The open feedback round, if any.
    pub round: Option<rounds::Round>,
    /// The latest revision: a live page follows the changes after it.
    pub last_revision: i32,
    /// The whole plan's progress.
    pub progress: u8,
}

/// A strategy with its network and its latest revision.
#[derive(FromQueryResult)]
struct StrategyRow {
    #[sea_orm(nested)]
    strategy: strategy::Model,
    network_slug: String,
    network_name: String,
    last_revision: i32,
}

/// An activity with the names of its owner.
#[derive(FromQueryResult)]
struct ActivityRow {
    #[sea_orm(nested)]
    activity: activity::Model,
    #[sea_orm(nested)]
    owner_member: Option<MemberName>,
    owner_organisation: Option<String>,
}

impl ActivityRow {
    /// The activity as a reader sees it, before its lists are filled in.
    fn into_activity(self) -> Activity {
        let a = self.activity;
        let owner = match (a.owner_member_id, a.owner_organisation_id) {
            (Some(id), _) => self
                .owner_member
                .map(|name| Party::new(Owner::Member(id), name.full())),
            (None, Some(id)) => self
                .owner_organisation
                .map(|name| Party::new(Owner::Organisation(id), name)),
            (None, None) => None,
        };
        Activity {
            id: a.id,
            title: a.title,
            description: a.description,
            owner,
            contributors: Vec::new(),
            aspirations: Vec::new(),
            start_on: a.start_on.unwrap_or_default(),
            due_on: a.due_on.unwrap_or_default(),
            status: a.status,
            progress: a.progress,
            indicators: Vec::new(),
        }
    }
}

/// One strategy with everything its pages show, or `None`.
pub async fn plan(db: &Db, id: i32) -> Result<Option<Plan>, StoreError> {
    let last_revision = Query::select()
        .expr(Func::coalesce([
            Func::max(Expr::col(plan_revision::Column::Id)).into(),
            Expr::val(0),
        ]))
        .from(plan_revision::Entity)
        .and_where(
            Expr::col((plan_revision::Entity, plan_revision::Column::StrategyId))
                .equals((strategy::Entity, strategy::Column::Id)),
        )
        .to_owned();
    let Some(s) = strategy::Entity::find_by_id(id)
        .column_as(network::Column::Slug, "network_slug")
        .column_as(network::Column::Name, "network_name")
        .expr_as(last_revision, "last_revision")
        .join(JoinType::InnerJoin, strategy::Relation::Network.def())
        .into_model::<StrategyRow>()
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let mut aspirations: Vec<Aspiration> = aspiration::Entity::find()
        .filter(aspiration::Column::StrategyId.eq(id))
        .order_by_asc(aspiration::Column::Position)
        .order_by_asc(aspiration::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|a| Aspiration {
            id: a.id,
            position: a.position,
            title: a.title,
            description: a.description,
            progress: 0,
        })
        .collect();
    let mut activities: Vec<Activity> = activity::Entity::find()
        .column(member::Column::GivenName)
        .column(member::Column::FamilyName)
        .column_as(organisation::Column::Name, "owner_organisation")
        .join(JoinType::LeftJoin, activity::Relation::OwnerMember.def())
        .join(
            JoinType::LeftJoin,
            activity::Relation::OwnerOrganisation.def(),
        )
        .filter(activity::Column::StrategyId.eq(id))
        .into_model::<ActivityRow>()
        .all(db)
        .await?
        .into_iter()
        .map(ActivityRow::into_activity)
        .collect();
    let by_id =
        |activities: &mut Vec<Activity>, id: i32| activities.iter_mut().position(|a| a.id == id);
    let in_plan = activity::Column::StrategyId.eq(id);
    let links: Vec<(i32, i32)> = activity_aspiration::Entity::find()
        .select_only()
        .columns([
            activity_aspiration::Column::ActivityId,
            activity_aspiration::Column::AspirationId,
        ])
        .join(
            JoinType::InnerJoin,
            activity_aspiration::Relation::Activity.def(),
        )
        .filter(in_plan.clone())
        .into_tuple()
        .all(db)
        .await?;
    for (activity_id, aspiration_id) in links {
        if let Some(i) = by_id(&mut activities, activity_id) {
            activities[i].aspirations.push(aspiration_id);
        }
    }
    let contributors: Vec<(i32, i32, String)> = activity_contributor::Entity::find()
        .select_only()
        .column(activity_contributor::Column::ActivityId)
        .columns([organisation::Column::Id, organisation::Column::Name])
        .join(
            JoinType::InnerJoin,
            activity_contributor::Relation::Activity.def(),
        )
        .join(
            JoinType::InnerJoin,
            activity_contributor::Relation::Organisation.def(),
        )
        .filter(in_plan.clone())
        .into_tuple()
        .all(db)
        .await?;
    for (activity_id, organisation_id, name) in contributors {
        if let Some(i) = by_id(&mut activities, activity_id) {
            activities[i]
                .contributors
                .push(Party::new(Owner::Organisation(organisation_id), name));
        }
    }
    let indicators = indicator::Entity::find()
        .join(JoinType::InnerJoin, indicator::Relation::Activity.def())
        .filter(in_plan)
        .all(db)
        .await?;
    for n in indicators {
        if let Some(i) = by_id(&mut activities, n.activity_id) {
            activities[i].indicators.push(Indicator {
                id: n.id,
                name: n.name,
                target: n.target,
                actual: n.actual,
            });
        }
    }
    for a in &mut activities {
        a.aspirations.sort_unstable();
        a.contributors.sort_by(|x, y| x.key.cmp(&y.key));
        a.indicators.sort_by_key(|i| i.id);
    }
    activities.sort_by(|x, y| {
        (x.start_on.is_empty(), &x.start_on, x.id).cmp(&(y.start_on.is_empty(), &y.start_on, y.id))
    });
    for aspiration in &mut aspirations {
        aspiration.progress = rollup(
            activities
                .iter()
                .filter(|a| a.aspirations.contains(&aspiration.id)),
        );
    }
    let progress = rollup(activities.iter());
    let strategy = s.strategy;
    Ok(Some(Plan {
        id,
        network_id: strategy.network_id,
        network_slug: s.network_slug,
        network_name: s.network_name,
        title: strategy.title,
        period_start: strategy.period_start,
        period_end: strategy.period_end,
        vision: strategy.vision,
        mission: strategy.mission,
        status: strategy.status,
        aspirations,
        activities,
        round: rounds::open_round(db, id).await?,
        last_revision: s.last_revision,
        progress,
    }))
}

/// A member with their name.
#[derive(FromQueryResult)]
struct MemberRow {
    id: i32,
    #[sea_orm(nested)]
    name: MemberName,
}

/// The members and organisations that can own or contribute to a network's
/// activities: its organisations (and those of its member networks) and
/// their members.
pub async fn parties(db: &Db, network_id: i32) -> Result<(Vec<Party>, Vec<Party>), StoreError> {
    let members = member::Entity::find()
        .select_only()
        .columns([
            member::Column::Id,
            member::Column::GivenName,
            member::Column::FamilyName,
        ])
        .filter(member::Column::OrganisationId.in_subquery(organisations_of(network_id)))
        .order_by_asc(member::Column::FamilyName)
        .order_by_asc(member::Column::GivenName)
        .limit(2000)
        .into_model::<MemberRow>()
        .all(db)
        .await?
        .into_iter()
        .map(|m| Party::new(Owner::Member(m.id), m.name.full()))
        .collect();
    let organisations = organisation::Entity::find()
        .select_only()
        .columns([organisation::Column::Id, organisation::Column::Name])
        .filter(organisation::Column::Id.in_subquery(organisations_of(network_id)))
        .order_by_asc(organisation::Column::Name)
        .limit(2000)
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, name)| Party::new(Owner::Organisation(id), name))
        .collect();
    Ok((members, organisations))
}

/// The ids of the organisations of a network and of its member networks.
fn organisations_of(network_id: i32) -> SelectStatement {
    Query::select()
        .column(membership::Column::OrganisationId)
        .from(membership::Entity)
        .cond_where(
            Condition::all()
                .add(membership::Column::OrganisationId.is_not_null())
                .add(membership_in(network_id)),
        )
        .to_owned()
}

/// One accepted change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub id: i32,
    pub strategy_id: i32,
    pub entity: Entity,
    pub entity_id: i32,
    /// A field's key (`fields::Field::key`), `status` (the strategy's stage) or `created`.
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub member_name: String,
    pub created_at: DateTime<Utc>,
    /// The revision whose value this one brought back.
    pub restores: Option<i32>,
}

/// A revision with the name of its writer.
#[derive(FromQueryResult)]
pub(crate) struct RevisionRow {
    #[sea_orm(nested)]
    pub revision: plan_revision::Model,
    #[sea_orm(nested)]
    pub writer: MemberName,
}

impl From<RevisionRow> for Revision {
    fn from(row: RevisionRow) -> Self {
        let r = row.revision;
        Revision {
            id: r.id,
            strategy_id: r.strategy_id,
            entity: r.entity,
            entity_id: r.entity_id,
            field: r.field,
            before: r.before,
            after: r.after,
            member_name: row.writer.full(),
            created_at: r.created_at,
            restores: r.restores,
        }
    }
}

/// The revisions with their writers' names.
pub(crate) fn revision_rows() -> Select<plan_revision::Entity> {
    plan_revision::Entity::find()
        .column(member::Column::GivenName)
        .column(member::Column::FamilyName)
        .join(JoinType::InnerJoin, plan_revision::Relation::Member.def())
}

/// The strategy's revisions after `after`, oldest first (at most 500).
pub async fn revisions_after(
    db: &Db,
    strategy_id: i32,
    after: i32,
) -> Result<Vec<Revision>, StoreError> {
    let rows = revision_rows()
        .filter(plan_revision::Column::StrategyId.eq(strategy_id))
        .filter(plan_revision::Column::Id.gt(after))
        .order_by_asc(plan_revision::Column::Id)
        .limit(500)
        .into_model::<RevisionRow>()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(Revision::from).collect())
}

/// The history of an activity (its fields and its indicators') or of a
/// strategy's own fields and aspirations, newest first.
pub async fn history(db: &Db, entity: Entity, id: i32) -> Result<Vec<Revision>, StoreError> {
    use plan_revision::Column as R;
    let about = match entity {
        Entity::Activity => {
            let indicators = Query::select()
                .column(indicator::Column::Id)
                .from(indicator::Entity)
                .and_where(Expr::col(indicator::Column::ActivityId).eq(id))
                .to_owned();
            Condition::any()
                .add(R::Entity.eq(Entity::Activity).and(R::EntityId.eq(id)))
                .add(
                    R::Entity
                        .eq(Entity::Indicator)
                        .and(R::EntityId.in_subquery(indicators)),
                )
        }
        Entity::Strategy => Condition::all()
            .add(R::StrategyId.eq(id))
            .add(R::Entity.is_in([Entity::Strategy, Entity::Aspiration])),
        other => Condition::all()
            .add(R::Entity.eq(other))
            .add(R::EntityId.eq(id)),
    };
    let rows = revision_rows()
        .filter(about)
        .order_by_desc(R::Id)
        .limit(1000)
        .into_model::<RevisionRow>()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(Revision::from).collect())
}

/// A revision by id.
pub async fn revision_by_id(db: &Db, id: i32) -> Result<Option<Revision>, StoreError> {
    Ok(revision_rows()
        .filter(plan_revision::Column::Id.eq(id))
        .into_model::<RevisionRow>()
        .one(db)
        .await?
        .map(Revision::from))
}

/// Names for the ids a value of an activity's field holds (`member:7`,
/// `3,5` of organisations or aspirations), so that a history reads as words;
/// any other value as it is.
pub async fn names(db: &Db, field: &str, value: &str) -> Result<String, StoreError> {
    const UNKNOWN: &str = "?";
    let ids = || value.split(',').filter_map(|s| s.parse::<i32>().ok());
    match field.parse::<ActivityField>() {
        Ok(ActivityField::Owner) => {
            let id = |raw: &str| raw.parse::<i32>().unwrap_or(0);
            Ok(match value.split_once(':') {
                Some(("member", raw)) => member::Entity::find_by_id(id(raw))
                    .select_only()
                    .columns([member::Column::GivenName, member::Column::FamilyName])
                    .into_model::<MemberName>()
                    .one(db)
                    .await?
                    .map_or_else(|| UNKNOWN.to_owned(), |m| m.full()),
                Some(("organisation", raw)) => organisation_name(db, id(raw))
                    .await?
                    .unwrap_or_else(|| UNKNOWN.to_owned()),
                _ => String::new(),
            })
        }
        Ok(ActivityField::Aspirations) => {
            let mut out = Vec::new();
            for id in ids() {
                let title = aspiration::Entity::find_by_id(id)
                    .select_only()
                    .column(aspiration::Column::Title)
                    .into_tuple::<String>()
                    .one(db)
                    .await?;
                out.push(title.unwrap_or_else(|| UNKNOWN.to_owned()));
            }
            Ok(out.join("; "))
        }
        Ok(ActivityField::Contributors) => {
            let mut out = Vec::new();
            for id in ids() {
                let name = organisation_name(db, id).await?;
                out.push(name.unwrap_or_else(|| UNKNOWN.to_owned()));
            }
            Ok(out.join("; "))
        }
        _ => Ok(value.to_owned()),
    }
}

async fn organisation_name(db: &Db, id: i32) -> Result<Option<String>, StoreError> {
    Ok(organisation::Entity::find_by_id(id)
        .select_only()
        .column(organisation::Column::Name)
        .into_tuple::<String>()
        .one(db)
        .await?)
}
