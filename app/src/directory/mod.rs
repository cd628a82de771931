//! The member directory: networks of networks, organisations, members.

mod api;
mod card;
mod map_api;
mod map_page;
#[cfg(feature = "ssr")]
mod map_shapes;
#[cfg(feature = "ssr")]
mod map_svg;
mod model;
mod network_api;
mod network_detail;
mod organisation_api;
mod organisation_detail;
mod organisation_page;
mod page;

pub use api::network_tree;
pub use map_api::country_map;
pub use map_page::MapPage;
pub use model::{NetworkNode, NetworkSummary};
pub use network_api::network_view;
pub use network_detail::NetworkPage;
pub use organisation_api::{list_organisations, organisation_view};
pub use organisation_detail::OrganisationPage;
pub use organisation_page::OrganisationsPage;
pub use page::DirectoryPage;
