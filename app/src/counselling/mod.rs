//! Peer counselling: members ask peers, answer, accept an answer, follow
//! threads and topics, and see replies arrive live.

// In the browser too: the islands and what they read.
mod live_replies;
mod markdown_editor;
pub mod paths;
mod preview_api;

// On the server alone: the pages, their loaders and forms, the live stream
// and the digest.
server_only! {
    mod api;
    mod ask_page;
    pub mod digest;
    mod list_page;
    mod live;
    mod markdown_field;
    #[cfg(test)]
    mod messages_test;
    mod model;
    mod moderation_page;
    mod notifications_page;
    mod post_pages;
    mod post_view;
    mod support;
    mod thread_page;
    mod write_api;

    pub use ask_page::AskPage;
    pub use list_page::CounsellingPage;
    pub use live::thread_events;
    pub use markdown_field::MarkdownField;
    pub use moderation_page::ModerationPage;
    pub use notifications_page::NotificationsPage;
    pub use post_pages::{EditPostPage, HistoryPage, PostLinkPage};
    pub use thread_page::ThreadPage;
}
