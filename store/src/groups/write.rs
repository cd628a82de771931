//! Changing a working group: founding it, joining (at once, by asking, or
//! when invited), the leaders' decisions, and leadership passing on. An
//! archived group refuses every change.

use chrono::Utc;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::read::role;
use super::{archived, founds, today, MAX_CHARTER_CHARS, MAX_TITLE_CHARS};
use crate::account::Actor;
use crate::common::{checked_day, checked_text};
use crate::entity::{group_leader, group_member, member, working_group};
use crate::fold::ascii_slug;
use crate::refusal::Refusal;
use crate::vocabulary::{Admission, GroupStanding, GroupVisibility, Topic};
use crate::{Db, StoreError};

/// A new group as the form sends it (keys of the closed lists, days as `YYYY-MM-DD`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewGroup {
    pub title: String,
    /// A network's id, or `None` for the whole platform.
    pub network_id: Option<i32>,
    /// A topic's key, or empty for none.
    pub topic: String,
    pub lang: String,
    pub purpose: String,
    pub deliverables: String,
    pub starts_on: String,
    /// Empty for a mandate without an end.
    pub ends_on: String,
    pub admission: String,
    pub visibility: String,
}

struct Checked {
    title: String,
    topic: Option<Topic>,
    purpose: String,
    deliverables: String,
    starts_on: String,
    ends_on: Option<String>,
    admission: Admission,
    visibility: GroupVisibility,
}

fn checked(new: &NewGroup, languages: &[&str]) -> Result<Checked, Refusal> {
    if !languages.contains(&new.lang.as_str()) {
        return Err(Refusal::ChoiceUnknown);
    }
    let starts_on = checked_day(&new.starts_on)?;
    let ends_on = match new.ends_on.trim() {
        "" => None,
        raw => Some(checked_day(raw)?),
    };
    if ends_on
        .as_deref()
        .is_some_and(|end| end < starts_on.as_str())
    {
        return Err(Refusal::DatesReversed);
    }
    Ok(Checked {
        title: checked_text(&new.title, MAX_TITLE_CHARS)?,
        topic: match new.topic.trim() {
            "" => None,
            key => Some(key.parse()?),
        },
        purpose: checked_text(&new.purpose, MAX_CHARTER_CHARS)?,
        deliverables: checked_text(&new.deliverables, MAX_CHARTER_CHARS)?,
        starts_on,
        ends_on,
        admission: new.admission.parse()?,
        visibility: new.visibility.parse()?,
    })
}

/// A free address for a group of this title: its ASCII words, numbered
/// when another group has them already.
async fn free_slug(db: &impl ConnectionTrait, title: &str) -> Result<String, StoreError> {
    let mut base = ascii_slug(title).unwrap_or_else(|| "group".into());
    base.truncate(80);
    let base = base.trim_end_matches('-').to_owned();
    let mut slug = base.clone();
    for n in 2.. {
        let taken = working_group::Entity::find()
            .filter(working_group::Column::Slug.eq(slug.as_str()))
            .count(db)
            .await?;
        if taken == 0 {
            break;
        }
        slug = format!("{base}-{n}");
    }
    Ok(slug)
}

/// Founds a group; its founder is its first leader and member. Returns its address.
pub async fn found(
    db: &Db,
    actor: &Actor,
    new: &NewGroup,
    languages: &[&str],
) -> Result<String, StoreError> {
    let c = checked(new, languages)?;
    if !founds(actor, new.network_id) {
        return Err(Refusal::Forbidden.into());
    }
    let now = Utc::now();
    let txn = crate::sql::begin_write(db).await?;
    let slug = free_slug(&txn, &c.title).await?;
    let group_id = working_group::Entity::insert(working_group::ActiveModel {
        slug: Set(slug.clone()),
        network_id: Set(new.network_id),
        topic: Set(c.topic),
        lang: Set(new.lang.clone()),
        title: Set(c.title),
        purpose: Set(c.purpose),
        deliverables: Set(c.deliverables),
        starts_on: Set(c.starts_on),
        ends_on: Set(c.ends_on),
        admission: Set(c.admission),
        visibility: Set(c.visibility),
        created_by: Set(actor.member_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    appoint_in(&txn, group_id, actor.member_id).await?;
    txn.commit().await?;
    Ok(slug)
}

/// The group, if it exists and is not archived.
async fn open_group(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<working_group::Model, StoreError> {
    let group = working_group::Entity::find_by_id(group_id)
        .one(db)
        .await?
        .ok_or(Refusal::GroupUnknown)?;
    if archived(&group, today()) {
        return Err(Refusal::GroupArchived.into());
    }
    Ok(group)
}

async fn set_standing(
    db: &impl ConnectionTrait,
    group_id: i32,
    member_id: i32,
    standing: GroupStanding,
) -> Result<(), StoreError> {
    group_member::Entity::insert(group_member::ActiveModel {
        group_id: Set(group_id),
        member_id: Set(member_id),
        standing: Set(standing),
        since: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            group_member::Column::GroupId,
            group_member::Column::MemberId,
        ])
        .update_columns([group_member::Column::Standing, group_member::Column::Since])
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

async fn standing(
    db: &impl ConnectionTrait,
    group_id: i32,
    member_id: i32,
) -> Result<Option<GroupStanding>, StoreError> {
    Ok(group_member::Entity::find_by_id((group_id, member_id))
        .one(db)
        .await?
        .map(|m| m.standing))
}

/// Joins a group: at once when it is open or the member was invited, as a
/// request for the leaders when it asks for one; refused when it takes
/// members by invitation only. Returns where the member now stands.
pub async fn join(db: &Db, actor: &Actor, group_id: i32) -> Result<GroupStanding, StoreError> {
    let group = open_group(db, group_id).await?;
    let role = role(db, Some(actor), &group).await?;
    if !role.sees(&group, true) {
        return Err(Refusal::GroupUnknown.into());
    }
    let now = standing(db, group_id, actor.member_id).await?;
    let next = match (now, group.admission) {
        (Some(GroupStanding::Member), _) => return Err(Refusal::AlreadyMember.into()),
        (Some(GroupStanding::Invited), _) | (_, Admission::Open) => GroupStanding::Member,
        (Some(GroupStanding::Requested), _) => return Err(Refusal::AlreadyDecided.into()),
        (None, Admission::Request) => GroupStanding::Requested,
        (None, Admission::Invitation) => return Err(Refusal::InvitationOnly.into()),
    };
    set_standing(db, group_id, actor.member_id, next).await?;
    Ok(next)
}

/// Leaves a group (or withdraws a request, or declines an invitation). A
/// leader steps down first.
pub async fn leave(db: &Db, actor: &Actor, group_id: i32) -> Result<(), StoreError> {
    let group = open_group(db, group_id).await?;
    if role(db, Some(actor), &group).await?.leader {
        return Err(Refusal::LastLeader.into());
    }
    group_member::Entity::delete_by_id((group_id, actor.member_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The group, when the actor leads it and it is open to changes.
async fn led(db: &Db, actor: &Actor, group_id: i32) -> Result<working_group::Model, StoreError> {
    let group = open_group(db, group_id).await?;
    if !role(db, Some(actor), &group).await?.leads() {
        return Err(Refusal::Forbidden.into());
    }
    Ok(group)
}

/// Invites a member (a leader's act): they become a member when they accept by joining.
pub async fn invite(
    db: &Db,
    actor: &Actor,
    group_id: i32,
    member_id: i32,
) -> Result<(), StoreError> {
    led(db, actor, group_id).await?;
    if member::Entity::find_by_id(member_id)
        .one(db)
        .await?
        .is_none()
    {
        return Err(Refusal::ChoiceUnknown.into());
    }
    match standing(db, group_id, member_id).await? {
        Some(GroupStanding::Member) => Err(Refusal::AlreadyMember.into()),
        Some(GroupStanding::Requested) => {
            set_standing(db, group_id, member_id, GroupStanding::Member).await
        }
        _ => set_standing(db, group_id, member_id, GroupStanding::Invited).await,
    }
}

/// Accepts or refuses a member's request to join (a leader's act).
pub async fn decide(
    db: &Db,
    actor: &Actor,
    group_id: i32,
    member_id: i32,
    accept: bool,
) -> Result<(), StoreError> {
    led(db, actor, group_id).await?;
    if standing(db, group_id, member_id).await? != Some(GroupStanding::Requested) {
        return Err(Refusal::AlreadyDecided.into());
    }
    if accept {
        set_standing(db, group_id, member_id, GroupStanding::Member).await
    } else {
        group_member::Entity::delete_by_id((group_id, member_id))
            .exec(db)
            .await?;
        Ok(())
    }
}

/// Starts a leader's term (they are made a member if they were not).
async fn appoint_in(
    db: &impl ConnectionTrait,
    group_id: i32,
    member_id: i32,
) -> Result<(), StoreError> {
    set_standing(db, group_id, member_id, GroupStanding::Member).await?;
    group_leader::Entity::insert(group_leader::ActiveModel {
        group_id: Set(group_id),
        member_id: Set(member_id),
        since: Set(Utc::now()),
        until: Set(None),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}

/// Makes a member a leader too (a leader's act); leading already is refused.
pub async fn appoint(
    db: &Db,
    actor: &Actor,
    group_id: i32,
    member_id: i32,
) -> Result<(), StoreError> {
    led(db, actor, group_id).await?;
    if member::Entity::find_by_id(member_id)
        .one(db)
        .await?
        .is_none()
    {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let txn = crate::sql::begin_write(db).await?;
    if current_leaders(&txn, group_id).await?.contains(&member_id) {
        return Err(Refusal::AlreadyListed.into());
    }
    appoint_in(&txn, group_id, member_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Ends a leader's term (their own, or another's by a leader): the term is
/// kept in the history; the last leader cannot step down.
pub async fn step_down(
    db: &Db,
    actor: &Actor,
    group_id: i32,
    member_id: i32,
) -> Result<(), StoreError> {
    if member_id == actor.member_id {
        open_group(db, group_id).await?;
    } else {
        led(db, actor, group_id).await?;
    }
    let txn = crate::sql::begin_write(db).await?;
    let leaders = current_leaders(&txn, group_id).await?;
    if !leaders.contains(&member_id) {
        return Err(Refusal::Forbidden.into());
    }
    if leaders.len() == 1 {
        return Err(Refusal::LastLeader.into());
    }
    group_leader::Entity::update_many()
        .col_expr(group_leader::Column::Until, Expr::value(Utc::now()))
        .filter(group_leader::Column::GroupId.eq(group_id))
        .filter(group_leader::Column::MemberId.eq(member_id))
        .filter(group_leader::Column::Until.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// The members who lead the group now.
pub(crate) async fn current_leaders(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<i32>, StoreError> {
    Ok(group_leader::Entity::find()
        .filter(group_leader::Column::GroupId.eq(group_id))
        .filter(group_leader::Column::Until.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.member_id)
        .collect())
}
