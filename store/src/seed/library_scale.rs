//! A library of N resources for benchmarks: titles and summaries made of the
//! words VET providers write, in several languages, written in batches
//! with their search index (as `index_resource` would write it).

use chrono::Utc;
use sea_orm::{ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait};

use super::data::Random;
use crate::entity::{member, resource};
use crate::search::{insert_index_rows, terms};
use crate::sql::Sql;
use crate::vocabulary::{Licence, ResourceKind, Topic};
use crate::{Db, StoreError};

const BATCH: usize = 500;

const WORDS: &[&str] = &[
    "apprenticeship",
    "Ausbildung",
    "Berufsschule",
    "curriculum",
    "didactics",
    "digital",
    "dual",
    "ECVET",
    "EQF",
    "Erasmus",
    "evaluation",
    "formation",
    "guidance",
    "handbook",
    "inclusion",
    "in-company",
    "learning",
    "Lehrling",
    "mentoring",
    "mobility",
    "outcomes",
    "practice",
    "qualification",
    "quality",
    "simulation",
    "skills",
    "teacher",
    "toolkit",
    "trainer",
    "validation",
    "work-based",
    "workshop",
    "Leitfaden",
    "guide",
    "apprendistato",
    "formazione",
    "aprendizaje",
    "oppisopimus",
    "kształcenie",
    "zawodowe",
    "odborné",
    "vzdělávání",
    "tirocinio",
    "stage",
    "alternance",
    "compétences",
    "Kompetenzen",
    "green",
    "energy",
    "construction",
];
const LANGS: &[&str] = &["en", "de", "fr", "it", "es", "fi", "pl", "cs"];
/// The little words every summary has, the most frequent of all.
const FILLERS: &[&str] = &[
    "the", "and", "for", "with", "der", "die", "und", "les", "des", "per", "con", "del", "ja",
    "na", "dla", "pro", "of", "to", "in",
];
/// Made-up words beyond the domain's, for a vocabulary as long as a real library's.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "tin", "sa", "vel", "ro", "dan", "pi", "gu", "ste", "bor", "ne", "fa", "lu",
];

/// The library's vocabulary in the order of how often it is written: the
/// little words, then the domain's, then 3,000 rarer ones; a word of rank k
/// is drawn with a weight of 1/k (Zipf's law).
struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocabulary {
    fn new() -> Self {
        let mut words: Vec<String> = FILLERS
            .iter()
            .chain(WORDS)
            .map(|w| (*w).to_owned())
            .collect();
        for i in 0..3_000usize {
            let n = SYLLABLES.len();
            words.push(format!(
                "{}{}{}",
                SYLLABLES[i % n],
                SYLLABLES[(i / n) % n],
                SYLLABLES[(i / (n * n)) % n]
            ));
        }
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|rank| {
                total += 1.0 / rank as f64;
                total
            })
            .collect();
        Self { words, cumulative }
    }

    fn draw(&self, random: &mut Random, count: usize) -> String {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        (0..count)
            .map(|_| {
                let at = (random.next() % 1_000_000) as f64 / 1_000_000.0 * total;
                let i = self
                    .cumulative
                    .partition_point(|c| *c < at)
                    .min(self.words.len() - 1);
                self.words[i].as_str()
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Adds resources until the library holds `target`; returns how many were added.
pub async fn seed_library_scale(db: &Db, target: u64) -> Result<u64, StoreError> {
    let existing = resource::Entity::find().count(db).await?;
    let missing = target.saturating_sub(existing);
    let members: Vec<i32> = member::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    if members.is_empty() || missing == 0 {
        return Ok(0);
    }
    let backend = db.get_database_backend();
    #[derive(FromQueryResult)]
    struct Max {
        id: Option<i32>,
    }
    let first = |table: &str| {
        Sql::new(backend)
            .push(&format!("SELECT MAX(id) AS id FROM {table}"))
            .statement()
    };
    let mut resource_id = Max::find_by_statement(first("resource"))
        .one(db)
        .await?
        .and_then(|m| m.id)
        .unwrap_or(0);
    let mut version_id = Max::find_by_statement(first("resource_version"))
        .one(db)
        .await?
        .and_then(|m| m.id)
        .unwrap_or(0);
    let mut random = Random::new(existing ^ 0x11b7a7);
    let vocabulary = Vocabulary::new();
    let now = Utc::now();
    let mut done = 0u64;
    while done < missing {
        let batch = (missing - done).min(BATCH as u64) as usize;
        let txn = crate::sql::begin_write(db).await?;
        let mut resources = Sql::new(backend);
        resources.push(
            "INSERT INTO resource (id, member_id, organisation_id, network_id, kind, audience, licence, \
             author, visibility, status, hidden_reason, created_at, updated_at) VALUES ",
        );
        let mut versions = Sql::new(backend);
        versions.push(
            "INSERT INTO resource_version (id, resource_id, lang, title, summary, summary_html, \
             original, link, member_id, created_at, updated_at) VALUES ",
        );
        let mut topics = Sql::new(backend);
        topics.push("INSERT INTO resource_topic (resource_id, topic) VALUES ");
        let mut index: Vec<(String, i32, i16)> = Vec::new();
        for i in 0..batch {
            resource_id += 1;
            version_id += 1;
            let member = *random.pick(&members);
            let kind = *random.pick(&ResourceKind::ALL);
            let licence = *random.pick(&Licence::ALL);
            let topic = *random.pick(&Topic::ALL);
            let lang = *random.pick(LANGS);
            let title = vocabulary.draw(&mut random, 6);
            let summary = vocabulary.draw(&mut random, 40);
            let when = now - chrono::Duration::minutes(random.between(0, 500_000) as i64);
            let comma = if i > 0 { ", " } else { "" };
            resources
                .push(comma)
                .push("(")
                .bind(resource_id)
                .push(", ")
                .bind(member)
                .push(", NULL, NULL, ")
                .bind(kind.key())
                .push(", 'trainers', ")
                .bind(licence.key())
                .push(", 'Benchmark network', 'everyone', 'published', NULL, ")
                .bind(when)
                .push(", ")
                .bind(when)
                .push(")");
            versions
                .push(comma)
                .push("(")
                .bind(version_id)
                .push(", ")
                .bind(resource_id)
                .push(", ")
                .bind(lang)
                .push(", ")
                .bind(title.clone())
                .push(", ")
                .bind(summary.clone())
                .push(", ")
                .bind(format!("<p>{summary}</p>"))
                .push(", ")
                .bind(true)
                .push(", NULL, ")
                .bind(member)
                .push(", ")
                .bind(when)
                .push(", ")
                .bind(when)
                .push(")");
            topics
                .push(comma)
                .push("(")
                .bind(resource_id)
                .push(", ")
                .bind(topic.key())
                .push(")");
            let mut seen = std::collections::HashSet::new();
            for (text, weight) in [
                (&title, super::super::library::index::WEIGHT_TITLE),
                (&summary, super::super::library::index::WEIGHT_SUMMARY),
            ] {
                for term in terms(text) {
                    if seen.insert(term.clone()) {
                        index.push((term, resource_id, weight));
                    }
                }
            }
        }
        txn.execute_raw(resources.statement()).await?;
        txn.execute_raw(versions.statement()).await?;
        txn.execute_raw(topics.statement()).await?;
        insert_index_rows(&txn, crate::library::index::INDEX, "resource_id", &index).await?;
        txn.commit().await?;
        done += batch as u64;
    }
    crate::sql::ids_follow_max(db, &["resource", "resource_version"]).await?;
    Ok(missing)
}
