//! Asking to join a network: anyone names their organisation (one of the
//! network's members) and says who they are; a facilitator approves, which
//! sends an invitation, or declines.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::audit::{self, Event, Kind};
use super::invitation::is_member_of;
use super::ticket::{self, NewTicket};
use super::{normalise_email, normalise_name, Actor};
use crate::entity::{join_request, organisation};
use crate::permission::{self, Action};
use crate::refusal::Refusal;
use crate::vocabulary::{JoinRequestStatus, Role, TicketPurpose};
use crate::{Db, StoreError};

pub const MESSAGE_MAX_CHARS: usize = 2000;

#[derive(Debug, Clone)]
pub struct Ask {
    pub network_id: i32,
    pub organisation_id: i32,
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub message: String,
    pub locale: String,
}

/// Records the request. The same answer whether or not the address already
/// has an account.
pub async fn ask(
    db: &Db,
    actor: Option<&Actor>,
    ask: Ask,
    ip: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    permission::check(actor, Action::AskToJoin)?;
    let given_name = normalise_name(&ask.given_name)?;
    let family_name = normalise_name(&ask.family_name)?;
    let email = normalise_email(&ask.email)?;
    let message = ask.message.trim().to_owned();
    if message.chars().count() > MESSAGE_MAX_CHARS {
        return Err(Refusal::TextTooLong.into());
    }
    if !is_member_of(db, ask.organisation_id, ask.network_id).await? {
        return Err(Refusal::OrganisationNotInNetwork.into());
    }
    let txn = crate::sql::begin_write(db).await?;
    let created = join_request::Entity::insert(join_request::ActiveModel {
        network_id: Set(ask.network_id),
        organisation_id: Set(ask.organisation_id),
        given_name: Set(given_name),
        family_name: Set(family_name),
        email: Set(email.clone()),
        message: Set(message),
        locale: Set(ask.locale),
        status: Set(JoinRequestStatus::Pending),
        created_at: Set(now),
        decided_by: Set(None),
        decided_at: Set(None),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    audit::record(
        &txn,
        Kind::JoinRequested,
        Event {
            actor_id: actor.map(|a| a.member_id),
            network_id: Some(ask.network_id),
            ip,
            detail: format!("{email} #{}", created.last_insert_id),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A pending request with the name of the organisation it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingRequest {
    pub request: join_request::Model,
    pub organisation: String,
}

/// The network's pending requests, oldest first, for its facilitators.
pub async fn pending(
    db: &Db,
    actor: Option<&Actor>,
    network_id: i32,
) -> Result<Vec<PendingRequest>, StoreError> {
    permission::check(actor, Action::SeeJoinRequests { network_id })?;
    let requests = join_request::Entity::find()
        .filter(join_request::Column::NetworkId.eq(network_id))
        .filter(join_request::Column::Status.eq("pending"))
        .order_by_asc(join_request::Column::Id)
        .all(db)
        .await?;
    let names: std::collections::HashMap<i32, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(requests.iter().map(|r| r.organisation_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok(requests
        .into_iter()
        .map(|request| PendingRequest {
            organisation: names
                .get(&request.organisation_id)
                .cloned()
                .unwrap_or_default(),
            request,
        })
        .collect())
}

/// What approving sends: an invitation link to the requester.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approved {
    pub email: String,
    pub token: String,
    pub locale: String,
}

/// Approves (an invitation is issued) or declines a pending request.
pub async fn decide(
    db: &Db,
    actor: Option<&Actor>,
    request_id: i32,
    approve: bool,
    ip: Option<String>,
    now: DateTime<Utc>,
) -> Result<Option<Approved>, StoreError> {
    let Some(request) = join_request::Entity::find_by_id(request_id).one(db).await? else {
        return Err(Refusal::AlreadyDecided.into());
    };
    permission::check(
        actor,
        Action::DecideJoinRequest {
            network_id: request.network_id,
        },
    )?;
    let actor = actor.ok_or(Refusal::Forbidden)?;
    let txn = crate::sql::begin_write(db).await?;
    let done = join_request::Entity::update_many()
        .col_expr(
            join_request::Column::Status,
            sea_orm::sea_query::Expr::value(if approve { "approved" } else { "declined" }),
        )
        .col_expr(
            join_request::Column::DecidedBy,
            sea_orm::sea_query::Expr::value(actor.member_id),
        )
        .col_expr(
            join_request::Column::DecidedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(join_request::Column::Id.eq(request_id))
        .filter(join_request::Column::Status.eq("pending"))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(Refusal::AlreadyDecided.into());
    }
    let approved = if approve {
        let token = ticket::issue(
            &txn,
            NewTicket {
                purpose: TicketPurpose::Invitation,
                email: request.email.clone(),
                member_id: None,
                organisation_id: Some(request.organisation_id),
                network_id: Some(request.network_id),
                role: Role::Member,
                locale: request.locale.clone(),
                created_by: Some(actor.member_id),
            },
            now,
        )
        .await?;
        Some(Approved {
            email: request.email.clone(),
            token,
            locale: request.locale.clone(),
        })
    } else {
        None
    };
    audit::record(
        &txn,
        if approve {
            Kind::JoinApproved
        } else {
            Kind::JoinDeclined
        },
        Event {
            actor_id: Some(actor.member_id),
            network_id: Some(request.network_id),
            ip,
            detail: format!("{} #{request_id}", request.email),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(approved)
}

/// A network's member organisations, by name: whom one may name when asking to join.
pub async fn organisations(db: &Db, network_id: i32) -> Result<Vec<(i32, String)>, StoreError> {
    use crate::entity::membership;
    use sea_orm::QuerySelect;
    let ids = membership::Entity::find()
        .select_only()
        .column(membership::Column::OrganisationId)
        .filter(membership::Column::NetworkId.eq(network_id))
        .filter(membership::Column::OrganisationId.is_not_null())
        .into_tuple::<i32>()
        .all(db)
        .await?;
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// An organisation's name (empty if there is none with this id).
pub async fn organisation_name(db: &Db, organisation_id: i32) -> Result<String, StoreError> {
    Ok(organisation::Entity::find_by_id(organisation_id)
        .one(db)
        .await?
        .map(|o| o.name)
        .unwrap_or_default())
}

/// The name of the organisation a request to join names.
pub async fn request_organisation(db: &Db, request_id: i32) -> Result<String, StoreError> {
    match join_request::Entity::find_by_id(request_id).one(db).await? {
        Some(r) => organisation_name(db, r.organisation_id).await,
        None => Ok(String::new()),
    }
}
