//! The member directory: networks of networks, organisations, members.

mod api;
mod model;
mod organisation_api;
mod organisation_detail;
mod organisation_page;
mod page;

pub use api::network_tree;
pub use model::{NetworkNode, NetworkSummary};
pub use organisation_api::{list_organisations, organisation_view};
pub use organisation_detail::OrganisationPage;
pub use organisation_page::OrganisationsPage;
pub use page::DirectoryPage;
