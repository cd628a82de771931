//! Single-use links sent by e-mail. The link carries a random token; the table
//! holds its SHA-256, what it is for, and until when it may be used.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::secret;
use crate::entity::ticket;
use crate::refusal::Refusal;
use crate::vocabulary::{Role, TicketPurpose};
use crate::StoreError;

/// How long each kind of link stays valid.
pub fn lifetime(purpose: TicketPurpose) -> Duration {
    match purpose {
        TicketPurpose::Invitation => Duration::days(7),
        TicketPurpose::Reset => Duration::hours(1),
        TicketPurpose::Email => Duration::hours(24),
    }
}

/// What a new ticket says, besides its token and times.
#[derive(Debug, Clone)]
pub struct NewTicket {
    pub purpose: TicketPurpose,
    pub email: String,
    pub member_id: Option<i32>,
    pub organisation_id: Option<i32>,
    pub network_id: Option<i32>,
    pub role: Role,
    pub locale: String,
    pub created_by: Option<i32>,
}

/// Stores the ticket; returns the token for the link.
pub async fn issue(
    conn: &impl ConnectionTrait,
    new: NewTicket,
    now: DateTime<Utc>,
) -> Result<String, StoreError> {
    let (token, digest) = secret::new_token();
    ticket::Entity::insert(ticket::ActiveModel {
        id: Set(digest),
        purpose: Set(new.purpose),
        email: Set(new.email),
        member_id: Set(new.member_id),
        organisation_id: Set(new.organisation_id),
        network_id: Set(new.network_id),
        role: Set(new.role),
        locale: Set(new.locale),
        created_by: Set(new.created_by),
        created_at: Set(now),
        expires_at: Set(now + lifetime(new.purpose)),
        used_at: Set(None),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(token)
}

/// The unused, unexpired ticket of this token and purpose.
pub async fn find(
    conn: &impl ConnectionTrait,
    token: &str,
    purpose: TicketPurpose,
    now: DateTime<Utc>,
) -> Result<ticket::Model, StoreError> {
    if !secret::well_formed(token) {
        return Err(Refusal::TicketInvalid.into());
    }
    match ticket::Entity::find_by_id(secret::digest(token))
        .one(conn)
        .await?
    {
        Some(t) if t.purpose == purpose && t.used_at.is_none() && t.expires_at > now => Ok(t),
        _ => Err(Refusal::TicketInvalid.into()),
    }
}

/// Marks the ticket used; refuses if another request used it first.
pub async fn use_up(
    conn: &impl ConnectionTrait,
    ticket: &ticket::Model,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let done = ticket::Entity::update_many()
        .col_expr(ticket::Column::UsedAt, Expr::value(now))
        .filter(ticket::Column::Id.eq(ticket.id.clone()))
        .filter(ticket::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    if done.rows_affected == 1 {
        Ok(())
    } else {
        Err(Refusal::TicketInvalid.into())
    }
}
