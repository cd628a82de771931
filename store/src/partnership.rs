//! Partner search: what organisations offer and seek (a kind of partnership,
//! with topics and the countries it is open to), the open offers and needs,
//! and suggestions that pair an organisation's needs with others' offers.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, Set,
};

use crate::account::Actor;
use crate::entity::{partnership, partnership_country, partnership_topic};
use crate::organisation::edit::Known;
use crate::permission::{check, Action};
use crate::refusal::Refusal;
use crate::sql::Count;
use crate::sql::Sql;
use crate::vocabulary::{
    parsed, PartnershipDirection, PartnershipKind, Topic, PARTNERSHIP_DIRECTIONS,
    PARTNERSHIP_KINDS, TOPICS,
};
use crate::{Db, StoreError};

/// The longest description of an offer or need, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 2000;
/// An organisation states at most this many offers and needs.
pub const MAX_PER_ORGANISATION: usize = 30;

/// An offer or need as its organisation states it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartnershipFields {
    /// A key of `PartnershipDirection`.
    pub direction: String,
    /// A key of `PartnershipKind`.
    pub kind: String,
    /// May be empty: the kind and topics say the most.
    pub description: String,
    pub description_lang: String,
    /// At least one key of `Topic`.
    pub topics: Vec<String>,
    /// Countries it is open to; none means any.
    pub countries: Vec<String>,
}

/// An offer or need with the organisation that states it (read by
/// `COLUMNS`; the topics and countries are filled in after).
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Partnership {
    pub id: i32,
    pub direction: PartnershipDirection,
    pub kind: PartnershipKind,
    pub description: String,
    #[sea_orm(from_alias = "description_lang")]
    pub lang: String,
    #[sea_orm(skip)]
    pub topics: Vec<Topic>,
    #[sea_orm(skip)]
    pub countries: Vec<String>,
    pub organisation_id: i32,
    #[sea_orm(from_alias = "slug")]
    pub organisation_slug: String,
    #[sea_orm(from_alias = "name")]
    pub organisation_name: String,
    #[sea_orm(from_alias = "country_code")]
    pub organisation_country: String,
    #[sea_orm(from_alias = "city")]
    pub organisation_city: String,
    /// The language the organisation's name is written in.
    pub organisation_lang: String,
}

/// A filter of the open offers and needs; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartnershipQuery {
    pub direction: Option<PartnershipDirection>,
    pub kind: Option<PartnershipKind>,
    pub topic: Option<Topic>,
    /// The country of the organisation that states it.
    pub country: Option<String>,
    /// Zero-based.
    pub page: u32,
    pub per_page: u32,
}

/// One page of offers and needs, newest first, and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnershipPage {
    pub total: u64,
    pub partnerships: Vec<Partnership>,
}

/// One of an organisation's needs beside another organisation's offer of
/// the same kind, in at least one shared topic, each open to the other's country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub need: Partnership,
    pub offer: Partnership,
    pub shared_topics: Vec<Topic>,
}

const COLUMNS: &str = "p.id, p.direction, p.kind, p.description, p.description_lang, \
     p.organisation_id, o.slug, o.name, o.country_code, o.city, \
     o.description_lang AS organisation_lang";

/// Fills in the topics and countries of each partnership.
async fn with_lists(
    db: &impl ConnectionTrait,
    mut list: Vec<Partnership>,
) -> Result<Vec<Partnership>, StoreError> {
    if list.is_empty() {
        return Ok(list);
    }
    let ids: Vec<i32> = list.iter().map(|p| p.id).collect();
    let topics = partnership_topic::Entity::find()
        .filter(partnership_topic::Column::PartnershipId.is_in(ids.clone()))
        .all(db)
        .await?;
    let countries = partnership_country::Entity::find()
        .filter(partnership_country::Column::PartnershipId.is_in(ids))
        .all(db)
        .await?;
    let mut by_id: HashMap<i32, &mut Partnership> = list.iter_mut().map(|p| (p.id, p)).collect();
    for t in topics {
        if let Some(p) = by_id.get_mut(&t.partnership_id) {
            p.topics.push(t.topic);
        }
    }
    for c in countries {
        if let Some(p) = by_id.get_mut(&c.partnership_id) {
            p.countries.push(c.country_code);
        }
    }
    for p in list.iter_mut() {
        p.topics.sort();
        p.countries.sort();
    }
    Ok(list)
}

/// Appends `FROM ... WHERE` for the query; the organisation is joined when
/// `with_organisation` asks for its columns or the country filter needs it.
fn filter(sql: &mut Sql, query: &PartnershipQuery, with_organisation: bool) {
    if with_organisation || query.country.is_some() {
        sql.push(" FROM partnership p JOIN organisation o ON o.id = p.organisation_id WHERE 1 = 1");
    } else {
        sql.push(" FROM partnership p WHERE 1 = 1");
    }
    if let Some(direction) = query.direction {
        sql.push(" AND p.direction = ").bind(direction.key());
    }
    if let Some(kind) = query.kind {
        sql.push(" AND p.kind = ").bind(kind.key());
    }
    if let Some(country) = &query.country {
        sql.push(" AND o.country_code = ").bind(country.clone());
    }
    if let Some(topic) = query.topic {
        sql.push(
            " AND EXISTS (SELECT 1 FROM partnership_topic t WHERE t.partnership_id = p.id AND t.topic = ",
        )
        .bind(topic.key())
        .push(")");
    }
}

/// The offers and needs that match, newest first, one page of them.
pub async fn search(db: &Db, query: &PartnershipQuery) -> Result<PartnershipPage, StoreError> {
    let backend = db.get_database_backend();
    let per_page = query.per_page.clamp(1, 100);
    let mut count = Sql::new(backend);
    count.push("SELECT COUNT(*) AS n");
    filter(&mut count, query, false);
    let total = Count::of(db, &count).await?;
    let mut list = Sql::new(backend);
    list.push("SELECT ").push(COLUMNS);
    filter(&mut list, query, true);
    list.push(" ORDER BY p.created_at DESC, p.id DESC LIMIT ")
        .bind(per_page as i64)
        .push(" OFFSET ")
        .bind(query.page as i64 * per_page as i64);
    let partnerships = Partnership::find_by_statement(list.statement())
        .all(db)
        .await?;
    Ok(PartnershipPage {
        total,
        partnerships: with_lists(db, partnerships).await?,
    })
}

/// An organisation's offers and needs, offers first.
pub async fn of_organisation(
    db: &impl ConnectionTrait,
    organisation_id: i32,
) -> Result<Vec<Partnership>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT ")
        .push(COLUMNS)
        .push(" FROM partnership p JOIN organisation o ON o.id = p.organisation_id WHERE p.organisation_id = ")
        .bind(organisation_id)
        .push(" ORDER BY p.direction, p.kind, p.id");
    let list = Partnership::find_by_statement(sql.statement())
        .all(db)
        .await?;
    with_lists(db, list).await
}

/// Others' offers that answer this organisation's needs, the most shared
/// topics first, at most `limit`.
pub async fn suggestions(
    db: &Db,
    organisation_id: i32,
    limit: usize,
) -> Result<Vec<Suggestion>, StoreError> {
    let needs: Vec<Partnership> = of_organisation(db, organisation_id)
        .await?
        .into_iter()
        .filter(|p| p.direction == PartnershipDirection::Seek)
        .collect();
    let mut out = Vec::new();
    for need in needs.into_iter().filter(|n| !n.topics.is_empty()) {
        // Offers of the same kind by other organisations sharing a topic;
        // the shared topics and countries are checked below.
        let mut sql = Sql::new(db.get_database_backend());
        sql.push("SELECT ").push(COLUMNS).push(
            " FROM partnership p JOIN organisation o ON o.id = p.organisation_id \
             WHERE p.direction = 'offer' AND p.kind = ",
        );
        sql.bind(need.kind.key())
            .push(" AND p.organisation_id <> ")
            .bind(organisation_id)
            .push(" AND EXISTS (SELECT 1 FROM partnership_topic t WHERE t.partnership_id = p.id AND t.topic IN (");
        for (i, topic) in need.topics.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind(topic.key());
        }
        sql.push(")) ORDER BY p.created_at DESC, p.id DESC LIMIT 200");
        let offers = Partnership::find_by_statement(sql.statement())
            .all(db)
            .await?;
        for offer in with_lists(db, offers).await? {
            let open_to = |p: &Partnership, country: &str| {
                p.countries.is_empty() || p.countries.iter().any(|c| c == country)
            };
            if !open_to(&need, &offer.organisation_country)
                || !open_to(&offer, &need.organisation_country)
            {
                continue;
            }
            let shared_topics: Vec<Topic> = need
                .topics
                .iter()
                .filter(|t| offer.topics.contains(t))
                .copied()
                .collect();
            out.push(Suggestion {
                need: need.clone(),
                offer,
                shared_topics,
            });
        }
    }
    out.sort_by(|a, b| {
        b.shared_topics
            .len()
            .cmp(&a.shared_topics.len())
            .then(a.offer.organisation_name.cmp(&b.offer.organisation_name))
    });
    out.truncate(limit);
    Ok(out)
}

impl PartnershipFields {
    /// Trimmed, deduplicated and checked against the lists.
    pub fn checked(&self, known: &Known) -> Result<PartnershipFields, Refusal> {
        let one_of = |value: &str, allowed: &[&str]| {
            allowed
                .contains(&value.trim())
                .then(|| value.trim().to_owned())
                .ok_or(Refusal::ChoiceUnknown)
        };
        let direction = one_of(&self.direction, &PARTNERSHIP_DIRECTIONS)?;
        let kind = one_of(&self.kind, &PARTNERSHIP_KINDS)?;
        let languages: Vec<&str> = known.languages.iter().map(String::as_str).collect();
        let description_lang = one_of(&self.description_lang, &languages)?;
        let description = self.description.trim().to_owned();
        if description.chars().count() > MAX_DESCRIPTION_CHARS {
            return Err(Refusal::TextTooLong);
        }
        let countries_known: Vec<&str> = known.countries.iter().map(String::as_str).collect();
        let list = |values: &[String], allowed: &[&str]| -> Result<Vec<String>, Refusal> {
            let mut out: Vec<String> = Vec::new();
            for value in values.iter().filter(|v| !v.trim().is_empty()) {
                let value = one_of(value, allowed)?;
                if !out.contains(&value) {
                    out.push(value);
                }
            }
            out.sort();
            Ok(out)
        };
        let topics = list(&self.topics, &TOPICS)?;
        if topics.is_empty() {
            return Err(Refusal::TopicMissing);
        }
        let countries = list(&self.countries, &countries_known)?;
        Ok(PartnershipFields {
            direction,
            kind,
            description,
            description_lang,
            topics,
            countries,
        })
    }
}

/// Adds an offer or need to the organisation; returns its id.
pub async fn add(
    db: &Db,
    actor: Option<&Actor>,
    organisation_id: i32,
    fields: &PartnershipFields,
    known: &Known,
) -> Result<i32, StoreError> {
    check(actor, Action::EditOrganisation { organisation_id })?;
    let fields = fields.checked(known)?;
    let txn = crate::sql::begin_write(db).await?;
    let existing = partnership::Entity::find()
        .filter(partnership::Column::OrganisationId.eq(organisation_id))
        .count(&txn)
        .await?;
    if existing >= MAX_PER_ORGANISATION as u64 {
        return Err(Refusal::LimitReached.into());
    }
    let id = insert(&txn, organisation_id, &fields, chrono::Utc::now()).await?;
    txn.commit().await?;
    Ok(id)
}

/// Writes a checked offer or need with its topics and countries.
pub(crate) async fn insert(
    db: &impl ConnectionTrait,
    organisation_id: i32,
    fields: &PartnershipFields,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<i32, StoreError> {
    let id = partnership::ActiveModel {
        organisation_id: Set(organisation_id),
        direction: Set(fields.direction.parse()?),
        kind: Set(fields.kind.parse()?),
        description: Set(fields.description.clone()),
        description_lang: Set(fields.description_lang.clone()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    let topics: Vec<Topic> = parsed(&fields.topics)?;
    partnership_topic::Entity::insert_many(topics.into_iter().map(|topic| {
        partnership_topic::ActiveModel {
            partnership_id: Set(id),
            topic: Set(topic),
        }
    }))
    .exec_without_returning(db)
    .await?;
    if !fields.countries.is_empty() {
        partnership_country::Entity::insert_many(fields.countries.iter().map(|c| {
            partnership_country::ActiveModel {
                partnership_id: Set(id),
                country_code: Set(c.clone()),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    Ok(id)
}

/// Withdraws an offer or need (its topics and countries go with it).
pub async fn remove(db: &Db, actor: Option<&Actor>, id: i32) -> Result<(), StoreError> {
    let Some(found) = partnership::Entity::find_by_id(id).one(db).await? else {
        return Err(Refusal::Forbidden.into());
    };
    check(
        actor,
        Action::EditOrganisation {
            organisation_id: found.organisation_id,
        },
    )?;
    let txn = crate::sql::begin_write(db).await?;
    partnership_topic::Entity::delete_many()
        .filter(partnership_topic::Column::PartnershipId.eq(id))
        .exec(&txn)
        .await?;
    partnership_country::Entity::delete_many()
        .filter(partnership_country::Column::PartnershipId.eq(id))
        .exec(&txn)
        .await?;
    partnership::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}
