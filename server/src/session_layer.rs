//! Resolves the session cookie once per request and leaves the signed-in
//! member (and the client's address) in the request's extensions, where pages
//! and server functions find them. A cookie naming no live session is cleared.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{HeaderValue, SET_COOKIE};
use axum::middleware::Next;
use axum::response::Response;

use app::account::session::{cookie, session_cookie, RequestAccount, SESSION_COOKIE};
use app::state::AppState;

pub async fn resolve_session(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let ip = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string());
    let token = cookie(request.headers(), SESSION_COOKIE).map(str::to_owned);
    let mut stale = false;
    let mut account = RequestAccount {
        ip,
        ..Default::default()
    };
    if let Some(token) = token.filter(|t| !t.is_empty()) {
        match store::account::session::resolve(
            &state.db,
            &token,
            state.accounts.timeouts,
            chrono::Utc::now(),
        )
        .await
        {
            Ok(Some(actor)) => {
                account.actor = Some(actor);
                account.token = Some(token);
            }
            Ok(None) => stale = true,
            Err(error) => tracing::error!(%error, "session lookup failed"),
        }
    }
    request.extensions_mut().insert(account);
    let mut response = next.run(request).await;
    if stale && !response.headers().contains_key(SET_COOKIE) {
        if let Ok(value) = HeaderValue::from_str(&session_cookie("", state.accounts.secure_cookies))
        {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}
