//! The audit log of security events, written in the transaction of the change
//! it records, and read by coordinators.

use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, QueryOrder, QuerySelect};

use crate::entity::audit_event;
use crate::StoreError;

/// What happened. Stored as text; the interface translates `audit-<kind>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    SignIn,
    SignInFailed,
    SignOut,
    InvitationSent,
    InvitationAccepted,
    ResetRequested,
    PasswordReset,
    PasswordChanged,
    EmailChanged,
    RoleGranted,
    JoinRequested,
    JoinApproved,
    JoinDeclined,
    AccountDeleted,
}

impl Kind {
    pub const ALL: [Kind; 14] = [
        Kind::SignIn,
        Kind::SignInFailed,
        Kind::SignOut,
        Kind::InvitationSent,
        Kind::InvitationAccepted,
        Kind::ResetRequested,
        Kind::PasswordReset,
        Kind::PasswordChanged,
        Kind::EmailChanged,
        Kind::RoleGranted,
        Kind::JoinRequested,
        Kind::JoinApproved,
        Kind::JoinDeclined,
        Kind::AccountDeleted,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Kind::SignIn => "sign-in",
            Kind::SignInFailed => "sign-in-failed",
            Kind::SignOut => "sign-out",
            Kind::InvitationSent => "invitation-sent",
            Kind::InvitationAccepted => "invitation-accepted",
            Kind::ResetRequested => "reset-requested",
            Kind::PasswordReset => "password-reset",
            Kind::PasswordChanged => "password-changed",
            Kind::EmailChanged => "email-changed",
            Kind::RoleGranted => "role-granted",
            Kind::JoinRequested => "join-requested",
            Kind::JoinApproved => "join-approved",
            Kind::JoinDeclined => "join-declined",
            Kind::AccountDeleted => "account-deleted",
        }
    }
}

/// One event to record.
#[derive(Debug, Clone, Default)]
pub struct Event {
    pub actor_id: Option<i32>,
    pub subject_id: Option<i32>,
    pub network_id: Option<i32>,
    pub ip: Option<String>,
    /// Free text for coordinators: the address tried, the role granted.
    pub detail: String,
}

impl Event {
    /// An event a member caused on their own account.
    pub fn own(member_id: i32, ip: Option<String>) -> Self {
        Event {
            actor_id: Some(member_id),
            subject_id: Some(member_id),
            ip,
            ..Default::default()
        }
    }
}

pub async fn record(
    conn: &impl ConnectionTrait,
    kind: Kind,
    event: Event,
) -> Result<(), StoreError> {
    audit_event::Entity::insert(audit_event::ActiveModel {
        created_at: Set(chrono::Utc::now()),
        kind: Set(kind.key().to_owned()),
        actor_id: Set(event.actor_id),
        subject_id: Set(event.subject_id),
        network_id: Set(event.network_id),
        ip: Set(event.ip.map(|ip| ip.chars().take(64).collect())),
        detail: Set(event.detail.chars().take(500).collect()),
        ..Default::default()
    })
    .exec(conn)
    .await?;
    Ok(())
}

/// The latest events, newest first; `before` pages back by id.
pub async fn recent(
    conn: &impl ConnectionTrait,
    limit: u64,
    before: Option<i32>,
) -> Result<Vec<audit_event::Model>, StoreError> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let mut query = audit_event::Entity::find()
        .order_by_desc(audit_event::Column::Id)
        .limit(limit);
    if let Some(before) = before {
        query = query.filter(audit_event::Column::Id.lt(before));
    }
    Ok(query.all(conn).await?)
}
