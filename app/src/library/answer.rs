//! How the library's own routes (the uploads, the files) answer a refusal,
//! translated: a script (the upload island) gets JSON with the message and
//! the status that says whose fault it is; a plain form goes back to the
//! form with the refusal in the address, as server functions do; a person
//! who follows a link gets a small page in their language.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::server_fn::error::ServerFnUrlError;

use crate::account::FormError;
use crate::i18n::locales;
use crate::state::AppState;

/// Why a request was refused: the Fluent id of the message and the status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    pub message: &'static str,
    pub status: StatusCode,
}

impl Refused {
    pub const fn new(message: &'static str, status: StatusCode) -> Self {
        Self { message, status }
    }

    /// A store's refusal, with the status that fits it.
    pub fn from_store(refusal: store::refusal::Refusal) -> Self {
        use store::refusal::Refusal::*;
        let status = match refusal {
            Forbidden => StatusCode::FORBIDDEN,
            FileTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            FileTypeRefused | FileTypeMismatch => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            UploadIncomplete => StatusCode::BAD_REQUEST,
            VersionExists | FileDuplicate => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        Self::new(crate::account::session::refusal_message(refusal), status)
    }

    pub const SIGN_IN: Refused = Refused::new("error-sign-in-required", StatusCode::UNAUTHORIZED);
    pub const NOT_MULTIPART: Refused =
        Refused::new("error-not-a-form", StatusCode::UNSUPPORTED_MEDIA_TYPE);
    pub const MALFORMED: Refused = Refused::new("error-not-a-form", StatusCode::BAD_REQUEST);
    pub const TOO_LARGE: Refused =
        Refused::new("error-file-too-large", StatusCode::PAYLOAD_TOO_LARGE);
    pub const INTERNAL: Refused = Refused::new("error-load", StatusCode::INTERNAL_SERVER_ERROR);
}

/// Whether the request comes from a script that reads JSON (the upload island).
pub fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json") && !v.contains("text/html"))
}

/// The locale a request's page was in: its form's field if it has one, the
/// page it came from, the `locale` cookie, or the reference locale.
pub fn locale_of(headers: &HeaderMap, field: Option<&str>) -> String {
    let from_referer = headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| {
            let path = r.splitn(4, '/').nth(3).unwrap_or_default();
            locales::from_path(&format!("/{path}"))
        });
    let from_cookie =
        crate::ui::security::cookie(headers, "locale").filter(|l| locales::is_supported(l));
    field
        .filter(|l| locales::is_supported(l))
        .or(from_referer)
        .or(from_cookie)
        .unwrap_or(locales::REFERENCE)
        .to_owned()
}

/// The page a form was sent from (a path on this site), if the browser said it.
fn came_from(headers: &HeaderMap) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let path = format!("/{}", referer.splitn(4, '/').nth(3)?);
    (path.starts_with('/') && !path.starts_with("//")).then_some(path)
}

/// The answer to a refused upload. `form` is the route the form posts to
/// (its refusal is shown by `ui::refusal(form)`); `back` the form's page
/// when the browser did not say where it came from.
pub fn refused(
    state: &AppState,
    headers: &HeaderMap,
    locale: &str,
    form: &str,
    back: &str,
    why: Refused,
) -> Response {
    let message = state.catalog.bundle(locale).format(why.message, &[]);
    if wants_json(headers) {
        return (why.status, axum::Json(serde_json::json!({ "error": message }))).into_response();
    }
    // A file too large is answered at once, while the browser may still be
    // sending it: a page it shows rather than a redirect it may not follow.
    if why.status == StatusCode::PAYLOAD_TOO_LARGE || why.status.is_server_error() {
        let back = came_from(headers).unwrap_or_else(|| back.to_owned());
        return page(state, locale, why.status, why.message, Some((&back, "error-back-to-form")));
    }
    let back = came_from(headers).unwrap_or_else(|| back.to_owned());
    let back = back.split('?').next().unwrap_or_default().to_owned();
    let error = FormError::Refused(why.message.to_owned());
    match ServerFnUrlError::new(form, error).to_url(&format!("http://localhost{back}")) {
        Ok(url) => {
            let target = match url.query() {
                Some(query) => format!("{}?{query}", url.path()),
                None => url.path().to_owned(),
            };
            see_other(&target)
        }
        Err(_) => page(state, locale, why.status, why.message, None),
    }
}

/// Where a form's work went on: a script reads it, a browser is sent there.
pub fn done(headers: &HeaderMap, target: &str) -> Response {
    if wants_json(headers) {
        return axum::Json(serde_json::json!({ "redirect": target })).into_response();
    }
    see_other(target)
}

fn see_other(target: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(target) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// A small page in the reader's language: the message, and a link onwards.
pub fn page(
    state: &AppState,
    locale: &str,
    status: StatusCode,
    message: &str,
    link: Option<(&str, &str)>,
) -> Response {
    let bundle = state.catalog.bundle(locale);
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let text = escape(&bundle.format(message, &[]));
    let site = escape(&bundle.format("site-name", &[]));
    let link = link
        .map(|(href, label)| {
            format!(
                r#"<p><a href="{}">{}</a></p>"#,
                escape(href),
                escape(&bundle.format(label, &[]))
            )
        })
        .unwrap_or_default();
    let html = format!(
        r#"<!DOCTYPE html><html lang="{locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{text} · {site}</title><link rel="stylesheet" href="/pkg/vetnet.css"></head><body><main id="main" class="page"><h1>{text}</h1>{link}<p><a href="/{locale}/library">{site}</a></p></main></body></html>"#
    );
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}
