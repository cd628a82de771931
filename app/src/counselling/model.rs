//! What the counselling pages carry between server and browser.

use serde::{Deserialize, Serialize};
use store::vocabulary::{DigestFrequency, ModerationAction, NotificationReason, Topic};

/// The threads list's filters, as the URL holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadFilter {
    pub q: Option<String>,
    pub topic: Option<String>,
    pub lang: Option<String>,
    pub network: Option<String>,
    /// `yes` or `no`.
    pub solved: Option<String>,
    /// `followed` or `mine`.
    pub show: Option<String>,
    /// One-based.
    pub page: Option<u32>,
}

/// A thread as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadItem {
    pub id: i32,
    pub title: String,
    pub topic: Topic,
    pub lang: String,
    pub network_name: Option<String>,
    pub asker_name: String,
    pub reply_count: i32,
    /// `YYYY-MM-DD HH:MM` (UTC).
    pub last_activity: String,
    pub last_activity_iso: String,
    pub solved: bool,
    pub unread: bool,
    pub hidden: bool,
}

/// A network the viewer may ask in or filter by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkChoice {
    pub slug: String,
    pub name: String,
}

/// One page of the threads list, with what its filters offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadList {
    pub total: u64,
    /// One-based.
    pub page: u32,
    pub pages: u32,
    pub threads: Vec<ThreadItem>,
    pub languages: Vec<String>,
    pub networks: Vec<NetworkChoice>,
    pub signed_in: bool,
    pub may_moderate: bool,
    /// The topics the viewer follows.
    pub followed_topics: Vec<Topic>,
    pub unread_notifications: u64,
}

/// A post as the thread page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PostView {
    pub id: i32,
    pub author_id: i32,
    pub author_name: String,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub country_code: String,
    pub lang: String,
    /// Sanitised on the server; safe to insert as HTML.
    pub html: String,
    /// `YYYY-MM-DD HH:MM` (UTC).
    pub created: String,
    pub created_iso: String,
    pub edited: bool,
    pub hidden_reason: Option<String>,
    /// The library's resources attached to it that the viewer may read.
    pub resources: Vec<crate::library::AttachedView>,
}

impl From<store::counselling::Post> for PostView {
    fn from(p: store::counselling::Post) -> Self {
        Self {
            id: p.id,
            author_id: p.author_id,
            author_name: p.author_name,
            organisation_slug: p.organisation_slug,
            organisation_name: p.organisation_name,
            country_code: p.country_code,
            lang: p.lang,
            html: p.html,
            created: p.created_at.format("%Y-%m-%d %H:%M").to_string(),
            created_iso: p
                .created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            edited: p.edited,
            hidden_reason: p.hidden_reason,
            resources: Vec::new(),
        }
    }
}

/// A thread page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadView {
    pub id: i32,
    pub title: String,
    pub topic: Topic,
    pub lang: String,
    pub network: Option<NetworkChoice>,
    pub hidden: bool,
    pub question: PostView,
    /// The page's replies.
    pub replies: Vec<PostView>,
    /// The accepted answer, on every page.
    pub accepted: Option<PostView>,
    pub accepted_post_id: Option<i32>,
    /// Replies on all pages; the page shown (from 1) of how many.
    pub reply_count: u64,
    pub page: u64,
    pub pages: u64,
    /// The signed-in viewer, if any.
    pub viewer_id: Option<i32>,
    pub following: bool,
    pub may_accept: bool,
    pub may_moderate: bool,
    /// The reply form's text: a quote of the post named by `?quote=`.
    pub draft: String,
    /// The languages a reply may be written in; the viewer's locale is the default.
    pub languages: Vec<String>,
}

/// The ask form's choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AskForm {
    pub languages: Vec<String>,
    pub networks: Vec<NetworkChoice>,
}

/// A post's text for its author's edit form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditForm {
    pub post_id: i32,
    pub thread_id: i32,
    pub thread_title: String,
    pub body: String,
    pub lang: String,
}

/// A post and its versions, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryView {
    pub post: PostView,
    pub thread_id: i32,
    pub versions: Vec<(String, String)>,
}

/// A notification as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationItem {
    pub thread_id: i32,
    pub post_id: i32,
    pub thread_title: String,
    pub thread_lang: String,
    pub reason: NotificationReason,
    pub author_name: String,
    pub created: String,
    pub read: bool,
}

/// A change to an activity the viewer follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChangeItem {
    pub strategy_id: i32,
    pub activity_id: i32,
    pub activity_title: String,
    /// The message that tells of the change.
    pub notice: String,
    /// The new value in words, or the message of the new status.
    pub after: String,
    /// Whether `after` is the message of a status.
    pub status_changed: bool,
    pub author_name: String,
    pub created: String,
    pub read: bool,
}

/// The viewer's notifications and their choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationsView {
    pub items: Vec<NotificationItem>,
    pub plan_changes: Vec<PlanChangeItem>,
    pub digest: DigestFrequency,
    pub followed_topics: Vec<Topic>,
}

/// A flagged post with the reasons given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlaggedItem {
    pub post: PostView,
    pub thread_id: i32,
    pub thread_title: String,
    /// (who, why) for each flag.
    pub flags: Vec<(String, String)>,
}

/// A decision in the moderation log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionItem {
    pub post_id: i32,
    pub thread_id: i32,
    pub thread_title: String,
    pub moderator_name: String,
    pub action: ModerationAction,
    pub reason: String,
    pub created: String,
}

/// The moderation queue and log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModerationView {
    pub queue: Vec<FlaggedItem>,
    pub decisions: Vec<DecisionItem>,
}
