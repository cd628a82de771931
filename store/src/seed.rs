//! Demo data: a believable network of networks on first start, and `--scale N` for benchmarks.
//! Everything is generated from `seed/countries.json` with a fixed random sequence,
//! so two runs produce the same data and a second run adds nothing.

mod counselling;
mod data;
pub mod documents;
mod events;
mod library;
mod library_scale;
mod plans;
mod rows;
mod scale;

pub use counselling::seed_long_thread;
pub use events::seed_events;
pub use library::seed_library;
pub use library_scale::seed_library_scale;
pub use rows::national_slug;
pub use scale::seed_scale;

use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait};

use crate::entity::{network, organisation};
use crate::{Db, StoreError};
use data::Random;
use rows::Rows;

/// The slug of the international network every demo network belongs to.
pub const INTERNATIONAL_SLUG: &str = "eurovet-network";

/// Organisations generated per country for the demo network.
const DEMO_ORGANISATIONS_PER_COUNTRY: usize = 10;

/// What a seed run added.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    pub networks: u64,
    pub organisations: u64,
    pub members: u64,
}

/// Seeds the demo network unless it is already there.
pub async fn seed_demo(db: &Db) -> Result<SeedReport, StoreError> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let exists = network::Entity::find()
        .filter(network::Column::Slug.eq(INTERNATIONAL_SLUG))
        .count(db)
        .await?
        > 0;
    if exists {
        return Ok(SeedReport::default());
    }
    let countries = data::countries()?;
    let txn = crate::sql::begin_write(db).await?;
    let mut rows = Rows::starting_after(&txn).await?;
    rows.countries(&countries);
    let international = rows.network(
        INTERNATIONAL_SLUG,
        "EuroVET – European Network of VET Networks",
        "international",
        None,
        None,
        "Brings together the national and regional networks of vocational education and training providers across Europe: peer learning, partner search and a shared strategy.",
        "en",
    );
    let mut random = Random::new(0x5eed);
    for country in &countries {
        let national = rows.national_network(country, international);
        let regional: Vec<i32> = country
            .regional_networks
            .iter()
            .map(|r| rows.regional_network(country, r, national))
            .collect();
        for i in 0..DEMO_ORGANISATIONS_PER_COUNTRY {
            let organisation = rows.organisation(country, i, &mut random);
            rows.join(national, organisation, &mut random);
            if !regional.is_empty() && i % 2 == 0 {
                rows.join(regional[i / 2 % regional.len()], organisation, &mut random);
            }
            for _ in 0..random.between(1, 3) {
                rows.member(country, organisation, &mut random);
            }
        }
    }
    let report = rows.flush(&txn).await?;
    txn.commit().await?;
    counselling::seed_threads(db).await?;
    plans::seed_demo_strategy(db, international).await?;
    Ok(report)
}

/// Whether the database holds any organisation yet.
pub async fn is_empty(db: &impl ConnectionTrait) -> Result<bool, StoreError> {
    Ok(organisation::Entity::find().count(db).await? == 0)
}
