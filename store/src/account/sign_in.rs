//! Signing in with e-mail and password. The answer to a wrong address and to a
//! wrong password is the same refusal, after the same amount of hashing work.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::audit::{self, Event, Kind};
use super::{normalise_email, password, session};
use crate::entity::member;
use crate::refusal::Refusal;
use crate::{Db, StoreError};

/// A new session's token and the member it signs in.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub token: String,
    pub member_id: i32,
    pub locale: String,
}

pub async fn sign_in(
    db: &Db,
    email: &str,
    password_given: &str,
    ip: Option<String>,
    now: DateTime<Utc>,
) -> Result<SignedIn, StoreError> {
    // Junk goes the same way as an unknown address: looked up, hashed, audited.
    let email = normalise_email(email).unwrap_or_else(|_| email.trim().to_lowercase());
    let found = member::Entity::find()
        .filter(member::Column::Email.eq(email.clone()))
        .one(db)
        .await?;
    let stored = found.as_ref().and_then(|m| m.password_hash.clone());
    let matches = password_given.chars().count() <= password::MAX_CHARS
        && password::verify(password_given.to_owned(), stored).await;
    let event = Event {
        subject_id: found.as_ref().map(|m| m.id),
        ip,
        detail: email,
        ..Default::default()
    };
    match found {
        Some(m) if matches => {
            let token = session::start(db, m.id, now).await?;
            audit::record(
                db,
                Kind::SignIn,
                Event {
                    actor_id: Some(m.id),
                    ..event
                },
            )
            .await?;
            Ok(SignedIn {
                token,
                member_id: m.id,
                locale: m.locale,
            })
        }
        _ => {
            audit::record(db, Kind::SignInFailed, event).await?;
            Err(Refusal::WrongCredentials.into())
        }
    }
}
