use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::Totals;

#[server(endpoint = "home/totals", input = GetUrl)]
pub async fn home_totals() -> Result<Totals, ServerFnError> {
    use crate::state::{app_state, internal};
    let state = app_state()?;
    let t = store::directory::totals(&state.db)
        .await
        .map_err(internal)?;
    Ok(Totals {
        networks: t.networks,
        organisations: t.organisations,
        countries: t.countries,
        members: t.members,
    })
}
