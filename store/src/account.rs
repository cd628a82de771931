//! Accounts: who a request acts for, passwords, sessions, single-use tickets
//! sent by e-mail, requests to join a network, profiles and the audit log.
//! Every rule of the security baseline that concerns stored data lives here;
//! the web layer only carries cookies and messages.

pub mod audit;
pub mod invitation;
pub mod join;
pub mod password;
pub mod profile;
pub mod reset;
pub mod secret;
pub mod session;
pub mod sign_in;
pub mod ticket;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::entity::{facilitator, member};
use crate::refusal::Refusal;
use crate::{Db, StoreError};

/// The signed-in member a request acts for, with the roles the permission
/// checks need. A visitor is `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub member_id: i32,
    pub organisation_id: i32,
    pub given_name: String,
    pub family_name: String,
    pub locale: String,
    pub coordinator: bool,
    /// The networks this member facilitates.
    pub facilitates: Vec<i32>,
}

impl Actor {
    /// The member with their roles, if the account exists.
    pub async fn load(db: &Db, member_id: i32) -> Result<Option<Actor>, StoreError> {
        let Some(m) = member::Entity::find_by_id(member_id).one(db).await? else {
            return Ok(None);
        };
        let facilitates = facilitator::Entity::find()
            .select_only()
            .column(facilitator::Column::NetworkId)
            .filter(facilitator::Column::MemberId.eq(member_id))
            .into_tuple::<i32>()
            .all(db)
            .await?;
        Ok(Some(Actor {
            member_id: m.id,
            organisation_id: m.organisation_id,
            given_name: m.given_name,
            family_name: m.family_name,
            locale: m.locale,
            coordinator: m.coordinator,
            facilitates,
        }))
    }
}

/// A trimmed, lower-cased e-mail address, if it looks like one.
pub fn normalise_email(raw: &str) -> Result<String, Refusal> {
    let email = raw.trim().to_lowercase();
    let valid = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }
            None => false,
        };
    if valid {
        Ok(email)
    } else {
        Err(Refusal::EmailInvalid)
    }
}

/// A trimmed name of 1 to 200 characters.
pub fn normalise_name(raw: &str) -> Result<String, Refusal> {
    let name = raw.trim();
    match name.chars().count() {
        0 => Err(Refusal::NameMissing),
        1..=200 => Ok(name.to_owned()),
        _ => Err(Refusal::TextTooLong),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_normalised_or_refused() {
        assert_eq!(
            normalise_email("  Ana.Novak@Example.SI "),
            Ok("ana.novak@example.si".into())
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.si",
            "ana@example",
            "a b@example.si",
            "a@b@c.si",
            "ana@.si",
        ] {
            assert_eq!(normalise_email(bad), Err(Refusal::EmailInvalid), "{bad}");
        }
    }
}
