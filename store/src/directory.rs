//! Read queries of the member directory.

use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder, QueryResult, Statement};

use crate::entity::country;
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
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT (SELECT COUNT(*) FROM network) AS networks, \
               (SELECT COUNT(*) FROM organisation) AS organisations, \
               (SELECT COUNT(DISTINCT country_code) FROM organisation) AS countries, \
               (SELECT COUNT(*) FROM member) AS members",
        ))
        .await?;
    let count = |column: &str| -> Result<u64, StoreError> {
        let n: i64 = match &row {
            Some(row) => row.try_get("", column)?,
            None => 0,
        };
        Ok(n.max(0) as u64)
    };
    Ok(Totals {
        networks: count("networks")?,
        organisations: count("organisations")?,
        countries: count("countries")?,
        members: count("members")?,
    })
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

/// A network with what the directory shows beside its name.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkSummary {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub country_code: Option<String>,
    pub city: Option<String>,
    /// The language its name and description are written in.
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

    pub fn from_row(r: &QueryResult) -> Result<Self, StoreError> {
        Ok(Self {
            id: r.try_get("", "id")?,
            slug: r.try_get("", "slug")?,
            name: r.try_get("", "name")?,
            kind: r.try_get("", "kind")?,
            country_code: r.try_get("", "country_code")?,
            city: r.try_get("", "city")?,
            lang: r.try_get("", "description_lang")?,
            parent_id: r.try_get("", "parent_id")?,
            organisations: r.try_get("", "organisations")?,
        })
    }
}

/// Every network with its parent and its number of member organisations, by kind then name.
pub async fn networks(db: &Db) -> Result<Vec<NetworkSummary>, StoreError> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            format!(
                "SELECT {} FROM network n ORDER BY n.kind, n.country_code, n.name",
                NetworkSummary::COLUMNS
            ),
        ))
        .await?;
    rows.iter().map(NetworkSummary::from_row).collect()
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
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("", "key")?, r.try_get("", "n")?)))
        .collect()
}

/// Whether the database answers; used by `/readyz`.
pub async fn ping(db: &Db) -> Result<(), StoreError> {
    Ok(db.ping().await?)
}
