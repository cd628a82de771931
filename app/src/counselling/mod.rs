//! Peer counselling: members ask peers, answer, accept an answer, follow
//! threads and topics, and see replies arrive live.

mod api;
mod ask_page;
#[cfg(feature = "ssr")]
pub mod digest;
mod list_page;
#[cfg(feature = "ssr")]
mod live;
mod live_replies;
mod markdown_field;
#[cfg(all(test, feature = "ssr"))]
mod messages_test;
mod model;
mod moderation_page;
mod notifications_page;
pub mod paths;
mod post_pages;
mod post_view;
#[cfg(feature = "ssr")]
mod support;
mod thread_page;
mod write_api;

pub use ask_page::AskPage;
pub use list_page::CounsellingPage;
#[cfg(feature = "ssr")]
pub use live::thread_events;
pub use moderation_page::ModerationPage;
pub use notifications_page::NotificationsPage;
pub use post_pages::{EditPostPage, HistoryPage, PostLinkPage};
pub use thread_page::ThreadPage;
