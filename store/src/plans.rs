//! Strategies and action plans. A network's facilitators write its strategy
//! (vision, mission statement, ordered aspirations) and the activities of its
//! action plan; members comment during feedback rounds. Every accepted change
//! to a field is a revision, written in the same transaction, and a change is
//! accepted only when the field still holds the value its writer started from:
//! two facilitators changing different fields both succeed, and the second of
//! two changing the same field is told the other's value instead of
//! overwriting it.

pub mod diff;
pub mod edit;
pub mod export;
pub mod fields;
pub mod follow;
pub mod presence;
pub mod read;
pub mod rounds;

use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait, JoinType,
    QueryFilter, QuerySelect, RelationTrait,
};

use crate::account::Actor;
use crate::entity::{activity, aspiration, indicator, membership, strategy};
use crate::refusal::Refusal;
use crate::vocabulary::PlanTarget;
use crate::StoreError;

pub use crate::vocabulary::PlanEntity as Entity;

/// The longest title (strategy, aspiration, activity, indicator), in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest vision, mission, description or comment, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

impl Entity {
    /// What one may comment on or follow: all but an indicator.
    pub(crate) fn target(self) -> Option<PlanTarget> {
        match self {
            Entity::Strategy => Some(PlanTarget::Strategy),
            Entity::Aspiration => Some(PlanTarget::Aspiration),
            Entity::Activity => Some(PlanTarget::Activity),
            Entity::Indicator => None,
        }
    }
}

impl From<PlanTarget> for Entity {
    fn from(target: PlanTarget) -> Self {
        match target {
            PlanTarget::Strategy => Entity::Strategy,
            PlanTarget::Aspiration => Entity::Aspiration,
            PlanTarget::Activity => Entity::Activity,
        }
    }
}

/// Whether the actor writes this network's strategy: its facilitators and the coordinators.
pub fn edits(actor: Option<&Actor>, network_id: i32) -> bool {
    actor.is_some_and(|a| a.coordinator || a.facilitates.contains(&network_id))
}

/// The networks that are members of this one.
fn member_networks(network_id: i32) -> SelectStatement {
    Query::select()
        .column(membership::Column::MemberNetworkId)
        .from(membership::Entity)
        .and_where(Expr::col(membership::Column::NetworkId).eq(network_id))
        .to_owned()
}

/// A membership of this network, or of one of its member networks.
pub(crate) fn membership_in(network_id: i32) -> Condition {
    Condition::any()
        .add(membership::Column::NetworkId.eq(network_id))
        .add(membership::Column::NetworkId.in_subquery(member_networks(network_id)))
}

/// Whether the actor may comment on this network's strategy during a round:
/// members of its organisations (and of its member networks'), its
/// facilitators and the coordinators.
pub async fn comments(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    network_id: i32,
) -> Result<bool, StoreError> {
    let Some(actor) = actor else {
        return Ok(false);
    };
    if edits(Some(actor), network_id) {
        return Ok(true);
    }
    // A member network's organisations belong to the network of networks too.
    let membership = membership::Entity::find()
        .select_only()
        .column(membership::Column::Id)
        .filter(membership::Column::OrganisationId.eq(actor.organisation_id))
        .filter(membership_in(network_id))
        .into_tuple::<i32>()
        .one(db)
        .await?;
    Ok(membership.is_some())
}

/// The strategy an entity belongs to, and that strategy's network.
pub(crate) async fn owner_strategy(
    db: &impl ConnectionTrait,
    entity: Entity,
    id: i32,
) -> Result<Option<(i32, i32)>, StoreError> {
    let query = strategy::Entity::find()
        .select_only()
        .column(strategy::Column::Id)
        .column(strategy::Column::NetworkId);
    let query = match entity {
        Entity::Strategy => query.filter(strategy::Column::Id.eq(id)),
        Entity::Aspiration => query
            .join_rev(JoinType::InnerJoin, aspiration::Relation::Strategy.def())
            .filter(aspiration::Column::Id.eq(id)),
        Entity::Activity => query
            .join_rev(JoinType::InnerJoin, activity::Relation::Strategy.def())
            .filter(activity::Column::Id.eq(id)),
        Entity::Indicator => query
            .join_rev(JoinType::InnerJoin, activity::Relation::Strategy.def())
            .join_rev(JoinType::InnerJoin, indicator::Relation::Activity.def())
            .filter(indicator::Column::Id.eq(id)),
    };
    Ok(query.into_tuple().one(db).await?)
}

/// Takes the strategy's write lock for the rest of the transaction: every
/// change to one strategy is made one after the other (on SQLite the
/// transaction becomes the writer at once; on PostgreSQL the row is locked).
pub(crate) async fn lock(db: &impl ConnectionTrait, strategy_id: i32) -> Result<(), StoreError> {
    let counted = strategy::Entity::update_many()
        .col_expr(
            strategy::Column::Edits,
            Expr::col(strategy::Column::Edits).add(1),
        )
        .filter(strategy::Column::Id.eq(strategy_id))
        .exec(db)
        .await?;
    if counted.rows_affected == 0 {
        return Err(Refusal::Forbidden.into());
    }
    Ok(())
}

/// Checks that the actor writes the strategy, begins a transaction and takes
/// the strategy's write lock in it.
pub(crate) async fn begin_edit(
    db: &crate::Db,
    actor: &Actor,
    strategy_id: i32,
) -> Result<DatabaseTransaction, StoreError> {
    let Some((_, network_id)) = owner_strategy(db, Entity::Strategy, strategy_id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    if !edits(Some(actor), network_id) {
        return Err(Refusal::Forbidden.into());
    }
    let txn = crate::sql::begin_write(db).await?;
    lock(&txn, strategy_id).await?;
    Ok(txn)
}
