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
