//! Reading the library: a resource with its language versions and their
//! files, a file to serve, and the list with its search and filters.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, FromQueryResult};

use super::Standing;
use crate::common::MemberName;
use crate::search::{join_scores, search_words, Lookup};
use crate::sight::Sight;
use crate::sql::{Count, Sql};
use crate::vocabulary::{
    Audience, Licence, ResourceKind, ResourceStatus, Sector, Topic, Visibility,
};
use crate::StoreError;

/// What a viewer gets when they ask for something of the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sighted<T> {
    Found(T),
    /// It is for members: a visitor is asked to sign in.
    SignInFirst,
    /// It does not exist, or the viewer may not know of it.
    NotFound,
}

#[derive(FromQueryResult)]
struct StandingRow {
    member_id: i32,
    network_id: Option<i32>,
    visibility: Visibility,
    status: ResourceStatus,
    hidden_reason: Option<String>,
}

/// A resource's standing, for the rights.
pub async fn standing(
    db: &impl ConnectionTrait,
    resource_id: i32,
) -> Result<Option<Standing>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT member_id, network_id, visibility, status, hidden_reason FROM resource WHERE id = ",
    )
    .bind(resource_id);
    let row = StandingRow::find_by_statement(sql.statement())
        .one(db)
        .await?;
    Ok(row.map(|r| Standing {
        owner_id: r.member_id,
        network_id: r.network_id,
        visibility: r.visibility,
        status: r.status,
        hidden: r.hidden_reason.is_some(),
    }))
}

fn sighted<T>(standing: Option<Standing>, sight: &Sight) -> Result<Standing, Sighted<T>> {
    match standing {
        Some(s) if s.readable_by(sight) => Ok(s),
        Some(s) if s.needs_sign_in(sight) && s.status == ResourceStatus::Published && !s.hidden => {
            Err(Sighted::SignInFirst)
        }
        _ => Err(Sighted::NotFound),
    }
}

/// The resource's standing if the viewer may read it; else `ResourceUnknown`
/// (for a write that names it: a collection's item, an attachment).
pub(crate) async fn readable(
    db: &impl ConnectionTrait,
    sight: &Sight,
    resource_id: i32,
) -> Result<Standing, StoreError> {
    match standing(db, resource_id).await? {
        Some(s) if s.readable_by(sight) => Ok(s),
        _ => Err(crate::refusal::Refusal::ResourceUnknown.into()),
    }
}

/// A resource as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub id: i32,
    pub kind: ResourceKind,
    pub audience: Audience,
    pub licence: Licence,
    pub author: String,
    pub visibility: Visibility,
    pub status: ResourceStatus,
    pub hidden_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub owner_id: i32,
    pub owner_name: String,
    /// (slug, name)
    pub organisation: Option<(String, String)>,
    /// (slug, name)
    pub network: Option<(String, String)>,
    pub topics: Vec<Topic>,
    pub sectors: Vec<Sector>,
    pub countries: Vec<String>,
    /// The original first, then by language.
    pub versions: Vec<Version>,
    pub editable: bool,
    pub reviewable: bool,
}

/// A language version with its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub id: i32,
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub summary_html: String,
    pub original: bool,
    pub link: Option<String>,
    pub updated_at: DateTime<Utc>,
    /// The newest (current) first.
    pub files: Vec<File>,
}

/// One uploaded file of a version.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct File {
    pub id: i32,
    pub version_id: i32,
    pub file_name: String,
    pub size: i64,
    pub media_type: String,
    pub pages: Option<i32>,
    pub meta_title: Option<String>,
    pub meta_author: Option<String>,
    pub meta_lang: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(FromQueryResult)]
struct ResourceRow {
    id: i32,
    kind: ResourceKind,
    audience: Audience,
    licence: Licence,
    author: String,
    visibility: Visibility,
    status: ResourceStatus,
    hidden_reason: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    member_id: i32,
    network_id: Option<i32>,
    #[sea_orm(nested)]
    owner: MemberName,
    organisation_slug: Option<String>,
    organisation_name: Option<String>,
    network_slug: Option<String>,
    network_name: Option<String>,
}

#[derive(FromQueryResult)]
struct VersionRow {
    id: i32,
    lang: String,
    title: String,
    summary: String,
    summary_html: String,
    original: bool,
    link: Option<String>,
    updated_at: DateTime<Utc>,
}

#[derive(FromQueryResult)]
struct Key {
    key: String,
}

/// A resource with everything its page shows, if the viewer may read it.
pub async fn resource(
    db: &impl ConnectionTrait,
    sight: &Sight,
    resource_id: i32,
) -> Result<Sighted<Resource>, StoreError> {
    let standing = match sighted(standing(db, resource_id).await?, sight) {
        Ok(standing) => standing,
        Err(other) => return Ok(other),
    };
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT r.id, r.kind, r.audience, r.licence, r.author, r.visibility, r.status, \
         r.hidden_reason, r.created_at, r.updated_at, r.member_id, r.network_id, \
         m.given_name, m.family_name, o.slug AS organisation_slug, o.name AS organisation_name, \
         n.slug AS network_slug, n.name AS network_name \
         FROM resource r JOIN member m ON m.id = r.member_id \
         LEFT JOIN organisation o ON o.id = r.organisation_id \
         LEFT JOIN network n ON n.id = r.network_id WHERE r.id = ",
    )
    .bind(resource_id);
    let Some(row) = ResourceRow::find_by_statement(sql.statement())
        .one(db)
        .await?
    else {
        return Ok(Sighted::NotFound);
    };
    let keys = |table: &str, column: &str| {
        let mut sql = Sql::new(backend);
        sql.push(&format!(
            "SELECT {column} AS key FROM {table} WHERE resource_id = "
        ))
        .bind(resource_id)
        .push(&format!(" ORDER BY {column}"));
        sql
    };
    let read_keys = |sql: Sql| async move {
        Ok::<_, StoreError>(
            Key::find_by_statement(sql.statement())
                .all(db)
                .await?
                .into_iter()
                .map(|k| k.key)
                .collect::<Vec<_>>(),
        )
    };
    let topics = read_keys(keys("resource_topic", "topic"))
        .await?
        .iter()
        .filter_map(|k| Topic::parse(k))
        .collect();
    let sectors = read_keys(keys("resource_sector", "sector"))
        .await?
        .iter()
        .filter_map(|k| Sector::parse(k))
        .collect();
    let countries = read_keys(keys("resource_country", "country_code")).await?;
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT id, lang, title, summary, summary_html, original, link, updated_at \
         FROM resource_version WHERE resource_id = ",
    )
    .bind(resource_id)
    .push(" ORDER BY original DESC, lang");
    let version_rows = VersionRow::find_by_statement(sql.statement())
        .all(db)
        .await?;
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT rf.id, rf.version_id, rf.file_name, f.size, f.media_type, f.pages, \
         f.meta_title, f.meta_author, f.meta_lang, rf.created_at \
         FROM resource_file rf JOIN resource_version v ON v.id = rf.version_id \
         JOIN stored_file f ON f.id = rf.stored_file_id WHERE v.resource_id = ",
    )
    .bind(resource_id)
    .push(" ORDER BY rf.id DESC");
    let files = File::find_by_statement(sql.statement()).all(db).await?;
    let versions = version_rows
        .into_iter()
        .map(|v| Version {
            files: files
                .iter()
                .filter(|f| f.version_id == v.id)
                .cloned()
                .collect(),
            id: v.id,
            lang: v.lang,
            title: v.title,
            summary: v.summary,
            summary_html: v.summary_html,
            original: v.original,
            link: v.link,
            updated_at: v.updated_at,
        })
        .collect();
    let pair = |slug: Option<String>, name: Option<String>| slug.zip(name);
    Ok(Sighted::Found(Resource {
        id: row.id,
        kind: row.kind,
        audience: row.audience,
        licence: row.licence,
        author: row.author,
        visibility: row.visibility,
        status: row.status,
        hidden_reason: row.hidden_reason,
        created_at: row.created_at,
        updated_at: row.updated_at,
        owner_id: row.member_id,
        owner_name: row.owner.full(),
        organisation: pair(row.organisation_slug, row.organisation_name),
        network: pair(row.network_slug, row.network_name),
        topics,
        sectors,
        countries,
        versions,
        editable: standing.editable_by(sight),
        reviewable: standing.reviewable_by(sight) && row.network_id == standing.network_id,
    }))
}

/// A file to serve: where its content is and how it is named.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Download {
    pub resource_id: i32,
    pub hash: String,
    pub size: i64,
    pub media_type: String,
    pub file_name: String,
    pub created_at: DateTime<Utc>,
}

/// One file of a resource the viewer may read.
pub async fn download(
    db: &impl ConnectionTrait,
    sight: &Sight,
    file_id: i32,
) -> Result<Sighted<Download>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT v.resource_id, f.hash, f.size, f.media_type, rf.file_name, rf.created_at \
         FROM resource_file rf JOIN resource_version v ON v.id = rf.version_id \
         JOIN stored_file f ON f.id = rf.stored_file_id WHERE rf.id = ",
    )
    .bind(file_id);
    let Some(found) = Download::find_by_statement(sql.statement()).one(db).await? else {
        return Ok(Sighted::NotFound);
    };
    Ok(
        match sighted(standing(db, found.resource_id).await?, sight) {
            Ok(_) => Sighted::Found(found),
            Err(other) => other,
        },
    )
}

/// Whether a content (by hash) is recorded as any upload's file.
pub async fn is_recorded(db: &impl ConnectionTrait, hash: &str) -> Result<bool, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT COUNT(*) AS n FROM stored_file WHERE hash = ")
        .bind(hash.to_owned());
    Ok(Count::of(db, &sql).await? > 0)
}

#[derive(FromQueryResult)]
struct Id {
    id: i32,
}

/// The resource a language version belongs to.
pub async fn resource_of_version(
    db: &impl ConnectionTrait,
    version_id: i32,
) -> Result<Option<i32>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT resource_id AS id FROM resource_version WHERE id = ")
        .bind(version_id);
    Ok(Id::find_by_statement(sql.statement())
        .one(db)
        .await?
        .map(|r| r.id))
}

/// What kind of resource it is (its uploads' limit depends on it).
pub async fn kind_of(
    db: &impl ConnectionTrait,
    resource_id: i32,
) -> Result<Option<ResourceKind>, StoreError> {
    #[derive(FromQueryResult)]
    struct Kind {
        kind: ResourceKind,
    }
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT kind FROM resource WHERE id = ")
        .bind(resource_id);
    Ok(Kind::find_by_statement(sql.statement())
        .one(db)
        .await?
        .map(|k| k.kind))
}

/// How the list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// Best match first with a search text; the newest first without one.
    #[default]
    Relevance,
    Newest,
}

impl Order {
    pub const ALL: [Order; 2] = [Order::Relevance, Order::Newest];

    pub fn key(self) -> &'static str {
        match self {
            Order::Relevance => "relevance",
            Order::Newest => "newest",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.key() == key)
    }
}

/// A search of the library; every filter is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LibraryQuery {
    pub text: String,
    pub kind: Option<ResourceKind>,
    pub topic: Option<Topic>,
    pub sector: Option<Sector>,
    /// Resources with a version in this language.
    pub lang: Option<String>,
    pub country: Option<String>,
    pub licence: Option<Licence>,
    pub order: Order,
    /// Zero-based.
    pub page: u32,
    pub per_page: u32,
    /// The reader's language: each card's title is its version in it, else the original's.
    pub reader_lang: String,
}

/// A resource as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, FromQueryResult)]
pub struct Card {
    pub id: i32,
    pub kind: ResourceKind,
    pub licence: Licence,
    pub status: ResourceStatus,
    pub title: String,
    /// The language of the title shown.
    pub lang: String,
    pub updated_at: DateTime<Utc>,
    pub organisation_name: Option<String>,
    /// Every language it has a version in (filled after the query).
    #[sea_orm(skip)]
    pub languages: Vec<String>,
}

/// One page of the list and how many resources match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryPage {
    pub total: u64,
    pub cards: Vec<Card>,
}

/// Appends `FROM resource r [JOIN scores] WHERE` the viewer's sight and the filters.
fn from_and_where(sql: &mut Sql, sight: &Sight, query: &LibraryQuery, words: &[Lookup]) {
    sql.push(" FROM resource r");
    join_scores(sql, super::index::INDEX, "resource_id", "r", words);
    sql.push(" WHERE 1 = 1");
    super::restrict(sight, sql);
    filters(sql, query);
}

/// A resource's `title` and its `lang` in the reader's language, else its
/// original's, read through [`join_titles`].
pub(crate) const TITLE_COLUMNS: &str =
    "COALESCE(vr.title, vo.title) AS title, COALESCE(vr.lang, vo.lang) AS lang";

/// Appends the joins of resource `r`'s version in `lang` (`vr`) and its original (`vo`).
pub(crate) fn join_titles(sql: &mut Sql, lang: &str) {
    sql.push(" LEFT JOIN resource_version vr ON vr.resource_id = r.id AND vr.lang = ")
        .bind(lang.to_owned())
        .push(" LEFT JOIN resource_version vo ON vo.resource_id = r.id AND vo.original = ")
        .bind(true);
}

/// The page of resources the viewer may read that match the query.
pub async fn list(
    db: &impl ConnectionTrait,
    sight: &Sight,
    query: &LibraryQuery,
) -> Result<LibraryPage, StoreError> {
    let backend = db.get_database_backend();
    let words = search_words(db, super::index::INDEX, &query.text).await?;
    let per_page = query.per_page.clamp(1, 100);
    let by_score = query.order == Order::Relevance && !words.is_empty();
    // The page's ids first, ordered and cut; only then the titles in the
    // reader's language and the organisation, for the page's rows alone.
    // The count is a query of its own, run beside the page's on another
    // connection: a window over every match (`COUNT(*) OVER ()`) made
    // SQLite sort them all a second time (9 of 23 ms for a word matching
    // 11,000 resources).
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT r.id, r.kind, r.licence, r.status, r.updated_at, \
         o.name AS organisation_name, ",
    )
    .push(TITLE_COLUMNS)
    .push(" FROM (SELECT r.id, r.updated_at, ");
    sql.push(if words.is_empty() {
        "0 AS score"
    } else {
        "s.score AS score"
    });
    from_and_where(&mut sql, sight, query, &words);
    let order = if by_score {
        " ORDER BY score DESC, updated_at DESC, id DESC"
    } else {
        " ORDER BY updated_at DESC, id DESC"
    };
    sql.push(order)
        .push(" LIMIT ")
        .bind(i64::from(per_page))
        .push(" OFFSET ")
        .bind(i64::from(query.page) * i64::from(per_page))
        .push(") p JOIN resource r ON r.id = p.id");
    join_titles(&mut sql, &query.reader_lang);
    sql.push(" LEFT JOIN organisation o ON o.id = r.organisation_id")
        .push(
            &order
                .replace("ORDER BY ", "ORDER BY p.")
                .replace(", ", ", p."),
        );
    let mut count = Sql::new(backend);
    count.push("SELECT COUNT(*) AS n");
    from_and_where(&mut count, sight, query, &words);
    let (rows, total) = futures_util::future::join(
        Card::find_by_statement(sql.statement()).all(db),
        Count::of(db, &count),
    )
    .await;
    let (rows, total) = (rows?, total?);
    let mut cards: Vec<Card> = rows;
    if !cards.is_empty() {
        #[derive(FromQueryResult)]
        struct Language {
            resource_id: i32,
            lang: String,
        }
        let ids: Vec<i32> = cards.iter().map(|c| c.id).collect();
        let mut sql = Sql::new(backend);
        sql.push("SELECT resource_id, lang FROM resource_version WHERE 1 = 1");
        crate::sight::in_list(&mut sql, " AND resource_id IN (", &ids);
        sql.push(" ORDER BY original DESC, lang");
        for language in Language::find_by_statement(sql.statement()).all(db).await? {
            if let Some(card) = cards.iter_mut().find(|c| c.id == language.resource_id) {
                card.languages.push(language.lang);
            }
        }
    }
    Ok(LibraryPage { total, cards })
}

fn filters(sql: &mut Sql, query: &LibraryQuery) {
    if let Some(kind) = query.kind {
        sql.push(" AND r.kind = ").bind(kind.key());
    }
    if let Some(licence) = query.licence {
        sql.push(" AND r.licence = ").bind(licence.key());
    }
    for (table, column, value) in [
        ("resource_topic", "topic", query.topic.map(Topic::key)),
        ("resource_sector", "sector", query.sector.map(Sector::key)),
        ("resource_country", "country_code", query.country.as_deref()),
        ("resource_version", "lang", query.lang.as_deref()),
    ] {
        if let Some(value) = value {
            sql.push(&format!(
                " AND EXISTS (SELECT 1 FROM {table} x WHERE x.resource_id = r.id AND x.{column} = "
            ))
            .bind(value.to_owned())
            .push(")");
        }
    }
}
