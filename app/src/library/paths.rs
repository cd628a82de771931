//! Where the library's forms post and its files are served. The uploads are
//! plain axum routes (multipart, streamed), not server functions.

/// A new resource with its first version (multipart).
pub const ADD: &str = "/api/library/resources";
/// A new language version of resource `{id}` (multipart).
pub const ADD_VERSION: &str = "/api/library/resources/{id}/versions";
/// A new file for language version `{id}` (multipart).
pub const ADD_FILE: &str = "/api/library/versions/{id}/files";
/// A stored file, by its upload's id; the name is the browser's "save as".
pub const FILE: &str = "/library/files/{id}/{name}";
/// The review of a submitted resource (a server function).
pub const REVIEW: &str = "/api/library/review";
/// A draft's owner publishes it (or submits it for review).
pub const SUBMIT: &str = "/api/library/submit";

pub fn add_version(resource: i32) -> String {
    format!("/api/library/resources/{resource}/versions")
}

pub fn add_file(version: i32) -> String {
    format!("/api/library/versions/{version}/files")
}

/// A file's address: its id and its name, percent-encoded.
pub fn file(id: i32, name: &str) -> String {
    format!("/library/files/{id}/{}", crate::ui::query::encode(name))
}

pub fn resource(locale: &str, id: i32) -> String {
    format!("/{locale}/library/{id}")
}

pub fn library(locale: &str) -> String {
    format!("/{locale}/library")
}

pub fn add_page(locale: &str) -> String {
    format!("/{locale}/library/new")
}

/// A facilitator starts a collection (a server function).
pub const CREATE_COLLECTION: &str = "/api/library/collections/create";
/// A resource put into a collection with its note.
pub const ADD_TO_COLLECTION: &str = "/api/library/collections/add";
/// An item of a collection moved, annotated or removed.
pub const CHANGE_ITEM: &str = "/api/library/collections/item";
/// A resource attached to a post or an activity, or taken off it.
pub const ATTACH: &str = "/api/library/attach";
pub const DETACH: &str = "/api/library/detach";
/// A member reports a resource.
pub const FLAG: &str = "/api/library/flag";
/// A reviewer hides, restores or dismisses.
pub const MODERATE: &str = "/api/library/moderate";
/// Those who edit a resource change its description.
pub const EDIT: &str = "/api/library/edit";

pub fn collections(locale: &str) -> String {
    format!("/{locale}/library/collections")
}

pub fn collection(locale: &str, id: i32) -> String {
    format!("/{locale}/library/collections/{id}")
}

pub fn new_collection(locale: &str) -> String {
    format!("/{locale}/library/collections/new")
}

pub fn review(locale: &str) -> String {
    format!("/{locale}/library/review")
}

pub fn edit(locale: &str, id: i32, version: i32) -> String {
    format!("/{locale}/library/{id}/edit?version={version}")
}
