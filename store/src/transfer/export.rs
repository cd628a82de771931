//! The organisations of a filtered list as CSV, in the list's order.

use crate::organisation::edit::{fields_of_many, Field, OrganisationFields};
use crate::search::{matching_ids, OrganisationQuery};
use crate::{Db, StoreError};

use super::{COLUMNS, LIST_SEPARATOR};

/// An export holds at most this many organisations.
pub const MAX_EXPORT_ROWS: u64 = 100_000;

fn cell(fields: &OrganisationFields, field: Field) -> String {
    match field {
        Field::Name => fields.name.clone(),
        Field::Type => fields.organisation_type.clone(),
        Field::Country => fields.country_code.clone(),
        Field::City => fields.city.clone(),
        Field::Description => fields.description.clone(),
        Field::DescriptionLanguage => fields.description_lang.clone(),
        Field::Website => fields.website.clone(),
        Field::Sectors => fields.sectors.join(LIST_SEPARATOR),
        Field::Topics => fields.topics.join(LIST_SEPARATOR),
        Field::Languages => fields.languages.join(LIST_SEPARATOR),
    }
}

/// A CSV file (UTF-8, comma-separated, header first) of every organisation the query matches.
pub async fn organisations_csv(db: &Db, query: &OrganisationQuery) -> Result<String, StoreError> {
    let ids = matching_ids(db, query, MAX_EXPORT_ROWS).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let write_error = |e: csv::Error| StoreError::Io(std::io::Error::other(e));
    writer
        .write_record(COLUMNS.iter().map(|f| f.key()))
        .map_err(write_error)?;
    for chunk in ids.chunks(500) {
        for fields in fields_of_many(db, chunk).await? {
            writer
                .write_record(COLUMNS.iter().map(|f| cell(&fields, *f)))
                .map_err(write_error)?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| StoreError::Io(std::io::Error::other(e.to_string())))?;
    String::from_utf8(bytes).map_err(|e| StoreError::Io(std::io::Error::other(e)))
}
