//! The loaders of the library's pages (read-only server functions).

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{AddForm, LibraryFilter, LibraryList, ResourceView};
use crate::account::{Editable, FormError};

/// Resources per page of the list.
pub const RESOURCES_PER_PAGE: u32 = 20;

/// One page of the library, searched and filtered as the URL says.
#[server(endpoint = "library/resources", input = GetUrl)]
pub async fn list_resources(
    filter: LibraryFilter,
    locale: String,
) -> Result<LibraryList, FormError> {
    use super::support::*;
    let state = app_state()?;
    let viewer = actor();
    let sight = sight_of(&state, viewer.as_ref()).await?;
    let countries = member_countries(&state).await?;
    let query = library_query(&filter, &countries, &locale);
    let found = store::library::read::list(&state.db, &sight, &query).await?;
    let pages = (found.total.div_ceil(u64::from(RESOURCES_PER_PAGE)) as u32).max(1);
    Ok(LibraryList {
        total: found.total,
        page: query.page + 1,
        pages,
        cards: found.cards.into_iter().map(card_view).collect(),
        countries,
        signed_in: viewer.is_some(),
    })
}

/// A resource's page, its versions in the reader's language first.
#[server(endpoint = "library/resource", input = GetUrl)]
pub async fn load_resource(id: i32, locale: String) -> Result<Editable<ResourceView>, FormError> {
    use super::support::*;
    use store::library::read::Sighted;
    let state = app_state()?;
    let viewer = actor();
    let sight = sight_of(&state, viewer.as_ref()).await?;
    Ok(
        match store::library::read::resource(&state.db, &sight, id).await? {
            // Every resource is written with its first version.
            Sighted::Found(resource) if resource.versions.is_empty() => Editable::Missing,
            Sighted::Found(resource) => Editable::Allowed(resource_view(resource, &locale, state.uploads)),
            Sighted::SignInFirst => Editable::SignInFirst,
            Sighted::NotFound => Editable::Missing,
        },
    )
}

/// What the form for a new resource offers a member.
#[server(endpoint = "library/add-form", input = GetUrl)]
pub async fn load_add_form() -> Result<Editable<AddForm>, FormError> {
    use super::support::*;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let sight = sight_of(&state, Some(&viewer)).await?;
    let networks = if sight.networks.is_empty() && !sight.everything {
        Vec::new()
    } else {
        let ids = (!sight.everything).then_some(sight.networks.as_slice());
        store::network::names(&state.db, ids)
            .await?
            .into_iter()
            .map(|(id, _, name)| (id, name))
            .collect()
    };
    Ok(Editable::Allowed(AddForm {
        languages: crate::i18n::locales::codes()
            .into_iter()
            .map(str::to_owned)
            .collect(),
        countries: member_countries(&state).await?,
        networks,
        limits: state.uploads,
    }))
}
