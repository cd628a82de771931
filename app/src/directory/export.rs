//! The organisation list as a CSV file (server only): the same filters as
//! the list page, every matching organisation, in the list's order.

use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use super::model::{FilterOptions, OrganisationFilter};
use super::organisation_api::organisation_query;
use crate::state::AppState;

/// `GET /api/directory/organisations.csv?<the list's filters>`.
pub async fn organisations_csv(
    State(state): State<AppState>,
    Query(filter): Query<OrganisationFilter>,
) -> Response {
    let csv = match FilterOptions::load(&state).await {
        Ok(options) => {
            let query = organisation_query(filter, &options);
            store::transfer::export::organisations_csv(&state.db, &query).await
        }
        Err(error) => Err(error),
    };
    match csv {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"organisations.csv\"",
                ),
            ],
            csv,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
