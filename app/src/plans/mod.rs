//! Strategy and action-plan tracking, per network.

mod api;
mod page;

pub use api::planning_networks;
pub use page::PlansPage;
