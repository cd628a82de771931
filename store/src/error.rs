//! Errors the store reports to its callers.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("could not prepare the database file: {0}")]
    Io(#[from] std::io::Error),
    #[error("demo data is malformed: {0}")]
    SeedData(String),
    /// A request made in good faith that the rules refuse; nothing was changed.
    #[error("file store error: {0}")]
    Files(object_store::Error),
    #[error("refused: {0:?}")]
    Refused(crate::refusal::Refusal),
}

impl From<crate::refusal::Refusal> for StoreError {
    fn from(refusal: crate::refusal::Refusal) -> Self {
        StoreError::Refused(refusal)
    }
}
