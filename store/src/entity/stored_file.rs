//! One distinct content of an uploaded file, stored once under its SHA-256
//! hash, with what was read from it (metadata and text, for the search).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "stored_file")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub hash: String,
    pub size: i64,
    pub media_type: String,
    /// The title the file gives itself (ePub, PDF, ODF and OOXML properties).
    pub meta_title: Option<String>,
    pub meta_author: Option<String>,
    pub meta_lang: Option<String>,
    pub pages: Option<i32>,
    /// The file's text, as far as the library reads it.
    pub text: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
