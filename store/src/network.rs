//! One network with everything its page shows: where it sits in the tree of
//! networks, its member networks and its member organisations by level.

pub mod manage;

use sea_orm::{ColumnTrait, EntityTrait, FromQueryResult, QueryFilter};

use crate::directory::NetworkSummary;

use crate::common::MemberName;
use crate::entity::network;
use crate::search::OrganisationCard;
use crate::sql::{Count, Sql};
use crate::vocabulary::MembershipLevel;
use crate::{Db, StoreError};

/// A network page lists at most this many organisations of each level; the
/// rest are one link away, in the organisation list filtered by the network.
pub const ORGANISATIONS_PER_LEVEL: u64 = 50;

/// The member organisations of one membership level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelGroup {
    pub level: MembershipLevel,
    /// All of the level's organisations, shown or not.
    pub total: u64,
    /// The first [`ORGANISATIONS_PER_LEVEL`], by name.
    pub organisations: Vec<OrganisationCard>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NetworkDetail {
    pub network: network::Model,
    /// The network this one is a member of.
    pub parent: Option<NetworkSummary>,
    pub member_networks: Vec<NetworkSummary>,
    /// Levels with at least one organisation, core first.
    pub levels: Vec<LevelGroup>,
    /// People who belong to the member organisations.
    pub members: u64,
    /// The network's facilitators: member id, name, organisation, by name.
    pub facilitators: Vec<(i32, String, String)>,
}

impl NetworkDetail {
    /// Every member organisation, at any level.
    pub fn organisations(&self) -> u64 {
        self.levels.iter().map(|l| l.total).sum()
    }
}

/// The network with this slug, if there is one.
pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<NetworkDetail>, StoreError> {
    let Some(network) = network::Entity::find()
        .filter(network::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let id = network.id;
    let backend = db.get_database_backend();
    // The membership that makes this network a member of another, and those
    // that make others members of it.
    let parent = linked_networks(
        db,
        "m.network_id",
        "m.member_network_id",
        id,
        " ORDER BY m.id LIMIT 1",
    )
    .await?
    .pop();
    let member_networks = linked_networks(
        db,
        "m.member_network_id",
        "m.network_id",
        id,
        " ORDER BY n.kind, n.country_code, n.name",
    )
    .await?;

    let mut levels = Vec::new();
    for level in MembershipLevel::ALL {
        let mut sql = Sql::new(backend);
        sql.push("SELECT COUNT(*) AS n FROM membership WHERE network_id = ")
            .bind(id)
            .push(" AND level = ")
            .bind(level.key())
            .push(" AND organisation_id IS NOT NULL");
        let total = Count::of(db, &sql).await?;
        if total == 0 {
            continue;
        }
        let mut sql = Sql::new(backend);
        sql.push("SELECT ")
            .push(OrganisationCard::COLUMNS)
            .push(" FROM membership m JOIN organisation o ON o.id = m.organisation_id WHERE m.network_id = ")
        .bind(id)
        .push(" AND m.level = ")
        .bind(level.key())
        .push(" ORDER BY o.name, o.id LIMIT ")
        .bind(ORGANISATIONS_PER_LEVEL as i64);
        let organisations = OrganisationCard::find_by_statement(sql.statement())
            .all(db)
            .await?;
        levels.push(LevelGroup {
            level,
            total,
            organisations,
        });
    }

    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT COUNT(*) AS n FROM member p JOIN membership m ON m.organisation_id = p.organisation_id \
         WHERE m.network_id = ",
    )
    .bind(id);
    let members = Count::of(db, &sql).await?;

    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT p.id, p.given_name, p.family_name, o.name AS organisation FROM facilitator f \
         JOIN member p ON p.id = f.member_id JOIN organisation o ON o.id = p.organisation_id \
         WHERE f.network_id = ",
    )
    .bind(id)
    .push(" ORDER BY p.family_name, p.given_name, p.id");
    #[derive(FromQueryResult)]
    struct Facilitator {
        id: i32,
        #[sea_orm(nested)]
        name: MemberName,
        organisation: String,
    }
    let facilitators = Facilitator::find_by_statement(sql.statement())
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.id, f.name.full(), f.organisation))
        .collect();

    Ok(Some(NetworkDetail {
        network,
        parent,
        member_networks,
        levels,
        members,
        facilitators,
    }))
}

/// The networks at the `linked` end of the memberships whose `own` end is `id`.
async fn linked_networks(
    db: &Db,
    linked: &str,
    own: &str,
    id: i32,
    order: &str,
) -> Result<Vec<NetworkSummary>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT ")
        .push(NetworkSummary::COLUMNS)
        .push(&format!(
            " FROM membership m JOIN network n ON n.id = {linked} WHERE {own} = "
        ))
        .bind(id)
        .push(order);
    Ok(NetworkSummary::find_by_statement(sql.statement())
        .all(db)
        .await?)
}

/// The id of the network with this slug.
pub async fn id_by_slug(db: &Db, slug: &str) -> Result<Option<i32>, StoreError> {
    Ok(network::Entity::find()
        .filter(network::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(|n| n.id))
}

/// Id, slug and name of the networks with these ids (of every network for
/// `None`), by name.
pub async fn names(db: &Db, ids: Option<&[i32]>) -> Result<Vec<(i32, String, String)>, StoreError> {
    use sea_orm::QueryOrder;
    let mut find = network::Entity::find().order_by_asc(network::Column::Name);
    if let Some(ids) = ids {
        find = find.filter(network::Column::Id.is_in(ids.to_vec()));
    }
    Ok(find
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.slug, n.name))
        .collect())
}
