//! Liveness and readiness for load balancers and the test harness.

use axum::extract::State;
use axum::http::StatusCode;

use app::state::AppState;

/// The process answers.
pub async fn healthz() -> &'static str {
    "ok"
}

/// The process answers and its database does too.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match store::directory::ping(&state.db).await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "database not reachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
        }
    }
}
