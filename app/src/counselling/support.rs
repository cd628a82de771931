//! What the counselling server functions share (server only).

use store::account::Actor;
use store::counselling::Sight;

use super::model::{NetworkChoice, ThreadItem};
use crate::account::api_support::AppState;
use crate::account::FormError;

pub async fn sight_of(state: &AppState, actor: Option<&Actor>) -> Result<Sight, FormError> {
    Sight::of(&state.db, actor).await.map_err(FormError::from)
}

/// The networks whose threads the viewer reads, by name.
pub async fn networks_in_sight(
    state: &AppState,
    sight: &Sight,
) -> Result<Vec<NetworkChoice>, FormError> {
    if sight.networks.is_empty() && !sight.everything {
        return Ok(Vec::new());
    }
    let ids = (!sight.everything).then_some(sight.networks.as_slice());
    Ok(store::network::names(&state.db, ids)
        .await?
        .into_iter()
        .map(|(_, slug, name)| NetworkChoice { slug, name })
        .collect())
}

/// The languages a post may be written in: those of the interface.
pub fn languages() -> Vec<String> {
    crate::i18n::locales::LOCALES
        .iter()
        .map(|(code, _)| code.to_string())
        .collect()
}

pub fn language_codes() -> Vec<&'static str> {
    crate::i18n::locales::LOCALES
        .iter()
        .map(|(code, _)| *code)
        .collect()
}

pub fn thread_item(t: store::counselling::list::ThreadSummary) -> ThreadItem {
    ThreadItem {
        id: t.id,
        title: t.title,
        topic: t.topic,
        lang: t.lang,
        network_name: t.network_name,
        asker_name: t.asker_name,
        reply_count: t.reply_count,
        last_activity: t.last_activity_at.format("%Y-%m-%d %H:%M").to_string(),
        last_activity_iso: t
            .last_activity_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        solved: t.solved,
        unread: t.unread,
        hidden: t.hidden,
    }
}
