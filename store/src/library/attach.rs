//! Resources attached to a thread's post (by its author or the thread's
//! moderators) or to a plan activity (by those who write the plan), and
//! where a resource is used: its collections, posts and activities.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, FromQueryResult, QueryFilter};

use super::read::{join_titles, TITLE_COLUMNS};
use crate::account::Actor;
use crate::entity::{post, resource_attachment, thread};
use crate::plans::{edits, owner_strategy, Entity as PlanEntity};
use crate::refusal::Refusal;
use crate::sight::Sight;
use crate::sql::Sql;
use crate::vocabulary::ResourceKind;
use crate::{Db, StoreError};

/// The most resources attached to one post or activity.
pub const MAX_ATTACHED: usize = 20;

/// What a resource is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Host {
    Post(i32),
    Activity(i32),
}

impl Host {
    fn column(self) -> (resource_attachment::Column, i32) {
        match self {
            Host::Post(id) => (resource_attachment::Column::PostId, id),
            Host::Activity(id) => (resource_attachment::Column::ActivityId, id),
        }
    }
}

/// Whether the actor attaches to (and detaches from) this post or activity.
async fn may_attach(db: &Db, actor: &Actor, sight: &Sight, host: Host) -> Result<bool, StoreError> {
    Ok(match host {
        Host::Post(id) => {
            let Some(post) = post::Entity::find_by_id(id).one(db).await? else {
                return Ok(false);
            };
            let Some(thread) = thread::Entity::find_by_id(post.thread_id).one(db).await? else {
                return Ok(false);
            };
            sight.sees(thread.network_id)
                && (post.member_id == actor.member_id || sight.moderates(thread.network_id))
        }
        Host::Activity(id) => owner_strategy(db, PlanEntity::Activity, id)
            .await?
            .is_some_and(|(_, network_id)| edits(Some(actor), network_id)),
    })
}

/// The actor's sight if they attach to (and detach from) this host; else `Forbidden`.
async fn attaching(db: &Db, actor: &Actor, host: Host) -> Result<Sight, StoreError> {
    let sight = Sight::of(db, Some(actor)).await?;
    if may_attach(db, actor, &sight, host).await? {
        Ok(sight)
    } else {
        Err(Refusal::Forbidden.into())
    }
}

/// Attaches a resource the actor may read. Once per host (`AlreadyListed`).
pub async fn attach(
    db: &Db,
    actor: &Actor,
    host: Host,
    resource_id: i32,
) -> Result<(), StoreError> {
    let sight = attaching(db, actor, host).await?;
    let txn = crate::sql::begin_write(db).await?;
    super::read::readable(&txn, &sight, resource_id).await?;
    let (column, id) = host.column();
    let attached = resource_attachment::Entity::find()
        .filter(column.eq(id))
        .all(&txn)
        .await?;
    if attached.iter().any(|a| a.resource_id == resource_id) {
        return Err(Refusal::AlreadyListed.into());
    }
    if attached.len() >= MAX_ATTACHED {
        return Err(Refusal::LimitReached.into());
    }
    let (post_id, activity_id) = match host {
        Host::Post(id) => (Some(id), None),
        Host::Activity(id) => (None, Some(id)),
    };
    resource_attachment::Entity::insert(resource_attachment::ActiveModel {
        resource_id: Set(resource_id),
        post_id: Set(post_id),
        activity_id: Set(activity_id),
        member_id: Set(actor.member_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes a resource off a post or activity.
pub async fn detach(
    db: &Db,
    actor: &Actor,
    host: Host,
    resource_id: i32,
) -> Result<(), StoreError> {
    attaching(db, actor, host).await?;
    let (column, id) = host.column();
    resource_attachment::Entity::delete_many()
        .filter(column.eq(id))
        .filter(resource_attachment::Column::ResourceId.eq(resource_id))
        .exec(db)
        .await?;
    Ok(())
}

/// A resource attached to a post or an activity, as its reader sees it.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Attached {
    pub resource_id: i32,
    pub kind: ResourceKind,
    pub title: String,
    pub lang: String,
}

#[derive(FromQueryResult)]
struct AttachedRow {
    host_id: i32,
    #[sea_orm(nested)]
    resource: Attached,
}

/// The resources the viewer may read attached to each of these posts (or
/// activities), in the order they were attached.
pub async fn attached(
    db: &impl sea_orm::ConnectionTrait,
    sight: &Sight,
    hosts: &[Host],
    reader_lang: &str,
) -> Result<HashMap<Host, Vec<Attached>>, StoreError> {
    let mut out: HashMap<Host, Vec<Attached>> = HashMap::new();
    let posts: Vec<i32> = hosts
        .iter()
        .filter_map(|h| match h {
            Host::Post(id) => Some(*id),
            Host::Activity(_) => None,
        })
        .collect();
    let activities: Vec<i32> = hosts
        .iter()
        .filter_map(|h| match h {
            Host::Activity(id) => Some(*id),
            Host::Post(_) => None,
        })
        .collect();
    for (column, ids, host) in [
        ("post_id", posts, Host::Post as fn(i32) -> Host),
        ("activity_id", activities, Host::Activity as fn(i32) -> Host),
    ] {
        if ids.is_empty() {
            continue;
        }
        let mut sql = Sql::new(db.get_database_backend());
        sql.push(&format!(
            "SELECT a.{column} AS host_id, r.id AS resource_id, r.kind, "
        ))
        .push(TITLE_COLUMNS)
        .push(" FROM resource_attachment a JOIN resource r ON r.id = a.resource_id");
        join_titles(&mut sql, reader_lang);
        sql.push(" WHERE 1 = 1");
        crate::sight::in_list(&mut sql, &format!(" AND a.{column} IN ("), &ids);
        super::restrict(sight, &mut sql);
        sql.push(" ORDER BY a.id");
        for row in AttachedRow::find_by_statement(sql.statement())
            .all(db)
            .await?
        {
            out.entry(host(row.host_id)).or_default().push(row.resource);
        }
    }
    Ok(out)
}

/// Where a resource is used, as far as the viewer may see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UsedIn {
    /// (collection id, title, language)
    pub collections: Vec<(i32, String, String)>,
    /// (thread id, post id, thread title, language)
    pub posts: Vec<(i32, i32, String, String)>,
    /// (strategy id, activity id, activity title)
    pub activities: Vec<(i32, i32, String)>,
}

#[derive(FromQueryResult)]
struct Use {
    first: i32,
    second: i32,
    title: String,
    lang: String,
}

/// Where a resource is used: its collections, the thread posts and the plan
/// activities that attach it (threads only where the viewer reads them).
pub async fn used_in(
    db: &impl sea_orm::ConnectionTrait,
    sight: &Sight,
    resource_id: i32,
) -> Result<UsedIn, StoreError> {
    let backend = db.get_database_backend();
    let read = |sql: Sql| async move {
        Ok::<_, StoreError>(Use::find_by_statement(sql.statement()).all(db).await?)
    };
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT c.id AS first, i.id AS second, c.title, c.lang FROM collection_item i \
         JOIN collection c ON c.id = i.collection_id WHERE i.resource_id = ",
    )
    .bind(resource_id)
    .push(" ORDER BY c.title LIMIT 100");
    let collections = read(sql)
        .await?
        .into_iter()
        .map(|u| (u.first, u.title, u.lang))
        .collect();
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT t.id AS first, p.id AS second, t.title, t.lang FROM resource_attachment a \
         JOIN post p ON p.id = a.post_id JOIN thread t ON t.id = p.thread_id \
         WHERE p.hidden_reason IS NULL AND a.resource_id = ",
    )
    .bind(resource_id);
    sight.restrict(&mut sql);
    sql.push(" ORDER BY p.id DESC LIMIT 100");
    let posts = read(sql)
        .await?
        .into_iter()
        .map(|u| (u.first, u.second, u.title, u.lang))
        .collect();
    let mut sql = Sql::new(backend);
    sql.push(
        "SELECT s.id AS first, a.id AS second, a.title, '' AS lang FROM resource_attachment x \
         JOIN activity a ON a.id = x.activity_id JOIN strategy s ON s.id = a.strategy_id \
         WHERE x.resource_id = ",
    )
    .bind(resource_id)
    .push(" ORDER BY a.id LIMIT 100");
    let activities = read(sql)
        .await?
        .into_iter()
        .map(|u| (u.first, u.second, u.title))
        .collect();
    Ok(UsedIn {
        collections,
        posts,
        activities,
    })
}
