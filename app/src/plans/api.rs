use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::directory::NetworkSummary;

/// The networks that steer a strategy: the international and the national ones.
#[server(endpoint = "plans/networks", input = GetUrl)]
pub async fn planning_networks() -> Result<Vec<NetworkSummary>, ServerFnError> {
    use crate::state::{app_state, internal};
    let state = app_state()?;
    let rows = store::directory::networks(&state.db)
        .await
        .map_err(internal)?;
    Ok(rows
        .into_iter()
        .filter(|r| r.kind == "international" || r.kind == "national")
        .map(NetworkSummary::from)
        .collect())
}
