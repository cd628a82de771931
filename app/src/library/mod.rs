//! The library: resources shared by the networks' members, each in a
//! version per language with its own file or link, every earlier file kept;
//! uploads streamed into the file store, files served with ranges.

// In the browser too: the upload form's island.
mod upload_form;

// On the server alone: the pages, their loaders and forms, the upload and
// file routes.
server_only! {
    mod add_page;
    pub(crate) mod answer;
    mod api;
    mod attached;
    mod collection_api;
    mod collection_pages;
    mod download;
    mod edit_page;
    mod list_page;
    #[cfg(test)]
    mod messages_test;
    mod model;
    pub mod paths;
    mod resource_page;
    mod review_page;
    mod support;
    mod upload;
    mod write_api;

    pub use add_page::AddResourcePage;
    pub use attached::{attached_resources, Attaching};
    pub use collection_pages::{CollectionPage, CollectionsPage, NewCollectionPage};
    pub use edit_page::EditResourcePage;
    pub use model::{resource_number, AttachedView};
    pub use review_page::ReviewPage;
    pub use support::attached_to;
    pub use download::serve_file;
    pub use list_page::LibraryPage;
    pub use model::UploadLimits;
    pub use resource_page::ResourcePage;
    pub use upload::{add_file, add_resource, add_version};
}
