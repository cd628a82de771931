//! Rows of generated demo data, numbered in memory and written in batches.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, Query};
use sea_orm::{ConnectionTrait, FromQueryResult, Statement, Value};

use super::data::{Country, Random, RegionalNetwork};
use super::SeedReport;
use crate::fold::ascii_slug;
use crate::search::organisation_terms;
use crate::vocabulary::{ORGANISATION_TYPES, PARTNERSHIP_KINDS, SECTORS, TOPICS};
use crate::StoreError;

/// Rows per INSERT statement: well under SQLite's limit of bound parameters.
const ROWS_PER_STATEMENT: usize = 400;

const OTHER_LANGUAGES: [&str; 4] = ["en", "de", "fr", "es"];

#[derive(Default)]
struct Table {
    rows: Vec<Vec<Value>>,
}

pub struct Rows {
    now: DateTime<Utc>,
    next_network: i32,
    next_organisation: i32,
    next_member: i32,
    next_membership: i32,
    next_partnership: i32,
    emails: HashSet<String>,
    countries: Table,
    networks: Table,
    organisations: Table,
    sectors: Table,
    topics: Table,
    languages: Table,
    terms: Table,
    members: Table,
    memberships: Table,
    partnerships: Table,
    partnership_topics: Table,
    expertise: Table,
}

impl Rows {
    /// Starts numbering after the highest ids already in the database.
    pub async fn starting_after(db: &impl ConnectionTrait) -> Result<Self, StoreError> {
        let mut max = [0; 5];
        for (slot, table) in [
            "network",
            "organisation",
            "member",
            "membership",
            "partnership",
        ]
        .iter()
        .enumerate()
        {
            #[derive(FromQueryResult)]
            struct Highest {
                id: i32,
            }
            let highest = Highest::find_by_statement(Statement::from_string(
                db.get_database_backend(),
                format!("SELECT COALESCE(MAX(id), 0) AS id FROM {table}"),
            ))
            .one(db)
            .await?;
            max[slot] = highest.map_or(0, |h| h.id);
        }
        Ok(Self {
            now: Utc::now(),
            next_network: max[0] + 1,
            next_organisation: max[1] + 1,
            next_member: max[2] + 1,
            next_membership: max[3] + 1,
            next_partnership: max[4] + 1,
            emails: HashSet::new(),
            countries: Table::default(),
            networks: Table::default(),
            organisations: Table::default(),
            sectors: Table::default(),
            topics: Table::default(),
            languages: Table::default(),
            terms: Table::default(),
            members: Table::default(),
            memberships: Table::default(),
            partnerships: Table::default(),
            partnership_topics: Table::default(),
            expertise: Table::default(),
        })
    }

    pub fn countries(&mut self, countries: &[Country]) {
        for c in countries {
            self.countries.rows.push(vec![
                c.code.clone().into(),
                c.endonym.clone().into(),
                c.locale.clone().into(),
                c.locales.join(" ").into(),
            ]);
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn network(
        &mut self,
        slug: &str,
        name: &str,
        kind: &str,
        country_code: Option<&str>,
        city: Option<&str>,
        description: &str,
        description_lang: &str,
    ) -> i32 {
        let id = self.next_network;
        self.next_network += 1;
        self.networks.rows.push(vec![
            id.into(),
            slug.into(),
            name.into(),
            kind.into(),
            country_code.map(str::to_owned).into(),
            city.map(str::to_owned).into(),
            description.into(),
            description_lang.into(),
            self.now.into(),
        ]);
        id
    }

    pub fn national_network(&mut self, country: &Country, international: i32) -> i32 {
        let id = self.network(
            &national_slug(&country.code),
            &country.national_network,
            "national",
            Some(&country.code),
            None,
            &country.national_network_description,
            &country.locale,
        );
        self.membership(international, None, Some(id), "core");
        id
    }

    pub fn regional_network(
        &mut self,
        country: &Country,
        regional: &RegionalNetwork,
        national: i32,
    ) -> i32 {
        let slug = format!(
            "{}-{}",
            ascii_slug(&regional.name).unwrap_or_else(|| "regional".into()),
            self.next_network
        );
        let id = self.network(
            &slug,
            &regional.name,
            "regional",
            Some(&country.code),
            Some(&regional.city),
            &country.national_network_description,
            &country.locale,
        );
        self.membership(national, None, Some(id), "member");
        id
    }

    /// The `index`-th organisation of a country; the type cycles so every type appears.
    pub fn organisation(&mut self, country: &Country, index: usize, random: &mut Random) -> i32 {
        let id = self.next_organisation;
        self.next_organisation += 1;
        let kind = ORGANISATION_TYPES[index % ORGANISATION_TYPES.len()];
        let city_index = random.between(0, country.cities.len() - 1);
        let city = &country.cities[city_index];
        let family = random.pick(&country.family_names);
        let pattern = random.pick(&country.organisation_patterns[kind]);
        let name = pattern.replace("{city}", city).replace("{family}", family);
        let description = country.descriptions[kind].replace("{city}", city);
        let slug = format!(
            "{}-{id}",
            ascii_slug(&name).unwrap_or_else(|| country.code.to_lowercase())
        );
        let website = format!("https://{slug}.example");
        for (term, weight) in organisation_terms(&name, city, &description) {
            self.terms
                .rows
                .push(vec![term.into(), id.into(), weight.into()]);
        }
        self.organisations.rows.push(vec![
            id.into(),
            slug.into(),
            name.into(),
            kind.into(),
            country.code.clone().into(),
            city.clone().into(),
            description.into(),
            country.locale.clone().into(),
            Some(website).into(),
            self.now.into(),
        ]);
        let sector_count = random.between(1, 3);
        for sector in random.sample(&SECTORS, sector_count) {
            self.sectors.rows.push(vec![id.into(), sector.into()]);
        }
        let topic_count = random.between(1, 3);
        let topics = random.sample(&TOPICS, topic_count);
        for topic in &topics {
            self.topics.rows.push(vec![id.into(), (*topic).into()]);
        }
        if id % 3 == 0 {
            self.partnership(id, &topics, &country.locale);
        }
        let mut languages = vec![country.locale.as_str()];
        let extra = random.between(0, 2);
        for language in random.sample(&OTHER_LANGUAGES, extra) {
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
        for language in languages {
            self.languages.rows.push(vec![id.into(), language.into()]);
        }
        id
    }

    /// Every third organisation offers or seeks a partnership in its own
    /// topics, by turns, so that needs meet offers (no random draw: the rest
    /// of the demo data stays as it was).
    fn partnership(&mut self, organisation: i32, topics: &[&str], locale: &str) {
        let id = self.next_partnership;
        self.next_partnership += 1;
        let turn = (organisation / 3) as usize;
        let direction = if turn.is_multiple_of(2) {
            "offer"
        } else {
            "seek"
        };
        let kind = PARTNERSHIP_KINDS[(turn / 2) % PARTNERSHIP_KINDS.len()];
        self.partnerships.rows.push(vec![
            id.into(),
            organisation.into(),
            direction.into(),
            kind.into(),
            String::new().into(),
            locale.into(),
            self.now.into(),
        ]);
        for topic in topics {
            self.partnership_topics
                .rows
                .push(vec![id.into(), (*topic).into()]);
        }
    }

    /// The organisation joins a network at a level weighted towards `member`.
    pub fn join(&mut self, network: i32, organisation: i32, random: &mut Random) {
        let level = *random.pick(&["core", "member", "member", "member", "associate"]);
        self.membership(network, Some(organisation), None, level);
    }

    fn membership(
        &mut self,
        network: i32,
        organisation: Option<i32>,
        member_network: Option<i32>,
        level: &str,
    ) {
        let id = self.next_membership;
        self.next_membership += 1;
        self.memberships.rows.push(vec![
            id.into(),
            network.into(),
            organisation.into(),
            member_network.into(),
            level.into(),
            self.now.into(),
        ]);
    }

    pub fn member(&mut self, country: &Country, organisation: i32, random: &mut Random) {
        let id = self.next_member;
        self.next_member += 1;
        let given = random.pick(&country.given_names).clone();
        let family = random.pick(&country.family_names).clone();
        let local = match (ascii_slug(&given), ascii_slug(&family)) {
            (Some(g), Some(f)) => format!("{g}.{f}").replace('-', ""),
            _ => format!("member{id}"),
        };
        let domain = format!("org{organisation}.{}.example", country.code.to_lowercase());
        let mut email = format!("{local}@{domain}");
        if !self.emails.insert(email.clone()) {
            email = format!("{local}{id}@{domain}");
            self.emails.insert(email.clone());
        }
        let job_title = random.pick(&country.job_titles).clone();
        if id % 2 == 0 {
            let topic = TOPICS[id as usize % TOPICS.len()];
            self.expertise.rows.push(vec![id.into(), topic.into()]);
        }
        self.members.rows.push(vec![
            id.into(),
            organisation.into(),
            given.into(),
            family.into(),
            email.into(),
            job_title.into(),
            country.locale.clone().into(),
            self.now.into(),
        ]);
    }

    pub fn pending_organisations(&self) -> usize {
        self.organisations.rows.len()
    }

    /// Writes every pending row (parents before children) and returns what was added.
    pub async fn flush(&mut self, db: &impl ConnectionTrait) -> Result<SeedReport, StoreError> {
        let report = SeedReport {
            networks: self.networks.rows.len() as u64,
            organisations: self.organisations.rows.len() as u64,
            members: self.members.rows.len() as u64,
        };
        let tables: [(&str, &[&str], &mut Table); 12] = [
            (
                "country",
                &["code", "endonym", "locale", "locales"],
                &mut self.countries,
            ),
            (
                "network",
                &[
                    "id",
                    "slug",
                    "name",
                    "kind",
                    "country_code",
                    "city",
                    "description",
                    "description_lang",
                    "created_at",
                ],
                &mut self.networks,
            ),
            (
                "organisation",
                &[
                    "id",
                    "slug",
                    "name",
                    "organisation_type",
                    "country_code",
                    "city",
                    "description",
                    "description_lang",
                    "website",
                    "created_at",
                ],
                &mut self.organisations,
            ),
            (
                "organisation_sector",
                &["organisation_id", "sector"],
                &mut self.sectors,
            ),
            (
                "organisation_topic",
                &["organisation_id", "topic"],
                &mut self.topics,
            ),
            (
                "organisation_language",
                &["organisation_id", "language"],
                &mut self.languages,
            ),
            (
                "organisation_term",
                &["term", "organisation_id", "weight"],
                &mut self.terms,
            ),
            (
                "member",
                &[
                    "id",
                    "organisation_id",
                    "given_name",
                    "family_name",
                    "email",
                    "job_title",
                    "locale",
                    "created_at",
                ],
                &mut self.members,
            ),
            (
                "membership",
                &[
                    "id",
                    "network_id",
                    "organisation_id",
                    "member_network_id",
                    "level",
                    "created_at",
                ],
                &mut self.memberships,
            ),
            (
                "partnership",
                &[
                    "id",
                    "organisation_id",
                    "direction",
                    "kind",
                    "description",
                    "description_lang",
                    "created_at",
                ],
                &mut self.partnerships,
            ),
            (
                "partnership_topic",
                &["partnership_id", "topic"],
                &mut self.partnership_topics,
            ),
            (
                "member_expertise",
                &["member_id", "topic"],
                &mut self.expertise,
            ),
        ];
        for (name, columns, table) in tables {
            for chunk in table.rows.chunks(ROWS_PER_STATEMENT) {
                let mut insert = Query::insert();
                insert
                    .into_table(name)
                    .columns(columns.iter().map(|c| Alias::new(*c)));
                for row in chunk {
                    insert.values_panic(row.iter().cloned().map(Expr::val));
                }
                db.execute(&insert).await?;
            }
            table.rows.clear();
        }
        // Ids were given explicitly: the next ones come after them.
        crate::sql::ids_follow_max(
            db,
            &[
                "network",
                "organisation",
                "member",
                "membership",
                "partnership",
            ],
        )
        .await?;
        Ok(report)
    }
}

pub fn national_slug(country_code: &str) -> String {
    format!("national-{}", country_code.to_lowercase())
}
