//! Invitations: a facilitator (into an organisation of their network) or a
//! coordinator (anywhere, any role) invites a person by e-mail; the person
//! follows the link, gives a name and a password, and has an account.
//! Inviting an address that already has an account grants the role directly
//! and tells the inviter the same thing, so the form reveals no accounts.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::audit::{self, Event, Kind};
use super::ticket::{self, NewTicket};
use super::{normalise_email, normalise_name, password, Actor};
use crate::entity::{facilitator, member, membership, organisation};
use crate::permission::{self, Action};
use crate::refusal::Refusal;
use crate::vocabulary::{Role, TicketPurpose};
use crate::{Db, StoreError};

#[derive(Debug, Clone)]
pub struct Invite {
    pub email: String,
    pub organisation_id: i32,
    /// The network the person is invited through (required for a facilitator).
    pub network_id: Option<i32>,
    pub role: Role,
    /// The language of the e-mail and of the new account.
    pub locale: String,
}

/// What to send: a link to create an account, or word that an existing account
/// was given the role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outgoing {
    NewAccount {
        email: String,
        token: String,
        locale: String,
    },
    Existing {
        email: String,
        locale: String,
    },
}

fn action(invite: &Invite) -> Action {
    match (invite.role, invite.network_id) {
        (Role::Coordinator, _) => Action::InviteCoordinator,
        (Role::Facilitator, Some(network_id)) => Action::InviteFacilitator { network_id },
        (Role::Facilitator, None) => Action::InviteCoordinator,
        (Role::Member, network_id) => Action::InviteMember { network_id },
    }
}

pub async fn invite(
    db: &Db,
    actor: Option<&Actor>,
    invite: Invite,
    ip: Option<String>,
    now: DateTime<Utc>,
) -> Result<Outgoing, StoreError> {
    permission::check(actor, action(&invite))?;
    let actor = actor.ok_or(Refusal::Forbidden)?;
    let email = normalise_email(&invite.email)?;
    if organisation::Entity::find_by_id(invite.organisation_id)
        .one(db)
        .await?
        .is_none()
    {
        return Err(Refusal::OrganisationNotInNetwork.into());
    }
    if let Some(network_id) = invite.network_id {
        if !actor.coordinator && !is_member_of(db, invite.organisation_id, network_id).await? {
            return Err(Refusal::OrganisationNotInNetwork.into());
        }
    }
    send(db, Some(actor.member_id), invite, email, ip, now).await
}

/// Invites on the operator's behalf, from the command line: how the first
/// coordinator of a new platform gets an account. No permission check: whoever
/// runs the binary already holds the database.
pub async fn invite_by_operator(
    db: &Db,
    invite: Invite,
    now: DateTime<Utc>,
) -> Result<Outgoing, StoreError> {
    let email = normalise_email(&invite.email)?;
    send(db, None, invite, email, Some("command line".into()), now).await
}

async fn send(
    db: &Db,
    created_by: Option<i32>,
    invite: Invite,
    email: String,
    ip: Option<String>,
    now: DateTime<Utc>,
) -> Result<Outgoing, StoreError> {
    let txn = crate::sql::begin_write(db).await?;
    let existing = member::Entity::find()
        .filter(member::Column::Email.eq(email.clone()))
        .one(&txn)
        .await?;
    let event = Event {
        actor_id: created_by,
        subject_id: existing.as_ref().map(|m| m.id),
        network_id: invite.network_id,
        ip,
        detail: format!("{email} {}", invite.role.key()),
    };
    let outgoing = match existing {
        Some(m) => {
            grant(&txn, m.id, invite.role, invite.network_id, now).await?;
            audit::record(&txn, Kind::RoleGranted, event).await?;
            Outgoing::Existing {
                email,
                locale: m.locale,
            }
        }
        None => {
            let token = ticket::issue(
                &txn,
                NewTicket {
                    purpose: TicketPurpose::Invitation,
                    email: email.clone(),
                    member_id: None,
                    organisation_id: Some(invite.organisation_id),
                    network_id: invite.network_id,
                    role: invite.role,
                    locale: invite.locale.clone(),
                    created_by,
                },
                now,
            )
            .await?;
            audit::record(&txn, Kind::InvitationSent, event).await?;
            Outgoing::NewAccount {
                email,
                token,
                locale: invite.locale,
            }
        }
    };
    txn.commit().await?;
    Ok(outgoing)
}

/// Whether the organisation is a direct member of the network.
pub async fn is_member_of(
    conn: &impl ConnectionTrait,
    organisation_id: i32,
    network_id: i32,
) -> Result<bool, StoreError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(network_id))
        .filter(membership::Column::OrganisationId.eq(organisation_id))
        .count(conn)
        .await?
        > 0)
}

/// Gives an existing member a role (a no-op for `Member`).
async fn grant(
    conn: &impl ConnectionTrait,
    member_id: i32,
    role: Role,
    network_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    match (role, network_id) {
        (Role::Facilitator, Some(network_id)) => {
            let already = facilitator::Entity::find_by_id((member_id, network_id))
                .one(conn)
                .await?
                .is_some();
            if !already {
                facilitator::Entity::insert(facilitator::ActiveModel {
                    member_id: Set(member_id),
                    network_id: Set(network_id),
                    created_at: Set(now),
                })
                .exec_without_returning(conn)
                .await?;
            }
        }
        (Role::Coordinator, _) => {
            member::Entity::update_many()
                .col_expr(
                    member::Column::Coordinator,
                    sea_orm::sea_query::Expr::value(true),
                )
                .filter(member::Column::Id.eq(member_id))
                .exec(conn)
                .await?;
        }
        _ => {}
    }
    Ok(())
}

/// What the invitation page shows before the person accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub email: String,
    pub organisation: String,
    pub role: Role,
    pub locale: String,
}

/// The invitation behind a link, if it can still be accepted.
pub async fn pending(db: &Db, token: &str, now: DateTime<Utc>) -> Result<Pending, StoreError> {
    let t = ticket::find(db, token, TicketPurpose::Invitation, now).await?;
    let organisation = match t.organisation_id {
        Some(id) => organisation::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|o| o.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    Ok(Pending {
        email: t.email,
        organisation,
        role: t.role,
        locale: t.locale,
    })
}

/// The new person's details.
#[derive(Debug, Clone)]
pub struct Acceptance {
    pub given_name: String,
    pub family_name: String,
    pub password: String,
}

/// Creates the account the invitation promised; returns its id. The ticket is
/// used up in the same transaction, so a link makes at most one account.
pub async fn accept(
    db: &Db,
    token: &str,
    acceptance: Acceptance,
    ip: Option<String>,
    now: DateTime<Utc>,
) -> Result<i32, StoreError> {
    let given_name = normalise_name(&acceptance.given_name)?;
    let family_name = normalise_name(&acceptance.family_name)?;
    password::check_policy(&acceptance.password)?;
    // Checked before the (slow) hash, and again inside the transaction.
    ticket::find(db, token, TicketPurpose::Invitation, now).await?;
    let hash = password::hash(acceptance.password).await;
    let txn = crate::sql::begin_write(db).await?;
    let t = ticket::find(&txn, token, TicketPurpose::Invitation, now).await?;
    let taken = member::Entity::find()
        .filter(member::Column::Email.eq(t.email.clone()))
        .count(&txn)
        .await?
        > 0;
    let organisation_id = t.organisation_id.ok_or(Refusal::TicketInvalid)?;
    if taken {
        return Err(Refusal::TicketInvalid.into());
    }
    ticket::use_up(&txn, &t, now).await?;
    let role = t.role;
    let created = member::Entity::insert(member::ActiveModel {
        organisation_id: Set(organisation_id),
        given_name: Set(given_name),
        family_name: Set(family_name),
        email: Set(t.email.clone()),
        job_title: Set(String::new()),
        locale: Set(t.locale.clone()),
        created_at: Set(now),
        password_hash: Set(Some(hash)),
        coordinator: Set(false),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let member_id = created.last_insert_id;
    grant(&txn, member_id, role, t.network_id, now).await?;
    audit::record(
        &txn,
        Kind::InvitationAccepted,
        Event {
            actor_id: Some(member_id),
            subject_id: Some(member_id),
            network_id: t.network_id,
            ip,
            detail: format!("{} {}", t.email, t.role),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(member_id)
}
