//! Organisations as CSV: the export of a filtered list, and the import of a
//! file into a network, previewed row by row, then applied all at once or not at all.
//! An exported file imports again: both use the columns of [`COLUMNS`].

pub mod export;
pub mod import;

use crate::organisation::edit::Field;

/// The optional column of an import that gives each organisation's membership level.
pub const LEVEL_COLUMN: &str = "level";

/// The columns of an export, in order: every field of an organisation's record.
pub const COLUMNS: [Field; 10] = Field::ALL;

/// Lists inside one cell (sectors, topics, languages) are separated by this.
pub const LIST_SEPARATOR: &str = "; ";
