//! Toolboxes: facilitators assemble an ordered list of resources, each with
//! a note saying why it is there, for a topic or a network. Anyone may read
//! a collection; each reader sees the resources of it they may read.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder,
};

use super::read::{join_titles, TITLE_COLUMNS};
use crate::account::Actor;
use crate::common::{checked_text, MemberName};
use crate::counselling::markdown;
use crate::entity::{collection, collection_item, network};
use crate::refusal::Refusal;
use crate::sight::Sight;
use crate::sql::Sql;
use crate::vocabulary::{ResourceKind, Topic};
use crate::{Db, StoreError};

/// The longest note beside a resource, in characters.
pub const MAX_NOTE_CHARS: usize = 1_000;
/// The most resources one collection holds.
pub const MAX_ITEMS: usize = 200;

/// A new collection as the form sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewCollection {
    pub title: String,
    /// Markdown.
    pub description: String,
    /// The language it is written in.
    pub lang: String,
    /// A network's id, or `None` for the whole platform.
    pub network_id: Option<i32>,
    /// A topic's key, or empty.
    pub topic: String,
}

/// A facilitator starts a collection for their network (any facilitator, or
/// a coordinator, for one of the whole platform).
pub async fn create(
    db: &Db,
    actor: &Actor,
    new: &NewCollection,
    languages: &[&str],
) -> Result<i32, StoreError> {
    let title = checked_text(&new.title, super::MAX_TITLE_CHARS)?;
    let description = new.description.trim().to_owned();
    if description.chars().count() > super::MAX_SUMMARY_CHARS {
        return Err(Refusal::TextTooLong.into());
    }
    if !languages.contains(&new.lang.as_str()) {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let topic = match new.topic.trim() {
        "" => None,
        key => Some(key.parse::<Topic>()?),
    };
    let sight = Sight::of(db, Some(actor)).await?;
    if !sight.moderates(new.network_id) {
        return Err(Refusal::Forbidden.into());
    }
    if let Some(id) = new.network_id {
        network::Entity::find_by_id(id)
            .one(db)
            .await?
            .ok_or(Refusal::Forbidden)?;
    }
    let now = Utc::now();
    let id = collection::Entity::insert(collection::ActiveModel {
        member_id: Set(actor.member_id),
        network_id: Set(new.network_id),
        topic: Set(topic),
        lang: Set(new.lang.clone()),
        title: Set(title),
        description: Set(description),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    Ok(id)
}

/// Whether the viewer changes this collection: who assembled it and those
/// who moderate its network.
fn edits(sight: &Sight, curator_id: i32, network_id: Option<i32>) -> bool {
    sight.member_id == Some(curator_id)
        || (sight.member_id.is_some() && sight.moderates(network_id))
}

async fn editable(
    db: &impl ConnectionTrait,
    sight: &Sight,
    collection_id: i32,
) -> Result<collection::Model, StoreError> {
    match collection::Entity::find_by_id(collection_id)
        .one(db)
        .await?
    {
        Some(c) if edits(sight, c.member_id, c.network_id) => Ok(c),
        _ => Err(Refusal::Forbidden.into()),
    }
}

async fn touch(db: &impl ConnectionTrait, collection_id: i32) -> Result<(), StoreError> {
    collection::Entity::update_many()
        .col_expr(collection::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(collection::Column::Id.eq(collection_id))
        .exec(db)
        .await?;
    Ok(())
}

/// A note beside a resource, trimmed; empty is allowed, longer than
/// [`MAX_NOTE_CHARS`] is not.
fn checked_note(note: &str) -> Result<String, Refusal> {
    let note = note.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(Refusal::TextTooLong);
    }
    Ok(note.to_owned())
}

/// Adds a resource the facilitator may read at the end of the collection,
/// with its note. A resource is in a collection once (`AlreadyListed`).
pub async fn add_item(
    db: &Db,
    actor: &Actor,
    collection_id: i32,
    resource_id: i32,
    note: &str,
) -> Result<i32, StoreError> {
    let note = checked_note(note)?;
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    editable(&txn, &sight, collection_id).await?;
    super::read::readable(&txn, &sight, resource_id).await?;
    let items = collection_item::Entity::find()
        .filter(collection_item::Column::CollectionId.eq(collection_id))
        .all(&txn)
        .await?;
    if items.iter().any(|i| i.resource_id == resource_id) {
        return Err(Refusal::AlreadyListed.into());
    }
    if items.len() >= MAX_ITEMS {
        return Err(Refusal::LimitReached.into());
    }
    let position = items.iter().map(|i| i.position).max().unwrap_or(0) + 1;
    let id = collection_item::Entity::insert(collection_item::ActiveModel {
        collection_id: Set(collection_id),
        resource_id: Set(resource_id),
        position: Set(position),
        note: Set(note),
        ..Default::default()
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    touch(&txn, collection_id).await?;
    txn.commit().await?;
    Ok(id)
}

/// What a facilitator does to one resource of a collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemChange {
    /// One place towards the top.
    Up,
    /// One place towards the bottom.
    Down,
    Note(String),
    Remove,
}

/// Changes one item; returns its collection's id.
pub async fn change_item(
    db: &Db,
    actor: &Actor,
    item_id: i32,
    change: &ItemChange,
) -> Result<i32, StoreError> {
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    let item = collection_item::Entity::find_by_id(item_id)
        .one(&txn)
        .await?
        .ok_or(Refusal::Forbidden)?;
    let collection_id = item.collection_id;
    editable(&txn, &sight, collection_id).await?;
    let set = |id: i32, column: collection_item::Column, value: sea_orm::Value| {
        collection_item::Entity::update_many()
            .col_expr(column, Expr::value(value))
            .filter(collection_item::Column::Id.eq(id))
    };
    match change {
        ItemChange::Up | ItemChange::Down => {
            let up = *change == ItemChange::Up;
            let neighbour = collection_item::Entity::find()
                .filter(collection_item::Column::CollectionId.eq(collection_id))
                .filter(if up {
                    collection_item::Column::Position.lt(item.position)
                } else {
                    collection_item::Column::Position.gt(item.position)
                })
                .order_by(
                    collection_item::Column::Position,
                    if up {
                        sea_orm::Order::Desc
                    } else {
                        sea_orm::Order::Asc
                    },
                )
                .one(&txn)
                .await?;
            // At the top (or the bottom) already: nothing to do.
            if let Some(neighbour) = neighbour {
                set(
                    neighbour.id,
                    collection_item::Column::Position,
                    item.position.into(),
                )
                .exec(&txn)
                .await?;
                set(
                    item.id,
                    collection_item::Column::Position,
                    neighbour.position.into(),
                )
                .exec(&txn)
                .await?;
            }
        }
        ItemChange::Note(note) => {
            set(
                item.id,
                collection_item::Column::Note,
                checked_note(note)?.into(),
            )
            .exec(&txn)
            .await?;
        }
        ItemChange::Remove => {
            collection_item::Entity::delete_by_id(item.id)
                .exec(&txn)
                .await?;
        }
    }
    touch(&txn, collection_id).await?;
    txn.commit().await?;
    Ok(collection_id)
}

/// A collection as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Summary {
    pub id: i32,
    pub title: String,
    pub lang: String,
    pub topic: Option<Topic>,
    pub network_name: Option<String>,
    pub updated_at: DateTime<Utc>,
    /// How many resources it holds (readable or not by the viewer).
    pub items: i64,
}

/// The collections, the most recently changed first; of one network when
/// `network_id` is given.
pub async fn collections(
    db: &impl ConnectionTrait,
    network_id: Option<i32>,
) -> Result<Vec<Summary>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT c.id, c.title, c.lang, c.topic, n.name AS network_name, c.updated_at, \
         (SELECT COUNT(*) FROM collection_item i WHERE i.collection_id = c.id) AS items \
         FROM collection c LEFT JOIN network n ON n.id = c.network_id WHERE 1 = 1",
    );
    if let Some(id) = network_id {
        sql.push(" AND c.network_id = ").bind(id);
    }
    sql.push(" ORDER BY c.updated_at DESC, c.id DESC LIMIT 200");
    Ok(Summary::find_by_statement(sql.statement()).all(db).await?)
}

/// One resource of a collection, as the viewer may read it.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Item {
    pub id: i32,
    pub resource_id: i32,
    pub note: String,
    pub kind: ResourceKind,
    /// In the reader's language, else the original's.
    pub title: String,
    pub lang: String,
}

/// A collection with the resources of it the viewer may read, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collection {
    pub id: i32,
    pub title: String,
    pub description_html: String,
    pub lang: String,
    pub topic: Option<Topic>,
    /// (slug, name)
    pub network: Option<(String, String)>,
    pub curator_name: String,
    pub updated_at: DateTime<Utc>,
    pub items: Vec<Item>,
    /// Resources in it the viewer may not read.
    pub unseen: u64,
    pub editable: bool,
}

#[derive(FromQueryResult)]
struct CollectionRow {
    id: i32,
    member_id: i32,
    network_id: Option<i32>,
    title: String,
    description: String,
    lang: String,
    topic: Option<Topic>,
    network_slug: Option<String>,
    network_name: Option<String>,
    updated_at: DateTime<Utc>,
    #[sea_orm(nested)]
    curator: MemberName,
}

/// A collection, if it exists.
pub async fn collection(
    db: &impl ConnectionTrait,
    sight: &Sight,
    collection_id: i32,
    reader_lang: &str,
) -> Result<Option<Collection>, StoreError> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT c.id, c.member_id, c.network_id, c.title, c.description, c.lang, c.topic, \
         n.slug AS network_slug, n.name AS network_name, c.updated_at, m.given_name, \
         m.family_name FROM collection c JOIN member m ON m.id = c.member_id \
         LEFT JOIN network n ON n.id = c.network_id WHERE c.id = ",
    )
    .bind(collection_id);
    let Some(row) = CollectionRow::find_by_statement(sql.statement())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let mut sql = Sql::new(backend);
    sql.push("SELECT i.id, i.resource_id, i.note, r.kind, ")
        .push(TITLE_COLUMNS)
        .push(" FROM collection_item i JOIN resource r ON r.id = i.resource_id");
    join_titles(&mut sql, reader_lang);
    sql.push(" WHERE i.collection_id = ").bind(collection_id);
    super::restrict(sight, &mut sql);
    sql.push(" ORDER BY i.position");
    let items = Item::find_by_statement(sql.statement()).all(db).await?;
    let all = collection_item::Entity::find()
        .filter(collection_item::Column::CollectionId.eq(collection_id))
        .count(db)
        .await?;
    Ok(Some(Collection {
        id: row.id,
        editable: edits(sight, row.member_id, row.network_id),
        title: row.title,
        description_html: markdown::render(&row.description),
        lang: row.lang,
        topic: row.topic,
        network: row.network_slug.zip(row.network_name),
        curator_name: row.curator.full(),
        updated_at: row.updated_at,
        unseen: all.saturating_sub(items.len() as u64),
        items,
    }))
}

/// The collections the viewer changes (where "add to a collection" offers to put a resource).
pub async fn editable_by(db: &Db, sight: &Sight) -> Result<Vec<(i32, String)>, StoreError> {
    let Some(me) = sight.member_id else {
        return Ok(Vec::new());
    };
    let mut query = collection::Entity::find().order_by_asc(collection::Column::Title);
    if !sight.everything {
        let mut mine = sea_orm::Condition::any().add(collection::Column::MemberId.eq(me));
        if !sight.facilitates.is_empty() {
            mine = mine
                .add(collection::Column::NetworkId.is_null())
                .add(collection::Column::NetworkId.is_in(sight.facilitates.clone()));
        }
        query = query.filter(mine);
    }
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.title))
        .collect())
}
