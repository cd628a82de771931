//! Strategy and action-plan tracking, per network: vision → aspirations →
//! activities, edited live by the network's facilitators, with every change
//! kept and no edit lost; feedback rounds in which members comment.

mod activity_page;
mod api;
#[cfg(feature = "ssr")]
mod export;
#[cfg(feature = "ssr")]
mod live;
#[cfg(feature = "hydrate")]
mod live_client;
#[cfg(all(test, feature = "ssr"))]
mod messages_test;
mod model;
mod page;
pub mod paths;
mod plan_live;
mod plan_page;
mod print_page;
mod strategy_page;
#[cfg(feature = "ssr")]
mod support;
#[cfg(feature = "ssr")]
mod timeline;
mod versions_page;
mod write_api;

pub use activity_page::ActivityPage;
#[cfg(feature = "ssr")]
pub use export::activities_csv;
#[cfg(feature = "ssr")]
pub use live::{plan_events, PresenceBoard};
pub use page::PlansPage;
pub use plan_page::PlanPage;
pub use print_page::PrintPage;
pub use strategy_page::StrategyPage;
pub use versions_page::VersionsPage;

/// The fields of an activity's form, in its order (the store's
/// `fields::ACTIVITY_FIELDS`; a test keeps them equal).
pub const FIELDS: [&str; 9] = [
    "title",
    "description",
    "aspirations",
    "owner",
    "contributors",
    "start_on",
    "due_on",
    "status",
    "progress",
];
