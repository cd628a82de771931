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

use sea_orm::{ConnectionTrait, DatabaseTransaction, TransactionTrait};
use serde::{Deserialize, Serialize};

use crate::account::Actor;
use crate::refusal::Refusal;
use crate::sql::Sql;
use crate::StoreError;

/// The longest title (strategy, aspiration, activity, indicator), in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest vision, mission, description or comment, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// What a change or a comment is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Entity {
    Strategy,
    Aspiration,
    Activity,
    Indicator,
}

impl Entity {
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Strategy => "strategy",
            Entity::Aspiration => "aspiration",
            Entity::Activity => "activity",
            Entity::Indicator => "indicator",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [
            Entity::Strategy,
            Entity::Aspiration,
            Entity::Activity,
            Entity::Indicator,
        ]
        .into_iter()
        .find(|e| e.as_str() == raw)
    }

    /// The table that holds it.
    pub(crate) fn table(self) -> &'static str {
        self.as_str()
    }
}

/// Whether the actor writes this network's strategy: its facilitators and the coordinators.
pub fn edits(actor: Option<&Actor>, network_id: i32) -> bool {
    actor.is_some_and(|a| a.coordinator || a.facilitates.contains(&network_id))
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
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT 1 AS one FROM membership WHERE organisation_id = ")
        .bind(actor.organisation_id)
        .push(" AND (network_id = ")
        .bind(network_id)
        .push(" OR network_id IN (SELECT member_network_id FROM membership WHERE network_id = ")
        .bind(network_id)
        .push("))");
    Ok(db.query_one_raw(sql.statement()).await?.is_some())
}

/// The strategy an entity belongs to, and that strategy's network.
pub(crate) async fn owner_strategy(
    db: &impl ConnectionTrait,
    entity: Entity,
    id: i32,
) -> Result<Option<(i32, i32)>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT s.id, s.network_id FROM strategy s");
    match entity {
        Entity::Strategy => sql.push(" WHERE s.id = "),
        Entity::Aspiration => sql.push(" JOIN aspiration x ON x.strategy_id = s.id WHERE x.id = "),
        Entity::Activity => sql.push(" JOIN activity x ON x.strategy_id = s.id WHERE x.id = "),
        Entity::Indicator => sql.push(
            " JOIN activity a ON a.strategy_id = s.id JOIN indicator x ON x.activity_id = a.id WHERE x.id = ",
        ),
    };
    sql.bind(id);
    let Some(row) = db.query_one_raw(sql.statement()).await? else {
        return Ok(None);
    };
    Ok(Some((
        row.try_get("", "id")?,
        row.try_get("", "network_id")?,
    )))
}

/// Takes the strategy's write lock for the rest of the transaction: every
/// change to one strategy is made one after the other (on SQLite the
/// transaction becomes the writer at once; on PostgreSQL the row is locked).
pub(crate) async fn lock(db: &impl ConnectionTrait, strategy_id: i32) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("UPDATE strategy SET edits = edits + 1 WHERE id = ")
        .bind(strategy_id);
    if db.execute_raw(sql.statement()).await?.rows_affected() == 0 {
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
    let txn = db.begin().await?;
    lock(&txn, strategy_id).await?;
    Ok(txn)
}
