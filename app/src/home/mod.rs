//! The home page: what the platform is, with the network's real figures.

mod api;
mod model;
mod page;

pub use api::home_totals;
pub use model::Totals;
pub use page::HomePage;
