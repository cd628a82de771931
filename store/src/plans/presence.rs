//! Who has a plan open right now, and which activity each is editing. Each
//! open page (a visit) is a row while its live connection lasts; a row not
//! renewed for two minutes belongs to an instance that went away.

use chrono::{Duration, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, JoinType,
    QueryFilter, QueryOrder, QuerySelect, RelationTrait,
};

use crate::common::MemberName;
use crate::entity::{member, plan_presence};
use crate::{Db, StoreError};

/// How long a visit counts without being renewed.
const FRESH_FOR: Duration = Duration::minutes(2);

/// A member with the plan open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presence {
    pub member_id: i32,
    pub name: String,
    /// The activity whose form they have open.
    pub editing: Option<i32>,
}

/// Records (or renews) a visit.
pub async fn enter(
    db: &Db,
    visit: &str,
    strategy_id: i32,
    member_id: i32,
    editing: Option<i32>,
) -> Result<(), StoreError> {
    let seen = plan_presence::ActiveModel {
        visit: Set(visit.to_owned()),
        strategy_id: Set(strategy_id),
        member_id: Set(member_id),
        activity_id: Set(editing),
        seen_at: Set(Utc::now()),
    };
    plan_presence::Entity::insert(seen)
        .on_conflict(
            OnConflict::column(plan_presence::Column::Visit)
                .update_columns([
                    plan_presence::Column::SeenAt,
                    plan_presence::Column::ActivityId,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Ends a visit.
pub async fn leave(db: &Db, visit: &str) -> Result<(), StoreError> {
    plan_presence::Entity::delete_by_id(visit).exec(db).await?;
    Ok(())
}

/// A visit with the name of its member.
#[derive(FromQueryResult)]
struct VisitRow {
    member_id: i32,
    activity_id: Option<i32>,
    #[sea_orm(nested)]
    name: MemberName,
}

/// Who has the plan open, one entry per member (editing wins over viewing).
pub async fn present(
    db: &impl ConnectionTrait,
    strategy_id: i32,
) -> Result<Vec<Presence>, StoreError> {
    let visits = plan_presence::Entity::find()
        .select_only()
        .columns([
            plan_presence::Column::MemberId,
            plan_presence::Column::ActivityId,
        ])
        .columns([member::Column::GivenName, member::Column::FamilyName])
        .join(JoinType::InnerJoin, plan_presence::Relation::Member.def())
        .filter(plan_presence::Column::StrategyId.eq(strategy_id))
        .filter(plan_presence::Column::SeenAt.gt(Utc::now() - FRESH_FOR))
        .order_by_asc(member::Column::FamilyName)
        .order_by_asc(member::Column::GivenName)
        .order_by_asc(plan_presence::Column::MemberId)
        .into_model::<VisitRow>()
        .all(db)
        .await?;
    let mut out: Vec<Presence> = Vec::new();
    for v in visits {
        match out.iter_mut().find(|p| p.member_id == v.member_id) {
            Some(p) => p.editing = p.editing.or(v.activity_id),
            None => out.push(Presence {
                member_id: v.member_id,
                name: v.name.full(),
                editing: v.activity_id,
            }),
        }
    }
    Ok(out)
}
