//! `GET /api/plans/{id}/activities.csv`: the action plan as a CSV file (server only).

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

pub async fn activities_csv(State(state): State<AppState>, Path(id): Path<i32>) -> Response {
    let csv = match store::plans::read::plan(&state.db, id).await {
        Ok(Some(plan)) => store::plans::export::activities_csv(&plan),
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => Err(error),
    };
    match csv {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"action-plan.csv\"",
                ),
            ],
            csv,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "plan export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
