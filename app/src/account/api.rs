//! The account forms' server functions. Each is a plain form post that works
//! without JavaScript: on success it redirects (with `?done=` naming the notice
//! to show), on refusal the form's page shows the translated reason.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{InvitationView, ProfileView};
use super::FormError;

use super::api_support::*;

#[server(endpoint = "account/sign-in")]
pub async fn sign_in(locale: String, email: String, password: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let ip = ip();
    throttle(
        &format!("sign-in-ip:{}", ip.as_deref().unwrap_or("-")),
        throttle::SIGN_IN_PER_IP,
    )?;
    throttle(
        &format!("sign-in-account:{}", email.trim().to_lowercase()),
        throttle::SIGN_IN_PER_ACCOUNT,
    )?;
    let signed_in =
        store::account::sign_in::sign_in(&state.db, &email, &password, ip, Utc::now()).await?;
    // A new session id on every sign-in; the one the browser had (if any) ends.
    if let Some(old) = token() {
        let _ = store::account::session::end(&state.db, &old).await;
    }
    start_session_cookie(&signed_in.token);
    let _ = locale;
    go(format!("/{}/account", locale_of(&signed_in.locale)));
    Ok(())
}

#[server(endpoint = "account/sign-out")]
pub async fn sign_out(locale: String) -> Result<(), FormError> {
    let state = app_state()?;
    if let Some(token) = token() {
        let ended = store::account::session::end(&state.db, &token).await?;
        store::account::audit::record(
            &state.db,
            store::account::audit::Kind::SignOut,
            store::account::audit::Event {
                actor_id: ended,
                subject_id: ended,
                ip: ip(),
                ..Default::default()
            },
        )
        .await?;
    }
    clear_session_cookie();
    go(format!("/{}", locale_of(&locale)));
    Ok(())
}

#[server(endpoint = "account/reset")]
pub async fn request_reset(locale: String, email: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let ip = ip();
    throttle(
        &format!("mail-ip:{}", ip.as_deref().unwrap_or("-")),
        throttle::MAIL_PER_IP,
    )?;
    let normalised = store::account::normalise_email(&email)
        .map_err(|r| FormError::from(store::StoreError::from(r)))?;
    throttle(
        &format!("mail-address:{normalised}"),
        throttle::MAIL_PER_ADDRESS,
    )?;
    if let Some(link) =
        store::account::reset::request(&state.db, &normalised, ip, Utc::now()).await?
    {
        send_link(
            &state,
            super::mail::Kind::Reset,
            "reset",
            &link.email,
            &link.token,
            &link.locale,
            &[],
        )
        .await;
    }
    go(format!(
        "/{locale}/account/reset?done=reset-sent&email={}",
        encode(&normalised)
    ));
    Ok(())
}

#[server(endpoint = "account/reset/complete")]
pub async fn complete_reset(
    locale: String,
    token: String,
    password: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    throttle(
        &format!("new-password-ip:{}", ip().as_deref().unwrap_or("-")),
        throttle::NEW_PASSWORD_PER_IP,
    )?;
    store::account::reset::complete(&state.db, &token, password, ip(), Utc::now()).await?;
    go(format!("/{locale}/account/sign-in?done=reset-done"));
    Ok(())
}

/// The invitation behind a link, for the page that accepts it.
#[server(endpoint = "account/invitation", input = GetUrl)]
pub async fn load_invitation(token: String) -> Result<InvitationView, FormError> {
    let state = app_state()?;
    let p = store::account::invitation::pending(&state.db, &token, Utc::now()).await?;
    Ok(InvitationView {
        email: p.email,
        organisation: p.organisation,
        role: p.role,
    })
}

#[server(endpoint = "account/invitation/accept")]
pub async fn accept_invitation(
    locale: String,
    token: String,
    given_name: String,
    family_name: String,
    password: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let _ = locale;
    throttle(
        &format!("new-password-ip:{}", ip().as_deref().unwrap_or("-")),
        throttle::NEW_PASSWORD_PER_IP,
    )?;
    let acceptance = store::account::invitation::Acceptance {
        given_name,
        family_name,
        password,
    };
    let now = Utc::now();
    let member_id =
        store::account::invitation::accept(&state.db, &token, acceptance, ip(), now).await?;
    let session = store::account::session::start(&state.db, member_id, now).await?;
    start_session_cookie(&session);
    let locale = store::account::Actor::load(&state.db, member_id)
        .await?
        .map(|a| a.locale)
        .unwrap_or_default();
    go(format!("/{}/account", locale_of(&locale)));
    Ok(())
}

/// The signed-in member's profile; `None` for a visitor.
#[server(endpoint = "account/profile", input = GetUrl)]
pub async fn load_profile() -> Result<Option<ProfileView>, FormError> {
    let state = app_state()?;
    let Some(actor) = actor() else {
        return Ok(None);
    };
    let Some(p) = store::account::profile::load(&state.db, actor.member_id).await? else {
        return Ok(None);
    };
    Ok(Some(ProfileView {
        given_name: p.given_name,
        family_name: p.family_name,
        email: p.email,
        job_title: p.job_title,
        locale: p.locale,
        languages: p.languages,
        expertise: p.expertise,
        organisation_slug: p.organisation_slug,
        organisation_name: p.organisation_name,
        coordinator: p.coordinator,
        facilitates: p.facilitates,
    }))
}

#[server(endpoint = "account/profile/save")]
pub async fn save_profile(
    locale: String,
    given_name: String,
    family_name: String,
    job_title: String,
    interface_locale: String,
    languages: Vec<String>,
    expertise: Vec<String>,
) -> Result<(), FormError> {
    let state = app_state()?;
    let actor = require_actor()?;
    if !locales::is_supported(&interface_locale) {
        return Err(refused("error-locale-unsupported"));
    }
    let languages: Vec<String> = languages.into_iter().filter(|l| !l.is_empty()).collect();
    if languages.iter().any(|l| !locales::is_supported(l)) {
        return Err(refused("error-locale-unsupported"));
    }
    let _ = locale;
    store::account::profile::update(
        &state.db,
        actor.member_id,
        store::account::profile::ProfileUpdate {
            given_name,
            family_name,
            job_title,
            locale: interface_locale.clone(),
            languages,
            expertise,
        },
    )
    .await?;
    // The page follows the language just chosen.
    go(format!("/{interface_locale}/account?done=account-saved"));
    Ok(())
}

#[server(endpoint = "account/password")]
pub async fn change_password(
    locale: String,
    current: String,
    password: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let actor = require_actor()?;
    throttle(
        &format!("sign-in-account:{}", actor.member_id),
        throttle::SIGN_IN_PER_ACCOUNT,
    )?;
    store::account::profile::change_password(
        &state.db,
        actor.member_id,
        &current,
        password,
        token().as_deref(),
        ip(),
    )
    .await?;
    go(format!(
        "/{}/account?done=account-password-changed",
        locale_of(&locale)
    ));
    Ok(())
}

#[server(endpoint = "account/email")]
pub async fn request_email_change(
    locale: String,
    current: String,
    email: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let actor = require_actor()?;
    let locale = locale_of(&locale);
    throttle(
        &format!("mail-ip:{}", ip().as_deref().unwrap_or("-")),
        throttle::MAIL_PER_IP,
    )?;
    throttle(
        &format!("sign-in-account:{}", actor.member_id),
        throttle::SIGN_IN_PER_ACCOUNT,
    )?;
    let confirmation = store::account::profile::request_email_change(
        &state.db,
        actor.member_id,
        &current,
        &email,
        Utc::now(),
    )
    .await?;
    let shown = store::account::normalise_email(&email).unwrap_or_default();
    if let Some(c) = confirmation {
        send_link(
            &state,
            super::mail::Kind::Email,
            "email",
            &c.email,
            &c.token,
            &c.locale,
            &[],
        )
        .await;
    }
    go(format!(
        "/{locale}/account?done=account-email-sent&email={}",
        encode(&shown)
    ));
    Ok(())
}

#[server(endpoint = "account/email/confirm")]
pub async fn confirm_email_change(locale: String, token: String) -> Result<(), FormError> {
    let state = app_state()?;
    store::account::profile::confirm_email_change(&state.db, &token, ip(), Utc::now()).await?;
    let locale = locale_of(&locale);
    let next = if actor().is_some() {
        "account"
    } else {
        "account/sign-in"
    };
    go(format!("/{locale}/{next}?done=email-confirmed"));
    Ok(())
}

#[server(endpoint = "account/delete")]
pub async fn delete_account(locale: String, current: String) -> Result<(), FormError> {
    let state = app_state()?;
    let actor = require_actor()?;
    throttle(
        &format!("sign-in-account:{}", actor.member_id),
        throttle::SIGN_IN_PER_ACCOUNT,
    )?;
    store::account::profile::delete(&state.db, actor.member_id, &current, ip()).await?;
    clear_session_cookie();
    go(format!(
        "/{}/account/sign-in?done=account-deleted",
        locale_of(&locale)
    ));
    Ok(())
}

/// Everything the platform holds about the signed-in member, as a JSON download.
#[server(endpoint = "account/export", input = GetUrl)]
pub async fn export_data() -> Result<serde_json::Value, FormError> {
    let state = app_state()?;
    let actor = require_actor()?;
    let export = store::account::profile::export(&state.db, actor.member_id)
        .await?
        .ok_or(FormError::Internal)?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CONTENT_DISPOSITION,
            http::HeaderValue::from_static("attachment; filename=\"my-data.json\""),
        );
    }
    serde_json::to_value(&export).map_err(|_| FormError::Internal)
}

/// The address an e-mail change link confirms.
#[server(endpoint = "account/email/pending", input = GetUrl)]
pub async fn pending_email(token: String) -> Result<String, FormError> {
    let state = app_state()?;
    store::account::profile::pending_email(&state.db, &token, Utc::now())
        .await
        .map_err(FormError::from)
}
