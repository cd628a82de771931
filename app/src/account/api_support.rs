//! What the account server functions share (server only).

pub use super::session::{
    actor, clear_session_cookie, ip, refused, require_actor, start_session_cookie, throttle, token,
};
pub use super::throttle;
pub use crate::i18n::locales;
pub use crate::state::{app_state, AppState};
pub use crate::ui::query::encode;
pub use chrono::Utc;

use super::FormError;

/// The form's locale, or the reference one if it names none we have.
pub fn locale_of(locale: &str) -> String {
    if locales::is_supported(locale) {
        locale.to_owned()
    } else {
        locales::REFERENCE.to_owned()
    }
}

/// A decision on a request as a form's buttons send it: `accept` or `decline`.
pub fn accepted(decision: &str) -> Result<bool, FormError> {
    match decision {
        "accept" => Ok(true),
        "decline" => Ok(false),
        _ => Err(refused("error-choice-unknown")),
    }
}

/// A path on this site, with an optional notice to show there.
pub fn go(path: String) {
    leptos_axum::redirect(&path);
}

/// Sends an e-mail; a failure is logged, not shown (the person's answer
/// must not depend on whether an address exists).
pub async fn send(state: &AppState, email: super::mail::Email) {
    let to = email.to.clone();
    if let Err(error) = state.mailer.send(email).await {
        tracing::error!(%error, %to, "e-mail not sent");
    }
}

/// The id of the network with this slug.
pub async fn network_id(state: &AppState, slug: &str) -> Result<Option<i32>, FormError> {
    if slug.len() > 200 {
        return Ok(None);
    }
    store::network::id_by_slug(&state.db, slug)
        .await
        .map_err(FormError::from)
}

/// An e-mail carrying a single-use link to `/{locale}/account/{page}/{token}`,
/// written in `locale`.
pub async fn send_link(
    state: &AppState,
    kind: super::mail::Kind,
    page: &str,
    to: &str,
    token: &str,
    locale: &str,
    args: &[(&str, crate::i18n::Arg)],
) {
    let url = format!(
        "{}/{}/account/{page}/{token}",
        state.accounts.site_url,
        locale_of(locale)
    );
    let mail = super::mail::compose(&state.catalog, locale, kind, to, &url, args);
    send(state, mail).await;
}

/// The invitation e-mail, in the invited person's language.
pub async fn send_invitation(
    state: &AppState,
    email: &str,
    token: &str,
    locale: &str,
    inviter: &str,
    role: store::vocabulary::Role,
    organisation: &str,
) {
    let role_name = super::mail::role_name(&state.catalog, locale, role);
    let args = [
        ("inviter", inviter.into()),
        ("role", role_name.into()),
        ("organisation", organisation.into()),
    ];
    send_link(
        state,
        super::mail::Kind::Invitation,
        "invitation",
        email,
        token,
        locale,
        &args,
    )
    .await;
}
