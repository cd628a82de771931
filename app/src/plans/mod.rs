//! Strategy and action-plan tracking, per network: vision → aspirations →
//! activities, edited live by the network's facilitators, with every change
//! kept and no edit lost; feedback rounds in which members comment.

// In the browser too: the island and what it reads.
#[cfg(feature = "hydrate")]
mod live_client;
pub mod paths;
mod plan_live;
mod stream_model;

// On the server alone: the pages, their loaders and forms, the export, the
// live stream and presence.
#[cfg(feature = "ssr")]
mod activity_page;
#[cfg(feature = "ssr")]
mod api;
#[cfg(feature = "ssr")]
mod export;
#[cfg(feature = "ssr")]
mod live;
#[cfg(all(test, feature = "ssr"))]
mod messages_test;
#[cfg(feature = "ssr")]
mod model;
#[cfg(feature = "ssr")]
mod page;
#[cfg(feature = "ssr")]
mod plan_page;
#[cfg(feature = "ssr")]
mod print_page;
#[cfg(feature = "ssr")]
mod strategy_page;
#[cfg(feature = "ssr")]
mod support;
#[cfg(feature = "ssr")]
mod timeline;
#[cfg(feature = "ssr")]
mod versions_page;
#[cfg(feature = "ssr")]
mod write_api;

#[cfg(feature = "ssr")]
pub use activity_page::ActivityPage;
#[cfg(feature = "ssr")]
pub use export::activities_csv;
#[cfg(feature = "ssr")]
pub use live::{plan_events, PresenceBoard};
#[cfg(feature = "ssr")]
pub use page::PlansPage;
#[cfg(feature = "ssr")]
pub use plan_page::PlanPage;
#[cfg(feature = "ssr")]
pub use print_page::PrintPage;
#[cfg(feature = "ssr")]
pub use strategy_page::StrategyPage;
#[cfg(feature = "ssr")]
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
