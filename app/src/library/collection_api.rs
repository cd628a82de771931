//! Collections (toolboxes): their loaders, and the plain forms that start
//! one, put a resource in it and move, annotate or remove its items.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{CollectionForm, CollectionList, CollectionView};
use crate::account::{Editable, FormError};

/// Every collection, the most recently changed first.
#[server(endpoint = "library/collections", input = GetUrl)]
pub async fn load_collections() -> Result<CollectionList, FormError> {
    use super::model::CollectionLine;
    use super::support::*;
    let state = app_state()?;
    let sight = sight_of(&state, actor().as_ref()).await?;
    let collections = store::library::collection::collections(&state.db, None)
        .await?
        .into_iter()
        .map(|c| {
            let (updated, updated_iso) = day(c.updated_at);
            CollectionLine {
                id: c.id,
                title: c.title,
                lang: c.lang,
                topic: c.topic,
                network_name: c.network_name,
                items: c.items,
                updated,
                updated_iso,
            }
        })
        .collect();
    Ok(CollectionList {
        collections,
        may_create: sight.member_id.is_some() && sight.moderates_anything(),
    })
}

/// A collection with the resources of it the viewer may read, titled in their language.
#[server(endpoint = "library/collection", input = GetUrl)]
pub async fn load_collection(id: i32, locale: String) -> Result<Option<CollectionView>, FormError> {
    use super::model::ItemView;
    use super::support::*;
    let state = app_state()?;
    let sight = sight_of(&state, actor().as_ref()).await?;
    let Some(c) = store::library::collection::collection(&state.db, &sight, id, &locale).await?
    else {
        return Ok(None);
    };
    let (updated, updated_iso) = day(c.updated_at);
    Ok(Some(CollectionView {
        id: c.id,
        title: c.title,
        description_html: c.description_html,
        lang: c.lang,
        topic: c.topic,
        network: c.network,
        curator_name: c.curator_name,
        updated,
        updated_iso,
        items: c
            .items
            .into_iter()
            .map(|i| ItemView {
                id: i.id,
                resource_id: i.resource_id,
                note: i.note,
                kind: i.kind,
                title: i.title,
                lang: i.lang,
            })
            .collect(),
        unseen: c.unseen,
        editable: c.editable,
    }))
}

/// What the form for a new collection offers the viewer.
#[server(endpoint = "library/collection-form", input = GetUrl)]
pub async fn load_collection_form() -> Result<Editable<CollectionForm>, FormError> {
    use super::support::*;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let sight = sight_of(&state, Some(&viewer)).await?;
    if !sight.moderates_anything() {
        return Ok(Editable::NotAllowed);
    }
    let ids = (!sight.everything).then_some(sight.facilitates.as_slice());
    let networks = store::network::names(&state.db, ids)
        .await?
        .into_iter()
        .map(|(id, _, name)| (id, name))
        .collect();
    Ok(Editable::Allowed(CollectionForm {
        networks,
        languages: crate::i18n::locales::codes()
            .into_iter()
            .map(str::to_owned)
            .collect(),
    }))
}

server_only! {
    use crate::account::api_support::*;

    /// A number from a form's field: empty for none; anything else refused.
    fn optional_id(raw: &str) -> Result<Option<i32>, FormError> {
        match raw.trim() {
            "" => Ok(None),
            text => text
                .parse()
                .map(Some)
                .map_err(|_| refused("error-choice-unknown")),
        }
    }
}

/// A facilitator starts a collection; its page opens.
#[server(endpoint = "library/collections/create")]
pub async fn create_collection(
    locale: String,
    title: String,
    description: String,
    lang: String,
    network: String,
    topic: String,
) -> Result<(), FormError> {
    use store::library::collection::{create, NewCollection};
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let new = NewCollection {
        title,
        description,
        lang,
        network_id: optional_id(&network)?,
        topic,
    };
    let id = create(&state.db, &actor, &new, &locales::codes()).await?;
    go(format!(
        "{}?done=collection-created",
        super::paths::collection(&locale, id)
    ));
    Ok(())
}

/// Puts a resource into a collection with its note; back to the resource.
#[server(endpoint = "library/collections/add")]
pub async fn add_to_collection(
    locale: String,
    collection: i32,
    resource: i32,
    note: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::library::collection::add_item(&state.db, &actor, collection, resource, &note).await?;
    go(format!(
        "{}?done=collection-item-added",
        super::paths::resource(&locale, resource)
    ));
    Ok(())
}

/// `change`: `up`, `down`, `note` (with `note`) or `remove`.
#[server(endpoint = "library/collections/item")]
pub async fn change_item(
    locale: String,
    item: i32,
    change: String,
    note: Option<String>,
) -> Result<(), FormError> {
    use store::library::collection::ItemChange;
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let change = match change.as_str() {
        "up" => ItemChange::Up,
        "down" => ItemChange::Down,
        "note" => ItemChange::Note(note.unwrap_or_default()),
        "remove" => ItemChange::Remove,
        _ => return Err(refused("error-choice-unknown")),
    };
    let id = store::library::collection::change_item(&state.db, &actor, item, &change).await?;
    go(format!(
        "{}?done=collection-saved#item-{item}",
        super::paths::collection(&locale, id)
    ));
    Ok(())
}
