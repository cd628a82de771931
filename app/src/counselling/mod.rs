//! Peer counselling: members ask peers and answer.

mod api;
mod page;

pub use api::expertise_by_topic;
pub use page::CounsellingPage;
