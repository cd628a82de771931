//! What crosses the wire for accounts, and the one error type of every account form.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, I18n};

/// Who is signed in, as the page header shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewerSummary {
    pub name: String,
    pub coordinator: bool,
}

/// Why a form was refused, shown translated above the form. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum FormError {
    /// A rule refused the input; the Fluent id of the message.
    #[error("refused: {0}")]
    Refused(String),
    /// Too many attempts: try again after this many seconds.
    #[error("too many attempts, retry in {0} s")]
    TooMany(u64),
    /// Something failed on the server; it is logged there.
    #[error("internal error")]
    Internal,
    /// The request did not reach the function or its answer did not come back.
    #[error("{0}")]
    Transport(String),
}

impl FromServerFnError for FormError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        FormError::Transport(value.to_string())
    }
}

impl FormError {
    /// The message for the person who sent the form.
    pub fn message(&self, i18n: I18n) -> String {
        match self {
            FormError::Refused(id) => i18n.format(id, &[]),
            FormError::TooMany(seconds) => {
                i18n.format("error-too-many", &[("seconds", Arg::from(*seconds as i64))])
            }
            FormError::Internal | FormError::Transport(_) => i18n.format("error-load", &[]),
        }
    }
}

/// The invitation behind a link, before it is accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub email: String,
    pub organisation: String,
    /// One of the roles: `member`, `facilitator`, `coordinator`.
    pub role: String,
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
    pub expertise: Vec<String>,
    /// Every topic, to choose from.
    pub topics: Vec<String>,
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
