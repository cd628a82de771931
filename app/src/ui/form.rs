//! Pieces of every form: the refusal of the last submission, the notice after
//! a successful one, and the hidden locale field. Forms are plain posts to
//! their server function, so they work the same with and without JavaScript.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use crate::account::FormError;
use crate::i18n::{use_i18n, Arg};

/// The translated reason the last post to `S` was refused, if it was
/// (carried back in the URL by the redirect to the form).
pub fn refusal<S>() -> impl IntoView
where
    S: ServerFn<Error = FormError> + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    let action = ServerAction::<S>::new();
    let i18n = use_i18n();
    move || {
        action.value().with(|v| match v {
            Some(Err(e)) => {
                Some(view! { <p class="notice notice--error" role="alert">{e.message(i18n)}</p> })
            }
            _ => None,
        })
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
