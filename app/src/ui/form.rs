//! Pieces of every form: the refusal of the last submission, the notice after
//! a successful one, and the hidden locale field. Forms are plain posts to
//! their server function, so they work the same with and without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::account::FormError;
use crate::i18n::{use_i18n, Arg};

/// The translated reason the last post to the server function at `path` was
/// refused, if it was: server_fn redirects a refused plain form post back to
/// the form with `__path` and `__err` (URL-safe base64 of the JSON error) in
/// the query. Read here without `ServerAction`, whose per-function machinery
/// the browser does not need for plain forms.
pub fn refusal(path: &'static str) -> impl IntoView {
    let query = use_query_map();
    let i18n = use_i18n();
    move || {
        query.with(|q| {
            if q.get_str("__path")? != path {
                return None;
            }
            let bytes = decode_base64_url(q.get_str("__err")?)?;
            let error: FormError = serde_json::from_slice(&bytes).ok()?;
            Some(view! { <p class="notice notice--error" role="alert">{error.message(i18n)}</p> })
        })
    }
}

/// URL-safe base64, padded or not; `None` on any other character.
fn decode_base64_url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes().take_while(|c| *c != b'=') {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::decode_base64_url;

    #[test]
    fn decodes_what_server_fn_puts_in_the_url() {
        // {"Refused":"error-password-common"}, as seen in a redirect.
        let bytes = decode_base64_url("eyJSZWZ1c2VkIjoiZXJyb3ItcGFzc3dvcmQtY29tbW9uIn0=").unwrap();
        assert_eq!(bytes, br#"{"Refused":"error-password-common"}"#);
        assert_eq!(
            decode_base64_url("eyJUb29NYW55Ijo1NH0").unwrap(),
            br#"{"TooMany":54}"#
        );
        assert_eq!(decode_base64_url("a+b"), None);
    }
}

/// Notices a page may show after a redirect (`?done=<id>`); any other value shows nothing.
pub const NOTICES: &[&str] = &[
    "reset-sent",
    "reset-done",
    "account-saved",
    "account-password-changed",
    "account-email-sent",
    "account-deleted",
    "email-confirmed",
    "join-sent",
    "invite-sent",
    "request-approved",
    "request-declined",
    "organisation-saved",
    "partnership-added",
    "partnership-removed",
    "membership-saved",
    "membership-removed",
    "network-created",
    "import-applied",
    "thread-asked",
    "reply-posted",
    "post-edited",
    "answer-accepted",
    "answer-unaccepted",
    "thread-followed",
    "thread-unfollowed",
    "topics-saved",
    "post-flagged",
    "moderation-saved",
    "notifications-read",
    "digest-saved",
    "strategy-created",
    "strategy-saved",
    "aspiration-added",
    "activity-added",
    "activity-saved",
    "indicator-added",
    "value-restored",
    "stage-open",
    "stage-close",
    "stage-adopt",
    "stage-reopen",
    "comment-posted",
    "comment-resolved",
    "followed",
    "unfollowed",
];

/// The notice named by `?done=`, with `?email=` as its argument.
#[component]
pub fn DoneNotice() -> impl IntoView {
    let query = use_query_map();
    let i18n = use_i18n();
    move || {
        query.with(|q| {
            let done = q.get("done")?;
            let id = NOTICES.iter().find(|n| **n == done)?;
            let email = q.get("email").unwrap_or_default();
            let text = i18n.format(id, &[("email", Arg::from(email))]);
            Some(view! { <p class="notice" role="status">{text}</p> })
        })
    }
}

/// The page's locale, sent with every form so the answer comes back in it.
#[component]
pub fn LocaleField() -> impl IntoView {
    let i18n = use_i18n();
    view! { <input type="hidden" name="locale" value=move || i18n.locale()/> }
}
