//! What the library's pages show (server only).

use serde::{Deserialize, Serialize};
use store::vocabulary::{
    Audience, Licence, ResourceKind, ResourceStatus, Sector, Topic, Visibility,
};

/// The list's search and filters, as the URL holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryFilter {
    pub q: Option<String>,
    pub kind: Option<String>,
    pub topic: Option<String>,
    pub sector: Option<String>,
    pub lang: Option<String>,
    pub country: Option<String>,
    pub licence: Option<String>,
    pub sort: Option<String>,
    pub page: Option<u32>,
}

/// A page of the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryList {
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub cards: Vec<CardView>,
    /// The member countries' codes, for the country filter.
    pub countries: Vec<String>,
    pub signed_in: bool,
}

/// A resource in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardView {
    pub id: i32,
    pub kind: ResourceKind,
    pub licence: Licence,
    pub status: ResourceStatus,
    pub title: String,
    pub lang: String,
    pub languages: Vec<String>,
    pub organisation_name: Option<String>,
    pub updated: String,
    pub updated_iso: String,
}

/// A resource's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceView {
    pub id: i32,
    pub kind: ResourceKind,
    pub audience: Audience,
    pub licence: Licence,
    pub author: String,
    pub visibility: Visibility,
    pub status: ResourceStatus,
    pub hidden_reason: Option<String>,
    pub owner_name: String,
    pub owner_id: i32,
    /// (slug, name)
    pub organisation: Option<(String, String)>,
    /// (slug, name)
    pub network: Option<(String, String)>,
    pub topics: Vec<Topic>,
    pub sectors: Vec<Sector>,
    pub countries: Vec<String>,
    /// The version shown: in the reader's language, else the original.
    pub shown: VersionView,
    /// Whether the shown version is in the reader's language.
    pub in_reader_language: bool,
    /// The other versions, the original first.
    pub others: Vec<VersionView>,
    pub editable: bool,
    pub reviewable: bool,
    /// Languages a translation may still be added in.
    pub missing_languages: Vec<String>,
    /// The largest file a new upload may be.
    pub limits: UploadLimits,
    pub updated: String,
    pub updated_iso: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionView {
    pub id: i32,
    pub lang: String,
    pub title: String,
    pub summary_html: String,
    pub original: bool,
    pub link: Option<String>,
    /// The newest (current) first.
    pub files: Vec<FileView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileView {
    pub id: i32,
    pub file_name: String,
    /// Where it is served (with its name, for the browser's "save as").
    pub href: String,
    pub size: i64,
    pub media_type: String,
    pub pages: Option<i32>,
    pub meta_title: Option<String>,
    pub meta_author: Option<String>,
    pub uploaded: String,
    pub uploaded_iso: String,
}

impl FileView {
    pub fn is_pdf(&self) -> bool {
        self.media_type == "application/pdf"
    }

    pub fn is_video(&self) -> bool {
        self.media_type.starts_with("video/")
    }

    pub fn is_audio(&self) -> bool {
        self.media_type.starts_with("audio/")
    }
}

/// What the form for a new resource offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddForm {
    /// The languages of the 34 locales.
    pub languages: Vec<String>,
    pub countries: Vec<String>,
    /// (id, name) of the networks the member may add to.
    pub networks: Vec<(i32, String)>,
    pub limits: UploadLimits,
}

/// The largest upload per kind of resource, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadLimits {
    pub file: u64,
    pub video: u64,
}

impl UploadLimits {
    /// The limit for a resource of this kind.
    pub fn for_kind(self, kind: Option<ResourceKind>) -> u64 {
        match kind {
            Some(ResourceKind::Video) => self.video.max(self.file),
            _ => self.file,
        }
    }

    /// The largest any upload may be.
    pub fn largest(self) -> u64 {
        self.file.max(self.video)
    }
}
