//! Peer counselling: members ask peers, answer, accept an answer, follow
//! threads and topics, and see replies arrive live.

// In the browser too: the islands and what they read.
mod live_replies;
mod markdown_editor;
pub mod paths;
mod preview_api;

// On the server alone: the pages, their loaders and forms, the live stream
// and the digest.
#[cfg(feature = "ssr")]
mod api;
#[cfg(feature = "ssr")]
mod ask_page;
#[cfg(feature = "ssr")]
pub mod digest;
#[cfg(feature = "ssr")]
mod list_page;
#[cfg(feature = "ssr")]
mod live;
#[cfg(feature = "ssr")]
mod markdown_field;
#[cfg(all(test, feature = "ssr"))]
mod messages_test;
#[cfg(feature = "ssr")]
mod model;
#[cfg(feature = "ssr")]
mod moderation_page;
#[cfg(feature = "ssr")]
mod notifications_page;
#[cfg(feature = "ssr")]
mod post_pages;
#[cfg(feature = "ssr")]
mod post_view;
#[cfg(feature = "ssr")]
mod support;
#[cfg(feature = "ssr")]
mod thread_page;
#[cfg(feature = "ssr")]
mod write_api;

#[cfg(feature = "ssr")]
pub use ask_page::AskPage;
#[cfg(feature = "ssr")]
pub use list_page::CounsellingPage;
#[cfg(feature = "ssr")]
pub use live::thread_events;
#[cfg(feature = "ssr")]
pub use moderation_page::ModerationPage;
#[cfg(feature = "ssr")]
pub use notifications_page::NotificationsPage;
#[cfg(feature = "ssr")]
pub use post_pages::{EditPostPage, HistoryPage, PostLinkPage};
#[cfg(feature = "ssr")]
pub use thread_page::ThreadPage;
