//! Organisation search: the words an organisation is found by, and the query
//! that combines a search text with the directory's filters, ranked and paged.

use sea_orm::{ConnectionTrait, FromQueryResult, Statement};

use crate::sql::{Count, Sql};
use crate::vocabulary::{OrganisationType, PartnershipDirection, PartnershipKind, Sector, Topic};

use crate::fold::fold;
use crate::{Db, StoreError};

/// Shorter words are not indexed and not searched: they would match almost everything.
pub const MIN_TERM_CHARS: usize = 2;
/// Longer words are cut to this many characters, in the index and in a search.
pub const MAX_TERM_CHARS: usize = 40;
/// A search uses at most this many words.
pub const MAX_SEARCH_TERMS: usize = 6;

/// How much a word found in each field counts.
pub const WEIGHT_NAME: i16 = 4;
pub const WEIGHT_CITY: i16 = 3;
pub const WEIGHT_DESCRIPTION: i16 = 1;

/// The distinct folded words of a text (lower case, no accents), in order.
pub fn terms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // A file's text has thousands of distinct words: look them up by hash.
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for word in fold(text).split(|c: char| !c.is_alphanumeric()) {
        if word.chars().count() < MIN_TERM_CHARS {
            continue;
        }
        let word: String = word.chars().take(MAX_TERM_CHARS).collect();
        if seen.insert(word.clone()) {
            out.push(word);
        }
    }
    out
}

/// The index rows of one organisation: each word once, with its highest weight.
pub fn organisation_terms(name: &str, city: &str, description: &str) -> Vec<(String, i16)> {
    let mut out: Vec<(String, i16)> = Vec::new();
    for (text, weight) in [
        (name, WEIGHT_NAME),
        (city, WEIGHT_CITY),
        (description, WEIGHT_DESCRIPTION),
    ] {
        for term in terms(text) {
            match out.iter_mut().find(|(t, _)| *t == term) {
                Some((_, w)) => *w = (*w).max(weight),
                None => out.push((term, weight)),
            }
        }
    }
    out
}

/// Rebuilds the index rows of every organisation (after the index is created
/// on a database that already holds organisations).
pub async fn reindex_all(db: &impl ConnectionTrait) -> Result<u64, StoreError> {
    let backend = db.get_database_backend();
    #[derive(FromQueryResult)]
    struct Indexed {
        id: i32,
        name: String,
        city: String,
        description: String,
    }
    let rows = Indexed::find_by_statement(Statement::from_string(
        backend,
        "SELECT id, name, city, description FROM organisation",
    ))
    .all(db)
    .await?;
    db.execute_unprepared("DELETE FROM organisation_term")
        .await?;
    let mut pending: Vec<(String, i32, i16)> = Vec::new();
    for Indexed {
        id,
        name,
        city,
        description,
    } in &rows
    {
        for (term, weight) in organisation_terms(name, city, description) {
            pending.push((term, *id, weight));
        }
    }
    insert_terms(db, &pending).await?;
    Ok(rows.len() as u64)
}

/// Replaces the index rows of one organisation (after it is created or changed).
pub async fn index_organisation(
    db: &impl ConnectionTrait,
    id: i32,
    name: &str,
    city: &str,
    description: &str,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("DELETE FROM organisation_term WHERE organisation_id = ")
        .bind(id);
    db.execute_raw(sql.statement()).await?;
    let pending: Vec<(String, i32, i16)> = organisation_terms(name, city, description)
        .into_iter()
        .map(|(term, weight)| (term, id, weight))
        .collect();
    insert_terms(db, &pending).await
}

/// The organisations' search index.
const ORGANISATION_INDEX: &str = "organisation_term";

/// Writes organisation index rows.
pub(crate) async fn insert_terms(
    db: &impl ConnectionTrait,
    pending: &[(String, i32, i16)],
) -> Result<(), StoreError> {
    insert_index_rows(db, ORGANISATION_INDEX, "organisation_id", pending).await
}

/// Writes rows `(term, owner, weight)` of a search index table, a few hundred per statement.
pub(crate) async fn insert_index_rows(
    db: &impl ConnectionTrait,
    table: &str,
    owner: &str,
    pending: &[(String, i32, i16)],
) -> Result<(), StoreError> {
    let backend = db.get_database_backend();
    for chunk in pending.chunks(300) {
        let mut sql = Sql::new(backend);
        sql.push(&format!(
            "INSERT INTO {table} (term, {owner}, weight) VALUES "
        ));
        for (i, (term, id, weight)) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.push("(")
                .bind(term.clone())
                .push(", ")
                .bind(*id)
                .push(", ")
                .bind(*weight)
                .push(")");
        }
        db.execute_raw(sql.statement()).await?;
    }
    Ok(())
}

/// How one search word is read from an index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// The word is the prefix of one indexed term (or of none): that term's
    /// rows, by equality, one per owner, with no grouping.
    Term(String),
    /// The word is the prefix of several terms: their range, each owner's best weight.
    Prefix(String),
}

/// The words of a search text (at most [`MAX_SEARCH_TERMS`]) as the index
/// `table` holds them, the rarest first.
pub(crate) async fn search_words(
    db: &impl ConnectionTrait,
    table: &str,
    text: &str,
) -> Result<Vec<Lookup>, StoreError> {
    let mut terms = terms(text);
    terms.truncate(MAX_SEARCH_TERMS);
    lookups(db, table, &terms).await
}

/// A word's rows counted up to this many, to find the rarest.
const RARITY_COUNTED: i64 = 5_000;

/// The search words as `table` holds them, the rarest first: it drives the
/// match, and the other words are looked up for its rows alone. One query
/// reads, for each word, the first and last term it is a prefix of and how
/// many rows it has (up to [`RARITY_COUNTED`]).
pub(crate) async fn lookups(
    db: &impl ConnectionTrait,
    table: &str,
    terms: &[String],
) -> Result<Vec<Lookup>, StoreError> {
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    #[derive(FromQueryResult)]
    struct Found {
        position: i32,
        first: Option<String>,
        last: Option<String>,
        found: i64,
    }
    let mut sql = Sql::new(db.get_database_backend());
    for (position, term) in terms.iter().enumerate() {
        if position > 0 {
            sql.push(" UNION ALL ");
        }
        let range = |sql: &mut Sql| {
            sql.push(" WHERE");
            prefix_range(sql, "term", term);
        };
        sql.push("SELECT ")
            .bind(position as i32)
            .push(&format!(" AS position, (SELECT MIN(term) FROM {table}"));
        range(&mut sql);
        sql.push(&format!(") AS first, (SELECT MAX(term) FROM {table}"));
        range(&mut sql);
        sql.push(&format!(
            ") AS last, (SELECT COUNT(*) FROM (SELECT 1 AS one FROM {table}"
        ));
        range(&mut sql);
        sql.push(" LIMIT ")
            .bind(RARITY_COUNTED)
            .push(") c) AS found");
    }
    let mut found = Found::find_by_statement(sql.statement()).all(db).await?;
    found.sort_by_key(|f| (f.found, f.position));
    Ok(found
        .into_iter()
        .map(|f| {
            let term = &terms[f.position as usize];
            match (f.first, f.last) {
                (Some(first), Some(last)) if first == last => Lookup::Term(first),
                (Some(_), Some(_)) => Lookup::Prefix(term.clone()),
                _ => Lookup::Term(term.clone()),
            }
        })
        .collect())
}

/// Appends ` {column} >= prefix AND {column} < prefix + U+10FFFF`: the terms
/// that start with `prefix`.
fn prefix_range(sql: &mut Sql, column: &str, prefix: &str) {
    sql.push(&format!(" {column} >= "))
        .bind(prefix.to_owned())
        .push(&format!(" AND {column} < "))
        .bind(format!("{prefix}\u{10FFFF}"));
}

/// Appends ` JOIN (…) s ON s.{owner} = {alias}.id`: the rows of `alias` that
/// hold every word of `lookups` (from [`lookups`], the rarest first) in the
/// index `table`, with `s.score`, the sum of each word's best weight. The
/// rarest word's rows drive; each other word is an equality join on the
/// primary key `(term, owner)` or, for a prefix, its best weight read through
/// the index `(owner, term, weight)`. Nothing without words.
pub(crate) fn join_scores(
    sql: &mut Sql,
    table: &str,
    owner: &str,
    alias: &str,
    lookups: &[Lookup],
) {
    let Some((driver, others)) = lookups.split_first() else {
        return;
    };
    let prefixes = others.iter().any(|l| matches!(l, Lookup::Prefix(_)));
    sql.push(" JOIN (SELECT ");
    if prefixes {
        sql.push(&format!("{owner}, score FROM (SELECT "));
    }
    sql.push(&format!("d.{owner}, d.weight"));
    for (i, lookup) in others.iter().enumerate() {
        match lookup {
            Lookup::Term(_) => {
                sql.push(&format!(" + x{i}.weight"));
            }
            Lookup::Prefix(prefix) => {
                sql.push(&format!(
                    " + (SELECT MAX(p.weight) FROM {table} p WHERE p.{owner} = d.{owner} AND"
                ));
                prefix_range(sql, "p.term", prefix);
                sql.push(")");
            }
        }
    }
    sql.push(" AS score FROM ");
    match driver {
        Lookup::Term(_) => {
            sql.push(&format!("{table} d"));
        }
        Lookup::Prefix(prefix) => {
            sql.push(&format!(
                "(SELECT {owner}, MAX(weight) AS weight FROM {table} WHERE"
            ));
            prefix_range(sql, "term", prefix);
            sql.push(&format!(" GROUP BY {owner}) d"));
        }
    }
    // `CROSS JOIN`: SQLite keeps the rarest word's rows as the outer loop.
    for (i, lookup) in others.iter().enumerate() {
        if let Lookup::Term(_) = lookup {
            sql.push(&format!(" CROSS JOIN {table} x{i}"));
        }
    }
    sql.push(" WHERE 1 = 1");
    if let Lookup::Term(term) = driver {
        sql.push(" AND d.term = ").bind(term.clone());
    }
    for (i, lookup) in others.iter().enumerate() {
        if let Lookup::Term(term) = lookup {
            sql.push(&format!(" AND x{i}.{owner} = d.{owner} AND x{i}.term = "))
                .bind(term.clone());
        }
    }
    if prefixes {
        sql.push(") q WHERE score IS NOT NULL");
    }
    sql.push(&format!(") s ON s.{owner} = {alias}.id"));
}

/// How a list of organisations is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first with a search text; by name without one.
    #[default]
    Relevance,
    Name,
    Newest,
    Country,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Name, Sort::Newest, Sort::Country];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Name => "name",
            Sort::Newest => "newest",
            Sort::Country => "country",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A search of the organisation list; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisationQuery {
    pub text: String,
    pub country: Option<String>,
    pub organisation_type: Option<OrganisationType>,
    pub sector: Option<Sector>,
    pub topic: Option<Topic>,
    pub language: Option<String>,
    /// A network's slug: its member organisations.
    pub network: Option<String>,
    /// A kind of partnership the organisation offers.
    pub offers: Option<PartnershipKind>,
    /// A kind of partnership the organisation seeks.
    pub seeks: Option<PartnershipKind>,
    pub sort: Sort,
    /// Zero-based.
    pub page: u32,
    pub per_page: u32,
}

impl OrganisationQuery {
    /// Whether the query lists every organisation: no searchable word, no filter.
    pub fn lists_everything(&self) -> bool {
        terms(&self.text).is_empty()
            && [&self.country, &self.language, &self.network]
                .iter()
                .all(|filter| filter.is_none())
            && self.organisation_type.is_none()
            && self.sector.is_none()
            && self.topic.is_none()
            && self.offers.is_none()
            && self.seeks.is_none()
    }
}

/// An organisation as the list shows it (read by [`OrganisationCard::COLUMNS`]).
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct OrganisationCard {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub organisation_type: OrganisationType,
    pub country_code: String,
    pub city: String,
    #[sea_orm(from_alias = "description_lang")]
    pub lang: String,
}

impl OrganisationCard {
    /// The columns every organisation list selects.
    pub const COLUMNS: &'static str =
        "o.id, o.slug, o.name, o.organisation_type, o.country_code, o.city, o.description_lang";
}

/// One page of results and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationPage {
    pub total: u64,
    pub organisations: Vec<OrganisationCard>,
}

/// Appends `FROM organisation o [JOIN scores] WHERE filters`.
fn from_and_where(sql: &mut Sql, query: &OrganisationQuery, words: &[Lookup]) {
    sql.push(" FROM organisation o");
    join_scores(sql, ORGANISATION_INDEX, "organisation_id", "o", words);
    // No WHERE at all without a filter: SQLite then counts the table from its
    // b-tree (`SELECT COUNT(*)` of 10,000 rows in 6 µs rather than 86 µs).
    let mut conditions = 0;
    let mut and = |sql: &mut Sql| {
        sql.push(if conditions == 0 { " WHERE " } else { " AND " });
        conditions += 1;
    };
    if let Some(country) = &query.country {
        and(sql);
        sql.push("o.country_code = ").bind(country.clone());
    }
    if let Some(kind) = query.organisation_type {
        and(sql);
        sql.push("o.organisation_type = ").bind(kind.key());
    }
    for (table, column, value) in [
        (
            "organisation_sector",
            "sector",
            query.sector.map(Sector::key),
        ),
        ("organisation_topic", "topic", query.topic.map(Topic::key)),
        (
            "organisation_language",
            "language",
            query.language.as_deref(),
        ),
    ] {
        if let Some(value) = value {
            and(sql);
            sql.push(&format!(
                "EXISTS (SELECT 1 FROM {table} x WHERE x.organisation_id = o.id AND x.{column} = "
            ))
            .bind(value.to_owned())
            .push(")");
        }
    }
    if let Some(network) = &query.network {
        and(sql);
        sql.push(
            "EXISTS (SELECT 1 FROM membership m JOIN network n ON n.id = m.network_id \
             WHERE m.organisation_id = o.id AND n.slug = ",
        )
        .bind(network.clone())
        .push(")");
    }
    for (direction, kind) in [
        (PartnershipDirection::Offer, query.offers),
        (PartnershipDirection::Seek, query.seeks),
    ] {
        if let Some(kind) = kind {
            and(sql);
            sql.push(
                "EXISTS (SELECT 1 FROM partnership p WHERE p.organisation_id = o.id \
                 AND p.direction = ",
            )
            .bind(direction.key())
            .push(" AND p.kind = ")
            .bind(kind.key())
            .push(")");
        }
    }
}

/// The ids of every organisation that matches, in the query's order, at most `limit`
/// (the whole filtered list, as an export takes it).
pub async fn matching_ids(
    db: &Db,
    query: &OrganisationQuery,
    limit: u64,
) -> Result<Vec<i32>, StoreError> {
    let words = search_words(db, ORGANISATION_INDEX, &query.text).await?;
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT o.id");
    from_and_where(&mut sql, query, &words);
    sql.push(order(query.sort, words.is_empty()))
        .push(" LIMIT ")
        .bind(limit as i64);
    #[derive(FromQueryResult)]
    struct Id {
        id: i32,
    }
    let ids = Id::find_by_statement(sql.statement()).all(db).await?;
    Ok(ids.into_iter().map(|r| r.id).collect())
}

fn order(sort: Sort, no_terms: bool) -> &'static str {
    match (sort, no_terms) {
        (Sort::Relevance, false) => " ORDER BY s.score DESC, o.name, o.id",
        (Sort::Relevance | Sort::Name, _) => " ORDER BY o.name, o.id",
        (Sort::Newest, _) => " ORDER BY o.created_at DESC, o.id DESC",
        (Sort::Country, _) => " ORDER BY o.country_code, o.name, o.id",
    }
}

/// The organisations that match, ranked and paged. A search text that holds no
/// searchable word lists everything the filters allow.
pub async fn search_organisations(
    db: &Db,
    query: &OrganisationQuery,
) -> Result<OrganisationPage, StoreError> {
    search(db, query, None).await
}

/// [`search_organisations`] for a query that lists every organisation
/// ([`OrganisationQuery::lists_everything`]) when their number is already
/// known (the directory's figures, kept a few seconds): one query, not two.
pub async fn list_everything(
    db: &Db,
    query: &OrganisationQuery,
    total: u64,
) -> Result<OrganisationPage, StoreError> {
    debug_assert!(query.lists_everything());
    search(db, query, Some(total)).await
}

async fn search(
    db: &Db,
    query: &OrganisationQuery,
    known_total: Option<u64>,
) -> Result<OrganisationPage, StoreError> {
    let backend = db.get_database_backend();
    let words = search_words(db, ORGANISATION_INDEX, &query.text).await?;

    // With a search text, one pass finds the matches, ranks them and counts
    // them (a window over every match, before the page is cut). Without one,
    // the page walks an index in the list's order and stops after it, and the
    // count is a query of its own: a window would read and sort every row.
    let windowed = !words.is_empty();
    let mut list = Sql::new(backend);
    list.push("SELECT ").push(OrganisationCard::COLUMNS);
    if windowed {
        list.push(", COUNT(*) OVER () AS total");
    }
    from_and_where(&mut list, query, &words);
    let order = order(query.sort, words.is_empty());
    let per_page = query.per_page.clamp(1, 100);
    list.push(order)
        .push(" LIMIT ")
        .bind(per_page as i64)
        .push(" OFFSET ")
        .bind(query.page as i64 * per_page as i64);
    /// The window's count of every match, beside each card.
    #[derive(FromQueryResult)]
    struct Total {
        total: i64,
    }
    let rows = db.query_all_raw(list.statement()).await?;
    let total = match (rows.first(), known_total) {
        (Some(row), _) if windowed => Total::from_query_result(row, "")?.total.max(0) as u64,
        (None, _) if windowed && query.page == 0 => 0,
        (_, Some(known)) if !windowed => known,
        _ => {
            let mut count = Sql::new(backend);
            count.push("SELECT COUNT(*) AS n");
            from_and_where(&mut count, query, &words);
            Count::of(db, &count).await?
        }
    };
    let organisations = rows
        .iter()
        .map(|row| OrganisationCard::from_query_result(row, ""))
        .collect::<Result<_, _>>()?;
    Ok(OrganisationPage {
        total,
        organisations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_folded_distinct_and_long_enough() {
        assert_eq!(
            terms("Łódź, ŁÓDŹ – a VET school"),
            ["lodz", "vet", "school"]
        );
        assert_eq!(terms("Αθήνα Київ"), ["αθηνα", "киів"]);
    }

    #[test]
    fn a_word_keeps_its_highest_weight() {
        let t = organisation_terms("Berufsschule Köln", "Köln", "Eine Schule in Köln");
        assert!(t.contains(&("koln".into(), WEIGHT_NAME)));
        assert!(t.contains(&("schule".into(), WEIGHT_DESCRIPTION)));
        assert_eq!(t.iter().filter(|(w, _)| w == "koln").count(), 1);
    }
}
