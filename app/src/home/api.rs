use leptos::prelude::*;

use crate::account::FormError;
use leptos::server_fn::codec::GetUrl;

use super::Totals;

#[server(endpoint = "home/totals", input = GetUrl)]
pub async fn home_totals() -> Result<Totals, FormError> {
    use crate::state::app_state;
    let state = app_state()?;
    let t = state
        .totals
        .get(|| store::directory::totals(&state.db))
        .await?;
    Ok(Totals {
        networks: t.networks,
        organisations: t.organisations,
        countries: t.countries,
        members: t.members,
    })
}
