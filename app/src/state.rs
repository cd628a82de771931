//! What every request handler and server function shares (server only).

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;

use crate::i18n::catalog::Catalog;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: store::Db,
    pub catalog: Arc<Catalog>,
}

/// The state, inside a server function or a rendering component.
pub fn app_state() -> Result<AppState, ServerFnError> {
    use_context::<AppState>().ok_or_else(|| ServerFnError::new("application state missing"))
}

/// Logs a store failure and returns what the browser may see: no SQL, no paths.
pub fn internal(error: store::StoreError) -> ServerFnError {
    tracing::error!(%error, "store error");
    ServerFnError::new("internal error")
}
