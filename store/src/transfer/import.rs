//! Importing organisations from a CSV file into a network. The file is kept
//! as uploaded and checked row by row for the preview; applying it checks it
//! again and writes every row in one transaction, or none.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};

use crate::account::Actor;
use crate::entity::membership;
use crate::entity::{import_batch, network, organisation};
use crate::fold::fold;
use crate::organisation::edit::{insert_all, Field, Known, OrganisationFields};
use crate::permission::{check, Action};
use crate::refusal::Refusal;
use crate::vocabulary::MembershipLevel;
use crate::{Db, StoreError};

use super::LEVEL_COLUMN;

/// The largest file accepted, in bytes.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// The most organisations one file may hold.
pub const MAX_IMPORT_ROWS: usize = 20_000;
/// The preview shows at most this many of the rows that are ready.
pub const PREVIEW_ROWS: usize = 20;

/// A problem with one row of the file; nothing is imported while any remains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line of the file (the header is line 1).
    pub line: u64,
    /// The column at fault; `None` for the whole row (a duplicate).
    pub column: Option<&'static str>,
    pub refusal: Refusal,
    /// What the cell held.
    pub value: String,
}

/// A row that can be imported as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadyRow {
    pub line: u64,
    pub fields: OrganisationFields,
    pub level: MembershipLevel,
}

/// A file read and checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checked {
    pub ready: Vec<ReadyRow>,
    pub errors: Vec<RowError>,
}

/// The columns an import must have; the others are optional.
pub fn required_columns() -> Vec<&'static str> {
    Field::ALL
        .iter()
        .filter(|f| !f.optional())
        .map(|f| f.key())
        .collect()
}

fn list(cell: &str) -> Vec<String> {
    cell.split([';', ',', '|'])
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

/// Reads the file: comma- or semicolon-separated, header first (column
/// names in any case and order), UTF-8 with or without a byte-order mark.
/// Checks each row against the lists and against the other rows; a file
/// that is not such a table is refused as a whole.
pub fn check_file(content: &str, known: &Known) -> Result<Checked, Refusal> {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let header_line = content.lines().next().unwrap_or_default();
    let delimiter = if header_line.matches(';').count() > header_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(content.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|_| Refusal::ImportUnreadable)?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let position = |key: &str| header.iter().position(|h| h == key);
    if required_columns().iter().any(|c| position(c).is_none()) {
        return Err(Refusal::ImportUnreadable);
    }
    let columns: Vec<(Field, Option<usize>)> =
        Field::ALL.iter().map(|f| (*f, position(f.key()))).collect();
    let level_at = position(LEVEL_COLUMN);
    let mut out = Checked::default();
    let mut seen: HashSet<(String, String, String)> = HashSet::new();
    for (index, record) in reader.records().enumerate() {
        if index >= MAX_IMPORT_ROWS {
            return Err(Refusal::TextTooLong);
        }
        let record = record.map_err(|_| Refusal::ImportUnreadable)?;
        let line = record
            .position()
            .map(|p| p.line())
            .unwrap_or(index as u64 + 2);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or_default();
        let mut fields = OrganisationFields::default();
        for (field, at) in &columns {
            let value = cell(*at);
            match field {
                Field::Name => fields.name = value.into(),
                Field::Type => fields.organisation_type = value.trim().into(),
                Field::Country => fields.country_code = value.into(),
                Field::City => fields.city = value.into(),
                Field::Description => fields.description = value.into(),
                Field::DescriptionLanguage => fields.description_lang = value.trim().into(),
                Field::Website => fields.website = value.into(),
                Field::Sectors => fields.sectors = list(value),
                Field::Topics => fields.topics = list(value),
                Field::Languages => fields.languages = list(value),
            }
        }
        let given_level = cell(level_at).trim();
        let mut row_errors = Vec::new();
        let level = match given_level {
            "" => MembershipLevel::Member,
            given => given.parse().unwrap_or_else(|refusal| {
                row_errors.push(RowError {
                    line,
                    column: Some(LEVEL_COLUMN),
                    refusal,
                    value: given.to_owned(),
                });
                MembershipLevel::Member
            }),
        };
        match fields.checked(known) {
            Ok(checked) => {
                if row_errors.is_empty() && !seen.insert(checked.identity()) {
                    row_errors.push(RowError {
                        line,
                        column: None,
                        refusal: Refusal::OrganisationExists,
                        value: checked.name.clone(),
                    });
                }
                if row_errors.is_empty() {
                    out.ready.push(ReadyRow {
                        line,
                        fields: checked,
                        level,
                    });
                }
            }
            Err(errors) => {
                for e in errors {
                    let at = columns
                        .iter()
                        .find(|(f, _)| *f == e.field)
                        .and_then(|c| c.1);
                    let value: String = cell(at).chars().take(80).collect();
                    row_errors.push(RowError {
                        line,
                        column: Some(e.field.key()),
                        refusal: e.refusal,
                        value,
                    });
                }
            }
        }
        out.errors.extend(row_errors);
    }
    if out.ready.is_empty() && out.errors.is_empty() {
        return Err(Refusal::ImportEmpty);
    }
    Ok(out)
}

/// Marks the ready rows that name an organisation the directory already
/// has (same name, city and country) as errors.
async fn mark_existing(db: &impl ConnectionTrait, checked: &mut Checked) -> Result<(), StoreError> {
    let mut countries: Vec<&str> = checked
        .ready
        .iter()
        .map(|r| r.fields.country_code.as_str())
        .collect();
    countries.sort();
    countries.dedup();
    let mut existing: HashSet<(String, String, String)> = HashSet::new();
    for country in countries {
        let names: Vec<(String, String)> = organisation::Entity::find()
            .select_only()
            .column(organisation::Column::Name)
            .column(organisation::Column::City)
            .filter(organisation::Column::CountryCode.eq(country))
            .into_tuple()
            .all(db)
            .await?;
        for (name, city) in names {
            existing.insert((fold(&name), fold(&city), country.to_owned()));
        }
    }
    let (ready, taken): (Vec<ReadyRow>, Vec<ReadyRow>) = std::mem::take(&mut checked.ready)
        .into_iter()
        .partition(|r| !existing.contains(&r.fields.identity()));
    checked.ready = ready;
    checked.errors.extend(taken.into_iter().map(|r| RowError {
        line: r.line,
        column: None,
        refusal: Refusal::OrganisationExists,
        value: r.fields.name,
    }));
    checked.errors.sort_by_key(|e| e.line);
    Ok(())
}

/// An uploaded file as its preview shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub id: i32,
    pub file_name: String,
    pub network_slug: String,
    pub network_name: String,
    pub created_at: DateTime<Utc>,
    /// When it was applied, and how many organisations it added.
    pub applied: Option<(DateTime<Utc>, i32)>,
    /// How many rows can be imported.
    pub ready_count: usize,
    /// The first [`PREVIEW_ROWS`] of them.
    pub ready: Vec<ReadyRow>,
    /// Every problem, by line.
    pub errors: Vec<RowError>,
}

/// Keeps an uploaded file for its preview; returns the import's id. A file
/// that is not a readable table of organisations is refused at once.
pub async fn upload(
    db: &Db,
    actor: Option<&Actor>,
    network_id: i32,
    file_name: &str,
    content: &str,
    known: &Known,
) -> Result<i32, StoreError> {
    check(actor, Action::ManageMemberships { network_id })?;
    let actor = actor.ok_or(Refusal::Forbidden)?;
    if content.len() > MAX_IMPORT_BYTES {
        return Err(Refusal::TextTooLong.into());
    }
    check_file(content, known)?;
    let file_name: String = file_name.trim().chars().take(200).collect();
    let batch = import_batch::ActiveModel {
        member_id: Set(actor.member_id),
        network_id: Set(network_id),
        file_name: Set(file_name),
        content: Set(content.to_owned()),
        created_at: Set(Utc::now()),
        applied_at: Set(None),
        applied_rows: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(batch.id)
}

/// The import and its network, if the actor uploaded it and may still manage the network.
async fn own_batch(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    id: i32,
) -> Result<Option<(import_batch::Model, network::Model)>, StoreError> {
    let Some(actor) = actor else {
        return Ok(None);
    };
    let Some(batch) = import_batch::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    if batch.member_id != actor.member_id {
        return Ok(None);
    }
    check(
        Some(actor),
        Action::ManageMemberships {
            network_id: batch.network_id,
        },
    )?;
    let network = network::Entity::find_by_id(batch.network_id)
        .one(db)
        .await?
        .ok_or(Refusal::Forbidden)?;
    Ok(Some((batch, network)))
}

/// The preview of one of the actor's imports: its rows checked now, against
/// the directory as it is now.
pub async fn preview(
    db: &Db,
    actor: Option<&Actor>,
    id: i32,
    known: &Known,
) -> Result<Option<Preview>, StoreError> {
    let Some((batch, network)) = own_batch(db, actor, id).await? else {
        return Ok(None);
    };
    let mut checked = if batch.applied_at.is_some() {
        Checked::default()
    } else {
        let mut checked = check_file(&batch.content, known)?;
        mark_existing(db, &mut checked).await?;
        checked
    };
    let ready_count = checked.ready.len();
    checked.ready.truncate(PREVIEW_ROWS);
    Ok(Some(Preview {
        id: batch.id,
        file_name: batch.file_name,
        network_slug: network.slug,
        network_name: network.name,
        created_at: batch.created_at,
        applied: batch.applied_at.map(|at| (at, batch.applied_rows)),
        ready_count,
        ready: checked.ready,
        errors: checked.errors,
    }))
}

/// Imports every row of the file into the network, in one transaction;
/// returns how many organisations were added. A file with any row error
/// changes nothing.
pub async fn apply(
    db: &Db,
    actor: Option<&Actor>,
    id: i32,
    known: &Known,
) -> Result<usize, StoreError> {
    let txn = crate::sql::begin_write(db).await?;
    let Some((batch, network)) = own_batch(&txn, actor, id).await? else {
        return Err(Refusal::Forbidden.into());
    };
    if batch.applied_at.is_some() {
        return Err(Refusal::ImportApplied.into());
    }
    let mut checked = check_file(&batch.content, known)?;
    mark_existing(&txn, &mut checked).await?;
    if !checked.errors.is_empty() {
        return Err(Refusal::ImportHasErrors.into());
    }
    let now = Utc::now();
    let fields: Vec<&OrganisationFields> = checked.ready.iter().map(|r| &r.fields).collect();
    let ids = insert_all(&txn, &fields, now).await?;
    let memberships: Vec<membership::ActiveModel> = ids
        .iter()
        .zip(&checked.ready)
        .map(|(id, row)| membership::ActiveModel {
            network_id: Set(network.id),
            organisation_id: Set(Some(*id)),
            member_network_id: Set(None),
            level: Set(row.level),
            created_at: Set(now),
            ..Default::default()
        })
        .collect();
    for chunk in memberships.chunks(300) {
        membership::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&txn)
            .await?;
    }
    let count = checked.ready.len();
    // Claimed only if no one applied it meanwhile: the same file never lands twice.
    let claimed = import_batch::Entity::update_many()
        .col_expr(
            import_batch::Column::AppliedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .col_expr(
            import_batch::Column::AppliedRows,
            sea_orm::sea_query::Expr::value(count as i32),
        )
        .filter(import_batch::Column::Id.eq(id))
        .filter(import_batch::Column::AppliedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(Refusal::ImportApplied.into());
    }
    txn.commit().await?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Known {
        Known {
            countries: vec!["PL".into(), "AT".into()],
            languages: vec!["pl".into(), "de".into(), "en".into()],
        }
    }

    #[test]
    fn semicolons_a_bom_and_any_column_order_are_read() {
        let file = "\u{feff}City;Name;type;country;description;description_language;topics;level\n\
                    Graz;HTL Graz;vet-school;at;Eine Schule;de;green-skills, inclusion;core\n";
        let checked = check_file(file, &known()).unwrap();
        assert!(checked.errors.is_empty(), "{:?}", checked.errors);
        let row = &checked.ready[0];
        assert_eq!(row.line, 2);
        assert_eq!(row.fields.name, "HTL Graz");
        assert_eq!(row.fields.country_code, "AT");
        assert_eq!(row.fields.topics, vec!["green-skills", "inclusion"]);
        assert_eq!(row.level, MembershipLevel::Core);
    }

    #[test]
    fn each_bad_cell_is_reported_with_its_line_and_column() {
        let file = "name,type,country,city,description,description_language,level\n\
                    Technikum,vet-school,PL,Łódź,Szkoła,pl,\n\
                    Zła,castle,PL,Kraków,Opis,pl,gold\n\
                    technikum,vet-school,pl,LODZ,Inna,pl,\n";
        let checked = check_file(file, &known()).unwrap();
        assert_eq!(checked.ready.len(), 1);
        let problems: Vec<(u64, Option<&str>, Refusal)> = checked
            .errors
            .iter()
            .map(|e| (e.line, e.column, e.refusal))
            .collect();
        assert_eq!(
            problems,
            vec![
                (3, Some("level"), Refusal::ChoiceUnknown),
                (3, Some("type"), Refusal::ChoiceUnknown),
                (4, None, Refusal::OrganisationExists),
            ]
        );
        assert_eq!(checked.errors[1].value, "castle");
    }

    #[test]
    fn a_file_without_the_required_columns_or_rows_is_refused() {
        assert_eq!(
            check_file("name,city\nA,B\n", &known()),
            Err(Refusal::ImportUnreadable)
        );
        assert_eq!(
            check_file(
                "name,type,country,city,description,description_language\n",
                &known()
            ),
            Err(Refusal::ImportEmpty)
        );
    }
}
