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
server_only! {
    mod activity_page;
    mod api;
    mod export;
    mod live;
    #[cfg(test)]
    mod messages_test;
    mod model;
    mod page;
    mod plan_page;
    mod print_page;
    mod strategy_page;
    mod support;
    mod timeline;
    mod versions_page;
    mod write_api;

    pub use activity_page::ActivityPage;
    pub use export::activities_csv;
    pub use live::{plan_events, PresenceBoard};
    pub use page::PlansPage;
    pub use plan_page::PlanPage;
    pub use print_page::PrintPage;
    pub use strategy_page::StrategyPage;
    pub use versions_page::VersionsPage;
}
