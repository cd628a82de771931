//! What every part of the store uses alike: bounded texts, members' names as
//! a query reads them, `INSERT … SELECT`.

use sea_orm::{ConnectionTrait, FromQueryResult};

use crate::refusal::Refusal;
use crate::StoreError;

/// The longest reason given for a flag, a moderator's decision or the
/// resolution of a comment, in characters.
pub const MAX_REASON_CHARS: usize = 500;

/// A trimmed text of 1 to `max` characters.
pub(crate) fn checked_text(raw: &str, max: usize) -> Result<String, Refusal> {
    let text = raw.trim();
    match text.chars().count() {
        0 => Err(Refusal::TextMissing),
        n if n > max => Err(Refusal::TextTooLong),
        _ => Ok(text.to_owned()),
    }
}

/// A calendar day as `YYYY-MM-DD`: `DateInvalid` for anything else.
pub(crate) fn checked_day(raw: &str) -> Result<String, Refusal> {
    chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| Refusal::DateInvalid)
}

/// A member's name as a query selects it (`m.given_name, m.family_name`);
/// nest it in a row type with `#[sea_orm(nested)]`.
#[derive(Debug, Clone, FromQueryResult)]
pub(crate) struct MemberName {
    pub given_name: String,
    pub family_name: String,
}

impl MemberName {
    /// "Given Family", as pages show a member.
    pub fn full(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }
}

/// Runs `INSERT INTO … SELECT …`: `insert` names the table and its columns
/// (and what to do on a conflict), `rows` selects one value for each column.
pub(crate) async fn insert_selected(
    db: &impl ConnectionTrait,
    mut insert: sea_orm::sea_query::InsertStatement,
    rows: sea_orm::sea_query::SelectStatement,
) -> Result<(), StoreError> {
    insert
        .select_from(rows)
        .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
    db.execute(&insert).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_trimmed_and_bounded() {
        assert_eq!(checked_text("  a question ", 20), Ok("a question".into()));
        assert_eq!(checked_text(" \n ", 20), Err(Refusal::TextMissing));
        assert_eq!(checked_text(&"é".repeat(21), 20), Err(Refusal::TextTooLong));
        assert_eq!(checked_text(&"é".repeat(20), 20).map(|t| t.len()), Ok(40));
    }
}
