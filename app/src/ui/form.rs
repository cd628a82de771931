//! Pieces of every form: the refusal of the last submission, the notice after
//! a successful one, and the hidden locale field. Forms are plain posts to
//! their server function, so they work the same with and without JavaScript.

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnUrlError;
use leptos_router::hooks::use_query_map;

use crate::account::FormError;
use crate::i18n::{use_i18n, Arg};

/// The translated reason the last post to the server function at `path` was
/// refused, if it was: server_fn redirects a refused plain form post back to
/// the form with `__path` and `__err` in the query, decoded here with its own
/// `ServerFnUrlError` (without `ServerAction`, whose per-function machinery the
/// browser does not need for plain forms). A query that does not decode to a
/// refusal shows nothing.
pub fn refusal(path: &'static str) -> impl IntoView {
    let query = use_query_map();
    let i18n = use_i18n();
    move || {
        query.with(|q| {
            if q.get_str("__path")? != path {
                return None;
            }
            let error = ServerFnUrlError::<FormError>::decode_err(q.get_str("__err")?);
            if matches!(error, FormError::Transport(_)) {
                return None;
            }
            Some(view! { <p class="notice notice--error" role="alert">{error.message(i18n)}</p> })
        })
    }
}

#[cfg(test)]
mod tests {
    use leptos::server_fn::error::ServerFnUrlError;

    use crate::account::FormError;

    /// What server_fn writes into the address of a refused form, read back.
    fn round_trip(error: FormError) -> FormError {
        let url = ServerFnUrlError::new("/api/x", error)
            .to_url("http://127.0.0.1/en/form")
            .unwrap();
        let (_, err) = url.query_pairs().find(|(k, _)| k == "__err").unwrap();
        ServerFnUrlError::<FormError>::decode_err(&err)
    }

    #[test]
    fn a_refusal_in_the_address_reads_back() {
        let refused = FormError::Refused("error-password-common".into());
        assert_eq!(round_trip(refused.clone()), refused);
        assert_eq!(round_trip(FormError::TooMany(54)), FormError::TooMany(54));
        // As seen in a redirect: {"Refused":"error-password-common"}.
        assert_eq!(
            ServerFnUrlError::<FormError>::decode_err(
                "eyJSZWZ1c2VkIjoiZXJyb3ItcGFzc3dvcmQtY29tbW9uIn0="
            ),
            refused
        );
        assert!(matches!(
            ServerFnUrlError::<FormError>::decode_err("a+b"),
            FormError::Transport(_)
        ));
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
    "resource-added",
    "resource-version-added",
    "resource-file-added",
    "resource-published",
    "resource-submitted",
    "resource-returned",
    "resource-saved",
    "resource-flagged",
    "resource-attached",
    "resource-detached",
    "collection-created",
    "collection-saved",
    "collection-item-added",
    "event-registered",
    "event-waiting",
    "event-requested",
    "event-withdrawn",
    "event-created",
    "event-cancelled",
    "event-saved",
    "event-decided",
    "event-invited",
    "event-session-added",
    "event-material-added",
    "event-recording-saved",
    "event-question-added",
    "event-answer-recorded",
    "calendar-address-made",
    "calendar-address-revoked",
    "group-founded",
    "group-joined",
    "group-requested",
    "group-left",
    "group-decided",
    "group-leader-appointed",
    "group-stepped-down",
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
