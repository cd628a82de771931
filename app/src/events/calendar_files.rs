//! Serving calendar files (server only): `text/calendar`, with an `ETag`
//! of the content so that a program polling a feed gets `304 Not Modified`
//! while nothing changed. A revoked personal address answers `410 Gone`.

use axum::extract::{Extension, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use store::events::calendar;
use store::refusal::Refusal;
use store::StoreError;

use crate::account::session::RequestAccount;
use crate::library::answer::{locale_of, page};
use crate::state::AppState;

fn answer(
    state: &AppState,
    headers: &HeaderMap,
    locale: &str,
    file: Result<Option<String>, StoreError>,
    name: &str,
) -> Response {
    let text = match file {
        Ok(Some(text)) => text,
        Ok(None) => return page(state, locale, StatusCode::NOT_FOUND, "not-found-title", None),
        Err(StoreError::Refused(Refusal::CalendarAddressRevoked)) => {
            return page(
                state,
                locale,
                StatusCode::GONE,
                "error-calendar-address-revoked",
                None,
            )
        }
        Err(error) => {
            tracing::error!(%error, "calendar not produced");
            return page(state, locale, StatusCode::INTERNAL_SERVER_ERROR, "error-load", None);
        }
    };
    let tag = format!("\"{}\"", &store::account::secret::digest(&text)[..32]);
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    let etag = HeaderValue::from_str(&tag).unwrap_or(HeaderValue::from_static("\"\""));
    if matches {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    let disposition = format!("inline; filename=\"{name}\"");
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (header::ETAG, etag),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("inline")),
            ),
        ],
        text,
    )
        .into_response()
}

fn site(state: &AppState) -> &str {
    &state.accounts.site_url
}

pub async fn event_file(
    State(state): State<AppState>,
    Extension(account): Extension<RequestAccount>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Response {
    let actor = account.actor.as_ref();
    let locale = locale_of(&headers, actor.map(|a| a.locale.as_str()));
    let file = calendar::event_file(&state.db, actor, id, site(&state)).await;
    answer(&state, &headers, &locale, file, "event.ics")
}

pub async fn series_file(
    State(state): State<AppState>,
    Extension(account): Extension<RequestAccount>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Response {
    let actor = account.actor.as_ref();
    let locale = locale_of(&headers, actor.map(|a| a.locale.as_str()));
    let file = calendar::series_file(&state.db, actor, id, site(&state)).await;
    answer(&state, &headers, &locale, file, "series.ics")
}

pub async fn network_feed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_of(&headers, None);
    let file = calendar::network_feed(&state.db, &slug, site(&state)).await;
    answer(&state, &headers, &locale, file, "events.ics")
}

pub async fn group_feed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_of(&headers, None);
    let file = calendar::group_feed(&state.db, &slug, site(&state)).await;
    answer(&state, &headers, &locale, file, "events.ics")
}

pub async fn personal_feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_of(&headers, None);
    let file = calendar::personal_feed(&state.db, &token, site(&state)).await;
    answer(&state, &headers, &locale, file, "events.ics")
}
