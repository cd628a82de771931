//! Password reset by e-mail. Asking for a reset says the same thing whether or
//! not the address has an account; only an existing account gets a link.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::audit::{self, Event, Kind};
use super::ticket::{self, NewTicket};
use super::{normalise_email, password};
use crate::entity::member;
use crate::vocabulary::{Role, TicketPurpose};
use crate::{Db, StoreError};

/// The link to send, if the address belongs to an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetLink {
    pub email: String,
    pub token: String,
    /// The member's own language, for the e-mail.
    pub locale: String,
}

pub async fn request(
    db: &Db,
    email: &str,
    ip: Option<String>,
    now: DateTime<Utc>,
) -> Result<Option<ResetLink>, StoreError> {
    let email = normalise_email(email)?;
    let Some(m) = member::Entity::find()
        .filter(member::Column::Email.eq(email.clone()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let txn = crate::sql::begin_write(db).await?;
    let token = ticket::issue(
        &txn,
        NewTicket {
            purpose: TicketPurpose::Reset,
            email: email.clone(),
            member_id: Some(m.id),
            organisation_id: None,
            network_id: None,
            role: Role::Member,
            locale: m.locale.clone(),
            created_by: None,
        },
        now,
    )
    .await?;
    audit::record(
        &txn,
        Kind::ResetRequested,
        Event {
            subject_id: Some(m.id),
            ip,
            detail: email.clone(),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Some(ResetLink {
        email,
        token,
        locale: m.locale,
    }))
}

/// Sets the new password, uses up the link and ends every session of the
/// account; returns the member's id.
pub async fn complete(
    db: &Db,
    token: &str,
    new_password: String,
    ip: Option<String>,
    now: DateTime<Utc>,
) -> Result<i32, StoreError> {
    password::check_policy(&new_password)?;
    ticket::find(db, token, TicketPurpose::Reset, now).await?;
    let hash = password::hash(new_password).await;
    let txn = crate::sql::begin_write(db).await?;
    let t = ticket::find(&txn, token, TicketPurpose::Reset, now).await?;
    let member_id = t.member_id.ok_or(crate::refusal::Refusal::TicketInvalid)?;
    ticket::use_up(&txn, &t, now).await?;
    password::store_new(&txn, member_id, hash, None, Kind::PasswordReset, ip).await?;
    txn.commit().await?;
    Ok(member_id)
}
