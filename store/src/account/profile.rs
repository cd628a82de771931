//! A member's own account: profile, password, e-mail address, a copy of all
//! their data, and deleting the account.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;

use super::audit::{self, Event, Kind};
use super::ticket::{self, NewTicket};
use super::{normalise_email, normalise_name, password};
use crate::entity::{
    audit_event, facilitator, join_request, member, member_expertise, member_language, network,
    organisation,
};
use crate::refusal::Refusal;
use crate::vocabulary::{JoinRequestStatus, Role, TicketPurpose, Topic};
use crate::{Db, StoreError};

/// What the profile page shows and a member may download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Profile {
    pub member_id: i32,
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub job_title: String,
    pub locale: String,
    pub languages: Vec<String>,
    /// The topics the member is an expert in.
    pub expertise: Vec<Topic>,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub organisation_country: String,
    /// The language the organisation's name is written in.
    pub organisation_lang: String,
    pub coordinator: bool,
    /// Slug and name of each network the member facilitates.
    pub facilitates: Vec<(String, String)>,
    pub created_at: DateTime<Utc>,
}

pub async fn load(
    conn: &impl ConnectionTrait,
    member_id: i32,
) -> Result<Option<Profile>, StoreError> {
    let Some(m) = member::Entity::find_by_id(member_id).one(conn).await? else {
        return Ok(None);
    };
    let o = organisation::Entity::find_by_id(m.organisation_id)
        .one(conn)
        .await?;
    let languages = member_language::Entity::find()
        .filter(member_language::Column::MemberId.eq(member_id))
        .order_by_asc(member_language::Column::Language)
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.language)
        .collect();
    let expertise = member_expertise::Entity::find()
        .filter(member_expertise::Column::MemberId.eq(member_id))
        .order_by_asc(member_expertise::Column::Topic)
        .all(conn)
        .await?
        .into_iter()
        .map(|e| e.topic)
        .collect();
    let network_ids: Vec<i32> = facilitator::Entity::find()
        .filter(facilitator::Column::MemberId.eq(member_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|f| f.network_id)
        .collect();
    let facilitates = network::Entity::find()
        .filter(network::Column::Id.is_in(network_ids))
        .order_by_asc(network::Column::Name)
        .all(conn)
        .await?
        .into_iter()
        .map(|n| (n.slug, n.name))
        .collect();
    Ok(Some(Profile {
        member_id,
        given_name: m.given_name,
        family_name: m.family_name,
        email: m.email,
        job_title: m.job_title,
        locale: m.locale,
        languages,
        expertise,
        organisation_slug: o.as_ref().map(|o| o.slug.clone()).unwrap_or_default(),
        organisation_name: o.as_ref().map(|o| o.name.clone()).unwrap_or_default(),
        organisation_country: o
            .as_ref()
            .map(|o| o.country_code.clone())
            .unwrap_or_default(),
        organisation_lang: o.map(|o| o.description_lang).unwrap_or_default(),
        coordinator: m.coordinator,
        facilitates,
        created_at: m.created_at,
    }))
}

#[derive(Debug, Clone)]
pub struct ProfileUpdate {
    pub given_name: String,
    pub family_name: String,
    pub job_title: String,
    /// Must be one of the interface's locales (checked by the caller's list).
    pub locale: String,
    /// ISO 639-1 codes of the languages the member speaks.
    pub languages: Vec<String>,
    /// Topic keys, as a form sends them (empty ones are ignored).
    pub expertise: Vec<String>,
}

pub async fn update(db: &Db, member_id: i32, update: ProfileUpdate) -> Result<(), StoreError> {
    let given_name = normalise_name(&update.given_name)?;
    let family_name = normalise_name(&update.family_name)?;
    let job_title = update.job_title.trim().to_owned();
    if job_title.chars().count() > 200 {
        return Err(Refusal::TextTooLong.into());
    }
    let mut languages = update.languages;
    languages.sort();
    languages.dedup();
    if languages.len() > 40 || languages.iter().any(|l| l.len() > 12 || l.is_empty()) {
        return Err(Refusal::TextTooLong.into());
    }
    let mut expertise = update
        .expertise
        .iter()
        .filter(|t| !t.is_empty())
        .map(|t| t.parse::<Topic>())
        .collect::<Result<Vec<_>, _>>()?;
    expertise.sort();
    expertise.dedup();
    let txn = crate::sql::begin_write(db).await?;
    member::Entity::update(member::ActiveModel {
        id: Set(member_id),
        given_name: Set(given_name),
        family_name: Set(family_name),
        job_title: Set(job_title),
        locale: Set(update.locale),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    member_language::Entity::delete_many()
        .filter(member_language::Column::MemberId.eq(member_id))
        .exec(&txn)
        .await?;
    if !languages.is_empty() {
        member_language::Entity::insert_many(languages.into_iter().map(|language| {
            member_language::ActiveModel {
                member_id: Set(member_id),
                language: Set(language),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    member_expertise::Entity::delete_many()
        .filter(member_expertise::Column::MemberId.eq(member_id))
        .exec(&txn)
        .await?;
    if !expertise.is_empty() {
        member_expertise::Entity::insert_many(expertise.into_iter().map(|topic| {
            member_expertise::ActiveModel {
                member_id: Set(member_id),
                topic: Set(topic),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

async fn check_current(db: &Db, member_id: i32, current: &str) -> Result<(), StoreError> {
    let stored = member::Entity::find_by_id(member_id)
        .one(db)
        .await?
        .and_then(|m| m.password_hash);
    if password::verify(current.to_owned(), stored).await {
        Ok(())
    } else {
        Err(Refusal::CurrentPasswordWrong.into())
    }
}

/// Changes the password and ends every other session of the account.
pub async fn change_password(
    db: &Db,
    member_id: i32,
    current: &str,
    new_password: String,
    keep_session: Option<&str>,
    ip: Option<String>,
) -> Result<(), StoreError> {
    password::check_policy(&new_password)?;
    check_current(db, member_id, current).await?;
    let hash = password::hash(new_password).await;
    let txn = crate::sql::begin_write(db).await?;
    password::store_new(
        &txn,
        member_id,
        hash,
        keep_session,
        Kind::PasswordChanged,
        ip,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A link to confirm a new address, sent to that address; `None` (and the same
/// message to the member) when another account already uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailConfirmation {
    pub email: String,
    pub token: String,
    pub locale: String,
}

pub async fn request_email_change(
    db: &Db,
    member_id: i32,
    current_password: &str,
    new_email: &str,
    now: DateTime<Utc>,
) -> Result<Option<EmailConfirmation>, StoreError> {
    let email = normalise_email(new_email)?;
    check_current(db, member_id, current_password).await?;
    let Some(m) = member::Entity::find_by_id(member_id).one(db).await? else {
        return Err(Refusal::Forbidden.into());
    };
    let taken = member::Entity::find()
        .filter(member::Column::Email.eq(email.clone()))
        .one(db)
        .await?
        .is_some();
    if taken {
        return Ok(None);
    }
    let token = ticket::issue(
        db,
        NewTicket {
            purpose: TicketPurpose::Email,
            email: email.clone(),
            member_id: Some(member_id),
            organisation_id: None,
            network_id: None,
            role: Role::Member,
            locale: m.locale.clone(),
            created_by: Some(member_id),
        },
        now,
    )
    .await?;
    Ok(Some(EmailConfirmation {
        email,
        token,
        locale: m.locale,
    }))
}

/// Moves the account to the confirmed address; returns the member's id.
pub async fn confirm_email_change(
    db: &Db,
    token: &str,
    ip: Option<String>,
    now: DateTime<Utc>,
) -> Result<i32, StoreError> {
    let txn = crate::sql::begin_write(db).await?;
    let t = ticket::find(&txn, token, TicketPurpose::Email, now).await?;
    let member_id = t.member_id.ok_or(Refusal::TicketInvalid)?;
    let taken = member::Entity::find()
        .filter(member::Column::Email.eq(t.email.clone()))
        .one(&txn)
        .await?
        .is_some();
    if taken {
        return Err(Refusal::TicketInvalid.into());
    }
    ticket::use_up(&txn, &t, now).await?;
    let old = member::Entity::find_by_id(member_id)
        .one(&txn)
        .await?
        .map(|m| m.email)
        .unwrap_or_default();
    member::Entity::update(member::ActiveModel {
        id: Set(member_id),
        email: Set(t.email.clone()),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    audit::record(
        &txn,
        Kind::EmailChanged,
        Event {
            actor_id: Some(member_id),
            subject_id: Some(member_id),
            ip,
            detail: format!("{old} → {}", t.email),
            ..Default::default()
        },
    )
    .await?;
    txn.commit().await?;
    Ok(member_id)
}

/// Everything the platform holds about the member, as one JSON document.
#[derive(Debug, Clone, Serialize)]
pub struct Export {
    pub profile: Profile,
    pub join_requests: Vec<ExportedJoinRequest>,
    pub security_events: Vec<ExportedEvent>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportedJoinRequest {
    pub network_id: i32,
    pub status: JoinRequestStatus,
    pub message: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportedEvent {
    pub kind: String,
    pub at: DateTime<Utc>,
    pub ip: Option<String>,
}

pub async fn export(db: &Db, member_id: i32) -> Result<Option<Export>, StoreError> {
    let Some(profile) = load(db, member_id).await? else {
        return Ok(None);
    };
    let join_requests = join_request::Entity::find()
        .filter(join_request::Column::Email.eq(profile.email.clone()))
        .order_by_asc(join_request::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| ExportedJoinRequest {
            network_id: r.network_id,
            status: r.status,
            message: r.message,
            created_at: r.created_at,
        })
        .collect();
    let security_events = audit_event::Entity::find()
        .filter(audit_event::Column::SubjectId.eq(member_id))
        .order_by_asc(audit_event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| ExportedEvent {
            kind: e.kind,
            at: e.created_at,
            ip: e.ip,
        })
        .collect();
    Ok(Some(Export {
        profile,
        join_requests,
        security_events,
    }))
}

/// Deletes the account after checking its password: sessions, roles and
/// languages go with it; the audit log keeps the event under its number.
pub async fn delete(
    db: &Db,
    member_id: i32,
    current_password: &str,
    ip: Option<String>,
) -> Result<(), StoreError> {
    check_current(db, member_id, current_password).await?;
    let txn = crate::sql::begin_write(db).await?;
    member::Entity::delete_by_id(member_id).exec(&txn).await?;
    audit::record(&txn, Kind::AccountDeleted, Event::own(member_id, ip)).await?;
    txn.commit().await?;
    Ok(())
}

/// The new address an e-mail change link would confirm.
pub async fn pending_email(db: &Db, token: &str, now: DateTime<Utc>) -> Result<String, StoreError> {
    Ok(ticket::find(db, token, TicketPurpose::Email, now)
        .await?
        .email)
}
