use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Each counselling topic with the number of organisations offering expertise in it, most first.
#[server(endpoint = "counselling/topics", input = GetUrl)]
pub async fn expertise_by_topic() -> Result<Vec<(String, i64)>, ServerFnError> {
    use crate::state::{app_state, internal};
    let state = app_state()?;
    store::directory::topic_counts(&state.db)
        .await
        .map_err(internal)
}
