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
    pub signed_in: bool,
    /// Whether the viewer added it (and so does not report it).
    pub own: bool,
    pub used_in: UsedInView,
    /// (id, title) of the collections the viewer may add it to.
    pub collections: Vec<(i32, String)>,
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

/// Where a resource is used, as far as the viewer may see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsedInView {
    /// (collection id, title, language)
    pub collections: Vec<(i32, String, String)>,
    /// (post id, thread title, language)
    pub posts: Vec<(i32, String, String)>,
    /// (plan id, activity id, activity title)
    pub activities: Vec<(i32, i32, String)>,
}

impl UsedInView {
    pub fn is_empty(&self) -> bool {
        self.collections.is_empty() && self.posts.is_empty() && self.activities.is_empty()
    }
}

/// A resource attached to a post or an activity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AttachedView {
    pub resource_id: i32,
    pub kind: ResourceKind,
    pub title: String,
    pub lang: String,
}

/// A collection in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectionLine {
    pub id: i32,
    pub title: String,
    pub lang: String,
    pub topic: Option<Topic>,
    pub network_name: Option<String>,
    pub items: i64,
    pub updated: String,
    pub updated_iso: String,
}

/// The collections, and whether the viewer may start one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectionList {
    pub collections: Vec<CollectionLine>,
    pub may_create: bool,
}

/// A collection's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectionView {
    pub id: i32,
    pub title: String,
    pub description_html: String,
    pub lang: String,
    pub topic: Option<Topic>,
    /// (slug, name)
    pub network: Option<(String, String)>,
    pub curator_name: String,
    pub updated: String,
    pub updated_iso: String,
    pub items: Vec<ItemView>,
    pub unseen: u64,
    pub editable: bool,
}

/// One resource of a collection, with its note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemView {
    pub id: i32,
    pub resource_id: i32,
    pub note: String,
    pub kind: ResourceKind,
    pub title: String,
    pub lang: String,
}

/// What the form for a new collection offers: (id, name) of the networks
/// the viewer facilitates; with `platform`, the whole platform too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectionForm {
    pub networks: Vec<(i32, String)>,
    pub languages: Vec<String>,
}

/// What waits for a reviewer, and their latest decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewQueue {
    pub waiting: Vec<WaitingView>,
    pub decisions: Vec<DecisionView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingView {
    pub resource_id: i32,
    pub title: String,
    pub lang: String,
    pub status: ResourceStatus,
    pub hidden: bool,
    /// (who, why, when)
    pub reports: Vec<(String, String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionView {
    pub resource_id: i32,
    pub title: String,
    pub lang: String,
    pub action: store::vocabulary::ModerationAction,
    pub reason: String,
    pub moderator_name: String,
    pub at: String,
    pub at_iso: String,
}

/// The form that changes a resource's description and one version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditForm {
    pub resource: ResourceView,
    /// The version being changed, with its Markdown.
    pub version_id: i32,
    pub version_lang: String,
    pub title: String,
    pub summary: String,
    pub link: String,
    pub countries: Vec<String>,
}

/// The resource a member names when attaching one: its number, or any
/// address of its page (`…/library/42`, `…/library/42?lang=de`).
pub fn resource_number(reference: &str) -> Option<i32> {
    let reference = reference.trim();
    let digits = match reference.rfind("/library/") {
        Some(at) => &reference[at + "/library/".len()..],
        None => reference,
    };
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    let rest = &digits[end..];
    if !(rest.is_empty() || rest.starts_with(['?', '#', '/'])) {
        return None;
    }
    digits[..end].parse().ok().filter(|n| *n > 0)
}

#[cfg(test)]
mod tests {
    use super::resource_number;

    #[test]
    fn a_resource_is_named_by_its_number_or_its_address() {
        assert_eq!(resource_number(" 42 "), Some(42));
        assert_eq!(resource_number("https://vet.example/de/library/42?lang=fr"), Some(42));
        assert_eq!(resource_number("/en/library/7#files"), Some(7));
        for bad in ["", "abc", "/en/library/new", "42abc", "0", "/en/library/", "99999999999"] {
            assert_eq!(resource_number(bad), None, "{bad}");
        }
    }
}
