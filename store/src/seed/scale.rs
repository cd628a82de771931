//! `seed --scale N`: grows the directory to N organisations for benchmarks,
//! with regional networks and members in the same proportions as the demo.

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::data::{self, Random};
use super::rows::{national_slug, Rows};
use super::{seed_demo, SeedReport};
use crate::entity::{network, organisation};
use crate::{Db, StoreError};

/// Organisations written per transaction.
const BATCH: usize = 2_000;
/// One regional network for this many organisations.
const ORGANISATIONS_PER_NETWORK: usize = 100;

/// Adds organisations until there are `target`; calls `progress(done, total)` after each batch.
pub async fn seed_scale(
    db: &Db,
    target: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<SeedReport, StoreError> {
    let mut report = seed_demo(db).await?;
    let countries = data::countries()?;
    let mut nationals = Vec::with_capacity(countries.len());
    for country in &countries {
        let national = network::Entity::find()
            .filter(network::Column::Slug.eq(national_slug(&country.code)))
            .one(db)
            .await?
            .ok_or_else(|| {
                StoreError::SeedData(format!("no national network for {}", country.code))
            })?;
        nationals.push(national.id);
    }
    let existing = organisation::Entity::find().count(db).await?;
    let missing = target.saturating_sub(existing);
    let mut random = Random::new(existing ^ 0x5ca1e);
    let mut done = 0u64;
    progress(0, missing);
    while done < missing {
        let txn = crate::sql::begin_write(db).await?;
        let mut rows = Rows::starting_after(&txn).await?;
        let batch = (missing - done).min(BATCH as u64) as usize;
        let mut regional: Vec<Option<i32>> = vec![None; countries.len()];
        let mut per_country = vec![0usize; countries.len()];
        for i in 0..batch {
            let n = (existing + done) as usize + i;
            let slot = n % countries.len();
            let country = &countries[slot];
            if per_country[slot] % ORGANISATIONS_PER_NETWORK == 0 {
                let city = random.pick(&country.cities).clone();
                let region = data::RegionalNetwork {
                    name: format!("{} – {city}", country.national_network),
                    city,
                };
                regional[slot] = Some(rows.regional_network(country, &region, nationals[slot]));
            }
            per_country[slot] += 1;
            let organisation = rows.organisation(country, n, &mut random);
            rows.join(nationals[slot], organisation, &mut random);
            if let Some(network) = regional[slot].filter(|_| i % 3 == 0) {
                rows.join(network, organisation, &mut random);
            }
            for _ in 0..random.between(1, 2) {
                rows.member(country, organisation, &mut random);
            }
        }
        debug_assert_eq!(rows.pending_organisations(), batch);
        let added = rows.flush(&txn).await?;
        txn.commit().await?;
        report.networks += added.networks;
        report.organisations += added.organisations;
        report.members += added.members;
        done += batch as u64;
        progress(done, missing);
    }
    Ok(report)
}
