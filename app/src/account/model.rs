//! What the account pages show (server only).

use serde::{Deserialize, Serialize};
use store::vocabulary::{Role, Topic};

/// Who is signed in, as the page header shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewerSummary {
    pub name: String,
    pub coordinator: bool,
}

/// The invitation behind a link, before it is accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub email: String,
    pub organisation: String,
    pub role: Role,
}

/// The signed-in member's own account page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub job_title: String,
    pub locale: String,
    pub languages: Vec<String>,
    /// Topics the member is an expert in.
    pub expertise: Vec<Topic>,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub coordinator: bool,
    /// Slug and name of each network the member facilitates.
    pub facilitates: Vec<(String, String)>,
}

/// What a network page offers about joining and managing the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkAccess {
    /// The member organisations one may name when asking to join, by name.
    pub organisations: Vec<(i32, String)>,
    /// Whether the viewer may invite people and decide requests.
    pub manages: bool,
    /// Whether the viewer may invite coordinators too.
    pub coordinator: bool,
    /// A signed-in member has an account already: no request to join is offered.
    pub signed_in: bool,
    pub pending: Vec<JoinRequestView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequestView {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub message: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i32,
    pub at: String,
    /// Translated through `audit-<kind>`.
    pub kind: String,
    pub actor: Option<i32>,
    pub subject: Option<i32>,
    pub ip: Option<String>,
    pub detail: String,
}

/// Whether the viewer may edit (or see) what is asked for, and it if so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Editable<T> {
    /// There is no such thing.
    Missing,
    /// A visitor: signing in may help.
    SignInFirst,
    /// Signed in, but not allowed.
    NotAllowed,
    Allowed(T),
}
