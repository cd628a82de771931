//! The demo data file and the fixed random sequence the generator draws from.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::StoreError;

#[derive(Debug, Deserialize)]
pub struct Country {
    pub code: String,
    pub locale: String,
    /// Its official languages among the interface locales, in the order the
    /// country picker offers them.
    pub locales: Vec<String>,
    pub endonym: String,
    pub cities: Vec<String>,
    pub national_network: String,
    pub national_network_description: String,
    pub regional_networks: Vec<RegionalNetwork>,
    pub organisation_patterns: BTreeMap<String, Vec<String>>,
    pub descriptions: BTreeMap<String, String>,
    pub given_names: Vec<String>,
    pub family_names: Vec<String>,
    pub job_titles: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct RegionalNetwork {
    pub name: String,
    pub city: String,
}

const COUNTRIES_JSON: &str = include_str!("../../seed/countries.json");

/// Reads and checks the demo data shipped with the crate.
pub fn countries() -> Result<Vec<Country>, StoreError> {
    let countries: Vec<Country> =
        serde_json::from_str(COUNTRIES_JSON).map_err(|e| StoreError::SeedData(e.to_string()))?;
    for c in &countries {
        let fail = |what: &str| Err(StoreError::SeedData(format!("{}: {what}", c.code)));
        if c.cities.is_empty() {
            return fail("no cities");
        }
        if !c.locales.contains(&c.locale) {
            return fail("its main locale is not among its locales");
        }
        if c.given_names.is_empty() || c.family_names.is_empty() || c.job_titles.is_empty() {
            return fail("names or job titles missing");
        }
        for kind in crate::vocabulary::ORGANISATION_TYPES {
            if c.organisation_patterns.get(kind).is_none_or(Vec::is_empty) {
                return fail("an organisation type has no name pattern");
            }
            if !c.descriptions.contains_key(kind) {
                return fail("an organisation type has no description");
            }
        }
    }
    Ok(countries)
}

/// splitmix64: small, fast and the same on every platform.
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + (self.next() % (high - low + 1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next() as usize % items.len()]
    }

    /// `count` distinct items.
    pub fn sample<'a>(&mut self, items: &[&'a str], count: usize) -> Vec<&'a str> {
        let mut chosen: Vec<&str> = Vec::with_capacity(count);
        while chosen.len() < count.min(items.len()) {
            let item = *self.pick(items);
            if !chosen.contains(&item) {
                chosen.push(item);
            }
        }
        chosen
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shipped_data_is_complete() {
        let countries = super::countries().expect("countries.json is valid");
        assert!(countries.len() >= 30, "at least 30 member countries");
    }
}
