//! Changing the tree of networks: coordinators create networks; a network's
//! facilitators add organisations to it, change their level and remove them.

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::account::{normalise_name, Actor};
use crate::entity::{membership, network, organisation};
use crate::fold::ascii_slug;
use crate::organisation::edit::{Known, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use crate::permission::{check, Action};
use crate::refusal::Refusal;
use crate::vocabulary::{MembershipLevel, NetworkKind};
use crate::{Db, StoreError};

async fn organisation_membership(
    db: &impl ConnectionTrait,
    network_id: i32,
    organisation_id: i32,
) -> Result<Option<membership::Model>, StoreError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(network_id))
        .filter(membership::Column::OrganisationId.eq(organisation_id))
        .one(db)
        .await?)
}

/// Makes the organisation a member of the network at `level`.
pub async fn add_organisation(
    db: &Db,
    actor: Option<&Actor>,
    network_id: i32,
    organisation_id: i32,
    level: &str,
) -> Result<(), StoreError> {
    check(actor, Action::ManageMemberships { network_id })?;
    let level: MembershipLevel = level.parse()?;
    let txn = crate::sql::begin_write(db).await?;
    if organisation::Entity::find_by_id(organisation_id)
        .one(&txn)
        .await?
        .is_none()
    {
        return Err(Refusal::Forbidden.into());
    }
    if organisation_membership(&txn, network_id, organisation_id)
        .await?
        .is_some()
    {
        return Err(Refusal::AlreadyMember.into());
    }
    join(&txn, network_id, organisation_id, level, chrono::Utc::now()).await?;
    txn.commit().await?;
    Ok(())
}

/// Writes a membership; the caller checked the permission and the level.
async fn join(
    db: &impl ConnectionTrait,
    network_id: i32,
    organisation_id: i32,
    level: MembershipLevel,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    membership::ActiveModel {
        network_id: Set(network_id),
        organisation_id: Set(Some(organisation_id)),
        member_network_id: Set(None),
        level: Set(level),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Moves a member organisation to another level.
pub async fn set_level(
    db: &Db,
    actor: Option<&Actor>,
    network_id: i32,
    organisation_id: i32,
    level: &str,
) -> Result<(), StoreError> {
    check(actor, Action::ManageMemberships { network_id })?;
    let level: MembershipLevel = level.parse()?;
    let Some(found) = organisation_membership(db, network_id, organisation_id).await? else {
        return Err(Refusal::OrganisationNotInNetwork.into());
    };
    membership::ActiveModel {
        id: Set(found.id),
        level: Set(level),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Ends the organisation's membership of the network.
pub async fn remove_organisation(
    db: &Db,
    actor: Option<&Actor>,
    network_id: i32,
    organisation_id: i32,
) -> Result<(), StoreError> {
    check(actor, Action::ManageMemberships { network_id })?;
    let Some(found) = organisation_membership(db, network_id, organisation_id).await? else {
        return Err(Refusal::OrganisationNotInNetwork.into());
    };
    membership::Entity::delete_by_id(found.id).exec(db).await?;
    Ok(())
}

/// A new network as a coordinator states it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetworkFields {
    pub name: String,
    /// A key of `NetworkKind`, as the form sends it.
    pub kind: String,
    /// Required for national and regional networks.
    pub country_code: String,
    pub city: String,
    pub description: String,
    pub description_lang: String,
    /// The slug of the network it belongs to, or empty.
    pub parent: String,
}

/// Creates a network (under `parent`, if given); returns its slug.
pub async fn create(
    db: &Db,
    actor: Option<&Actor>,
    fields: &NetworkFields,
    known: &Known,
) -> Result<String, StoreError> {
    check(actor, Action::CreateNetwork)?;
    let name = normalise_name(&fields.name)?;
    let kind: NetworkKind = fields.kind.parse()?;
    let country = fields.country_code.trim().to_uppercase();
    let country = if country.is_empty() {
        if matches!(kind, NetworkKind::National | NetworkKind::Regional) {
            return Err(Refusal::ChoiceUnknown.into());
        }
        None
    } else if known.countries.contains(&country) {
        Some(country)
    } else {
        return Err(Refusal::ChoiceUnknown.into());
    };
    let city = fields.city.trim();
    if city.chars().count() > MAX_NAME_CHARS {
        return Err(Refusal::TextTooLong.into());
    }
    let description = fields.description.trim();
    match description.chars().count() {
        0 => return Err(Refusal::TextMissing.into()),
        n if n > MAX_DESCRIPTION_CHARS => return Err(Refusal::TextTooLong.into()),
        _ => {}
    }
    if !known.languages.contains(&fields.description_lang) {
        return Err(Refusal::ChoiceUnknown.into());
    }
    let txn = crate::sql::begin_write(db).await?;
    let parent = match fields.parent.trim() {
        "" => None,
        slug => Some(
            network::Entity::find()
                .filter(network::Column::Slug.eq(slug))
                .one(&txn)
                .await?
                .ok_or(Refusal::ChoiceUnknown)?
                .id,
        ),
    };
    let base = ascii_slug(&name)
        .map(|s| s.chars().take(100).collect::<String>())
        .unwrap_or_else(|| kind.key().to_owned());
    let mut slug = base.clone();
    let mut n = 1;
    while network::Entity::find()
        .filter(network::Column::Slug.eq(&slug))
        .one(&txn)
        .await?
        .is_some()
    {
        n += 1;
        slug = format!("{base}-{n}");
    }
    let now = chrono::Utc::now();
    let created = network::ActiveModel {
        slug: Set(slug.clone()),
        name: Set(name),
        kind: Set(kind),
        country_code: Set(country),
        city: Set((!city.is_empty()).then(|| city.to_owned())),
        description: Set(description.to_owned()),
        description_lang: Set(fields.description_lang.clone()),
        created_at: Set(now),
        library_review: Set(false),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Some(parent) = parent {
        membership::ActiveModel {
            network_id: Set(parent),
            organisation_id: Set(None),
            member_network_id: Set(Some(created.id)),
            level: Set(MembershipLevel::Member),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(slug)
}
