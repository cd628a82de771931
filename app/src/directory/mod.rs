//! The member directory: networks of networks, organisations, members.

mod api;
mod card;
mod directory_tools;
mod edit_api;
mod edit_model;
#[cfg(feature = "ssr")]
mod export;
mod import_api;
mod import_page;
mod map_api;
mod map_page;
#[cfg(feature = "ssr")]
mod map_shapes;
#[cfg(feature = "ssr")]
mod map_svg;
mod member_page;
mod model;
mod network_api;
mod network_page;
mod organisation_api;
mod organisation_edit_page;
mod organisation_extras;
mod organisation_page;
mod organisations_page;
mod page;
mod partnerships_page;
pub mod paths;

pub use api::network_tree;
#[cfg(feature = "ssr")]
pub use export::organisations_csv;
pub use import_page::{ImportPage, ImportPreviewPage};
pub use map_api::country_map;
pub use map_page::MapPage;
pub use member_page::MemberPage;
pub use model::{NetworkNode, NetworkSummary};
pub use network_api::network_view;
pub use network_page::NetworkPage;
pub use organisation_api::{filter_options, list_organisations, organisation_view};
pub use organisation_edit_page::OrganisationEditPage;
pub use organisation_page::OrganisationPage;
pub use organisations_page::OrganisationsPage;
pub use page::DirectoryPage;
pub use partnerships_page::PartnershipsPage;
