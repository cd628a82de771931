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

use leptos::prelude::*;

use crate::i18n::{t, I18n};

pub use ask_page::AskPage;
pub use list_page::CounsellingPage;
#[cfg(feature = "ssr")]
pub use live::thread_events;
pub use moderation_page::ModerationPage;
pub use notifications_page::NotificationsPage;
pub use post_pages::{EditPostPage, HistoryPage};
pub use thread_page::ThreadPage;

/// What a page for members shows a visitor.
fn sign_in_first(i18n: I18n) -> impl IntoView {
    let href = move || format!("/{}/account/sign-in", i18n.locale());
    view! { <p class="notice"><a href=href>{t("error-sign-in-required")}</a></p> }
}
