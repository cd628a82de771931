//! The one error of every server function: why a form was refused, or that
//! the call failed (in the browser too: the Markdown preview is a call).

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, I18n};

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
