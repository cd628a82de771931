//! `GET /events/{id}/participants.csv`: the organisers' list of
//! participants, with their access needs (server only).

use axum::extract::{Extension, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use store::refusal::Refusal;
use store::StoreError;

use crate::account::session::RequestAccount;
use crate::library::answer::{locale_of, page};
use crate::state::AppState;

pub async fn participants_file(
    State(state): State<AppState>,
    Extension(account): Extension<RequestAccount>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Response {
    let actor = account.actor.as_ref();
    let locale = locale_of(&headers, actor.map(|a| a.locale.as_str()));
    let Some(actor) = actor else {
        return page(&state, &locale, StatusCode::UNAUTHORIZED, "error-sign-in-required", None);
    };
    match store::events::register::participants_csv(&state.db, actor, id).await {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"participants.csv\"",
                ),
                (header::CACHE_CONTROL, "private, no-store"),
            ],
            csv,
        )
            .into_response(),
        Err(StoreError::Refused(Refusal::EventUnknown)) => {
            page(&state, &locale, StatusCode::NOT_FOUND, "error-event-unknown", None)
        }
        Err(StoreError::Refused(Refusal::Forbidden)) => {
            page(&state, &locale, StatusCode::FORBIDDEN, "error-forbidden", None)
        }
        Err(error) => {
            tracing::error!(%error, "participants not listed");
            page(&state, &locale, StatusCode::INTERNAL_SERVER_ERROR, "error-load", None)
        }
    }
}
