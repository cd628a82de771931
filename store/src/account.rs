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

/// Why the store refused a request made in good faith: each is shown to the
/// person as a translated message. Nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    EmailInvalid,
    NameMissing,
    PasswordTooShort,
    PasswordTooLong,
    PasswordCommon,
    /// The link is unknown, used or expired (which one is not said).
    TicketInvalid,
    /// The e-mail address or password is wrong (which one is not said).
    WrongCredentials,
    CurrentPasswordWrong,
    AlreadyDecided,
    OrganisationNotInNetwork,
    LocaleUnsupported,
    TextTooLong,
    /// A required text (city, description) is empty.
    TextMissing,
    /// A value that must come from a closed list does not.
    ChoiceUnknown,
    WebsiteInvalid,
    /// A partnership needs at least one topic.
    TopicMissing,
    /// The organisation already belongs to the network.
    AlreadyMember,
    /// An organisation of this name already exists in this city.
    OrganisationExists,
    /// The CSV file cannot be read as a table with the expected columns.
    ImportUnreadable,
    /// The CSV file holds no organisations.
    ImportEmpty,
    /// Some rows of the import have errors; nothing was imported.
    ImportHasErrors,
    /// This import was applied already.
    ImportApplied,
    /// There are as many entries as allowed; one must go first.
    LimitReached,
    /// The member has flagged this post already; a moderator will look at it.
    AlreadyFlagged,
    /// Only a visible reply can be the accepted answer (not the question itself).
    NotAnAnswer,
    /// The actor may not do this.
    Forbidden,
    /// A date is not a calendar date (YYYY-MM-DD).
    DateInvalid,
    /// The end comes before the start.
    DatesReversed,
    /// A number is not a whole number in the allowed range.
    NumberInvalid,
    /// An activity serves at least one aspiration of its strategy.
    AspirationMissing,
    /// The strategy is not at the stage this needs (a round open, a draft).
    WrongStage,
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
