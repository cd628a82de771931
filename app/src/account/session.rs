//! The session of the request being served (server only). The server's session
//! layer resolves the cookie once per request and leaves the result in the
//! request's extensions; pages and server functions read it from there.

use http::header::{HeaderValue, SET_COOKIE};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use store::account::Actor;

use super::model::ViewerSummary;
use super::throttle::Limit;
use super::FormError;
use crate::state::app_state;
pub use crate::ui::security::cookie;

pub const SESSION_COOKIE: &str = "session";

/// What the session layer found for this request.
#[derive(Debug, Clone, Default)]
pub struct RequestAccount {
    pub actor: Option<Actor>,
    /// The cookie's token, when it names a live session.
    pub token: Option<String>,
    /// The client's address, for rate limits and the audit log.
    pub ip: Option<String>,
}

fn current() -> RequestAccount {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<RequestAccount>().cloned())
        .unwrap_or_default()
}

/// The signed-in member, if any.
pub fn actor() -> Option<Actor> {
    current().actor
}

/// The signed-in member, or the refusal a visitor gets.
pub fn require_actor() -> Result<Actor, FormError> {
    actor().ok_or_else(|| refused("error-sign-in-required"))
}

pub fn token() -> Option<String> {
    current().token
}

pub fn ip() -> Option<String> {
    current().ip
}

/// The header's view of the signed-in member.
pub fn viewer_summary() -> Option<ViewerSummary> {
    actor().map(|a| ViewerSummary {
        name: format!("{} {}", a.given_name, a.family_name),
        coordinator: a.coordinator,
    })
}

/// The session cookie's `Set-Cookie` value: `HttpOnly`, `SameSite=Lax`, and
/// `Secure` when the site is served over https. An empty token clears it.
pub fn session_cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    let max_age = if token.is_empty() { "; Max-Age=0" } else { "" };
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax{secure}{max_age}")
}

fn set_cookie(value: String) {
    if let (Some(response), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(&value),
    ) {
        response.append_header(SET_COOKIE, value);
    }
}

/// Gives the browser the cookie of a new session.
pub fn start_session_cookie(token: &str) {
    let secure = app_state()
        .map(|s| s.accounts.secure_cookies)
        .unwrap_or(false);
    set_cookie(session_cookie(token, secure));
}

pub fn clear_session_cookie() {
    let secure = app_state()
        .map(|s| s.accounts.secure_cookies)
        .unwrap_or(false);
    set_cookie(session_cookie("", secure));
}

/// Counts an attempt against a limit; a refused one answers 429 with
/// `Retry-After` and the translated wait.
pub fn throttle(key: &str, limit: Limit) -> Result<(), FormError> {
    let state = app_state()?;
    state.throttle.hit(key, limit).map_err(|seconds| {
        answer_script_with(http::StatusCode::TOO_MANY_REQUESTS);
        if let (Some(response), Ok(value)) = (
            use_context::<ResponseOptions>(),
            HeaderValue::from_str(&seconds.to_string()),
        ) {
            response.insert_header(http::header::RETRY_AFTER, value);
        }
        FormError::TooMany(seconds)
    })
}

/// A refusal with the Fluent id of its message: 401 (sign in first), 403
/// (not allowed) or 422 (the input) for a script's call.
pub fn refused(id: &'static str) -> FormError {
    answer_script_with(match id {
        "error-sign-in-required" => http::StatusCode::UNAUTHORIZED,
        "error-forbidden" => http::StatusCode::FORBIDDEN,
        _ => http::StatusCode::UNPROCESSABLE_ENTITY,
    });
    FormError::Refused(id.into())
}

/// Sets the status of the answer to a script's call. A plain form post keeps
/// server_fn's redirect back to the form, which shows the message: a status
/// set here would replace that redirect.
fn answer_script_with(status: http::StatusCode) {
    let from_script = use_context::<http::request::Parts>().is_some_and(|p| {
        !p.headers
            .get(http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
    });
    if let (true, Some(response)) = (from_script, use_context::<ResponseOptions>()) {
        response.set_status(status);
    }
}

/// A store failure as the form shows it: a refusal's message, or a logged
/// internal error. Every server function says `?` and nothing more.
impl From<store::StoreError> for FormError {
    fn from(error: store::StoreError) -> Self {
        match error {
            store::StoreError::Refused(refusal) => refused(refusal_message(refusal)),
            other => {
                tracing::error!(error = %other, "store error");
                FormError::Internal
            }
        }
    }
}

/// The Fluent id of each refusal.
pub fn refusal_message(refusal: store::refusal::Refusal) -> &'static str {
    use store::refusal::Refusal::*;
    match refusal {
        EmailInvalid => "error-email-invalid",
        NameMissing => "error-name-missing",
        PasswordTooShort => "error-password-too-short",
        PasswordTooLong => "error-password-too-long",
        PasswordCommon => "error-password-common",
        TicketInvalid => "error-ticket-invalid",
        WrongCredentials => "error-wrong-credentials",
        CurrentPasswordWrong => "error-current-password-wrong",
        AlreadyDecided => "error-already-decided",
        OrganisationNotInNetwork => "error-organisation-not-in-network",
        LocaleUnsupported => "error-locale-unsupported",
        TextTooLong => "error-text-too-long",
        TextMissing => "error-text-missing",
        ChoiceUnknown => "error-choice-unknown",
        WebsiteInvalid => "error-website-invalid",
        TopicMissing => "error-topic-missing",
        AlreadyMember => "error-already-member",
        OrganisationExists => "error-organisation-exists",
        ImportUnreadable => "error-import-unreadable",
        ImportEmpty => "error-import-empty",
        ImportHasErrors => "error-import-has-errors",
        ImportApplied => "error-import-applied",
        LimitReached => "error-limit-reached",
        AlreadyFlagged => "error-already-flagged",
        NotAnAnswer => "error-not-an-answer",
        Forbidden => "error-forbidden",
        DateInvalid => "error-date-invalid",
        DatesReversed => "error-dates-reversed",
        NumberInvalid => "error-number-invalid",
        AspirationMissing => "error-aspiration-missing",
        WrongStage => "error-wrong-stage",
        FileTooLarge => "error-file-too-large",
        FileMissing => "error-file-missing",
        UploadIncomplete => "error-upload-incomplete",
        FileTypeRefused => "error-file-type-refused",
        FileTypeMismatch => "error-file-type-mismatch",
        FileNameInvalid => "error-file-name-invalid",
        FileUnreadable => "error-file-unreadable",
        FileDuplicate => "error-file-duplicate",
        LinkInvalid => "error-link-invalid",
        VersionExists => "error-version-exists",
        ResourceUnknown => "error-resource-unknown",
        AlreadyListed => "error-already-listed",
        TimeZoneUnknown => "error-time-zone-unknown",
        WallTimeSkipped => "error-wall-time-skipped",
        WallTimeRepeated => "error-wall-time-repeated",
        CapacityInvalid => "error-capacity-invalid",
        AlreadyRegistered => "error-already-registered",
        EventPast => "error-event-past",
        EventCancelled => "error-event-cancelled",
        InvitationOnly => "error-invitation-only",
        GroupArchived => "error-group-archived",
        LastLeader => "error-last-leader",
        PlaceMissing => "error-place-missing",
        SeriesTooLong => "error-series-too-long",
        EventUnknown => "error-event-unknown",
        MemberUnknown => "error-member-unknown",
        GroupUnknown => "error-group-unknown",
        CalendarAddressRevoked => "error-calendar-address-revoked",
        NotRegistered => "error-not-registered",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_cookie_is_http_only_lax_and_secure_on_https() {
        let c = session_cookie("abc", true);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
        assert!(!session_cookie("abc", false).contains("Secure"));
        assert!(session_cookie("", false).contains("Max-Age=0"));
    }
}
