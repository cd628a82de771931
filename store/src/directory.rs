//! Read queries of the member directory.

use sea_orm::{EntityTrait, FromQueryResult, QueryOrder, Statement};

use crate::entity::country;
use crate::vocabulary::NetworkKind;
use crate::{Db, StoreError};

/// The headline figures of the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub networks: u64,
    pub organisations: u64,
    pub countries: u64,
    pub members: u64,
}

pub async fn totals(db: &Db) -> Result<Totals, StoreError> {
    #[derive(FromQueryResult)]
    struct Counts {
        networks: i64,
        organisations: i64,
        countries: i64,
        members: i64,
    }
    let found = Counts::find_by_statement(Statement::from_string(
        db.get_database_backend(),
        "SELECT (SELECT COUNT(*) FROM network) AS networks, \
               (SELECT COUNT(*) FROM organisation) AS organisations, \
               (SELECT COUNT(DISTINCT country_code) FROM organisation) AS countries, \
               (SELECT COUNT(*) FROM member) AS members",
    ))
    .one(db)
    .await?;
    let count = |n: i64| n.max(0) as u64;
    Ok(found.map_or(
        Totals {
            networks: 0,
            organisations: 0,
            countries: 0,
            members: 0,
        },
        |c| Totals {
            networks: count(c.networks),
            organisations: count(c.organisations),
            countries: count(c.countries),
            members: count(c.members),
        },
    ))
}

/// A member country with its official languages among the interface locales.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberCountry {
    pub code: String,
    /// Its name in its own main language.
    pub endonym: String,
    pub locales: Vec<String>,
}

/// Every member country, by code.
pub async fn countries(db: &Db) -> Result<Vec<MemberCountry>, StoreError> {
    let rows = country::Entity::find()
        .order_by_asc(country::Column::Code)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|c| MemberCountry {
            code: c.code,
            endonym: c.endonym,
            locales: c.locales.split_whitespace().map(str::to_owned).collect(),
        })
        .collect())
}

/// A network with what the directory shows beside its name (read by
/// [`NetworkSummary::COLUMNS`]).
#[derive(Debug, Clone, PartialEq, FromQueryResult)]
pub struct NetworkSummary {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub kind: NetworkKind,
    pub country_code: Option<String>,
    pub city: Option<String>,
    /// The language its name and description are written in.
    #[sea_orm(from_alias = "description_lang")]
    pub lang: String,
    /// The network this one is a member of, if any.
    pub parent_id: Option<i32>,
    pub organisations: i64,
}

impl NetworkSummary {
    /// The columns every network list selects, from `network n`: its parent is
    /// the network of its first membership as a member network.
    pub const COLUMNS: &'static str = "n.id, n.slug, n.name, n.kind, n.country_code, n.city, \
        n.description_lang, (SELECT COUNT(*) FROM membership om WHERE om.network_id = n.id \
        AND om.organisation_id IS NOT NULL) AS organisations, (SELECT p.network_id FROM membership p \
        WHERE p.member_network_id = n.id ORDER BY p.id LIMIT 1) AS parent_id";
}

/// Every network with its parent and its number of member organisations, by kind then name.
pub async fn networks(db: &Db) -> Result<Vec<NetworkSummary>, StoreError> {
    Ok(NetworkSummary::find_by_statement(Statement::from_string(
        db.get_database_backend(),
        format!(
            "SELECT {} FROM network n ORDER BY n.kind, n.country_code, n.name",
            NetworkSummary::COLUMNS
        ),
    ))
    .all(db)
    .await?)
}

/// How many organisations each member country has; countries without any are left out.
pub async fn organisations_by_country(db: &Db) -> Result<Vec<(String, i64)>, StoreError> {
    counts(
        db,
        "SELECT country_code AS key, COUNT(*) AS n FROM organisation GROUP BY country_code ORDER BY country_code",
    )
    .await
}

/// The `(key, n)` rows of a grouped count.
async fn counts(db: &Db, sql: &str) -> Result<Vec<(String, i64)>, StoreError> {
    #[derive(FromQueryResult)]
    struct Group {
        key: String,
        n: i64,
    }
    let groups = Group::find_by_statement(Statement::from_string(db.get_database_backend(), sql))
        .all(db)
        .await?;
    Ok(groups.into_iter().map(|g| (g.key, g.n)).collect())
}

/// Whether the database answers; used by `/readyz`.
pub async fn ping(db: &Db) -> Result<(), StoreError> {
    Ok(db.ping().await?)
}
