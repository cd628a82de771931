//! The loaders of the library's pages (read-only server functions).

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{AddForm, EditForm, LibraryFilter, LibraryList, ResourceView, ReviewQueue};
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
            Sighted::Found(resource) => {
                let own = viewer.as_ref().is_some_and(|a| a.member_id == resource.owner_id);
                let mut view = resource_view(resource, &locale, state.uploads);
                view.signed_in = viewer.is_some();
                view.own = own;
                view.used_in = used_in_view(
                    store::library::attach::used_in(&state.db, &sight, id).await?,
                );
                view.collections = store::library::collection::editable_by(&state.db, &sight).await?;
                Editable::Allowed(view)
            }
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

/// The form that changes a resource's description and one of its versions
/// (`version`; the shown one when `None`), for those who edit it.
#[server(endpoint = "library/edit-form", input = GetUrl)]
pub async fn load_edit_form(
    id: i32,
    version: Option<i32>,
    locale: String,
) -> Result<Editable<EditForm>, FormError> {
    use super::support::*;
    use store::library::read::Sighted;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let sight = sight_of(&state, Some(&viewer)).await?;
    let resource = match store::library::read::resource(&state.db, &sight, id).await? {
        Sighted::Found(r) if !r.versions.is_empty() => r,
        _ => return Ok(Editable::Missing),
    };
    if !resource.editable {
        return Ok(Editable::NotAllowed);
    }
    let chosen = version
        .and_then(|v| resource.versions.iter().find(|x| x.id == v))
        .or_else(|| resource.versions.iter().find(|x| x.lang == locale))
        .or_else(|| resource.versions.first())
        .cloned();
    let Some(chosen) = chosen else {
        return Ok(Editable::Missing);
    };
    Ok(Editable::Allowed(EditForm {
        version_id: chosen.id,
        version_lang: chosen.lang,
        title: chosen.title,
        summary: chosen.summary,
        link: chosen.link.unwrap_or_default(),
        countries: member_countries(&state).await?,
        resource: resource_view(resource, &locale, state.uploads),
    }))
}

/// What waits for the viewer's review, and their latest decisions.
#[server(endpoint = "library/review-queue", input = GetUrl)]
pub async fn load_review(locale: String) -> Result<Editable<ReviewQueue>, FormError> {
    use super::model::{DecisionView, WaitingView};
    use super::support::*;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let sight = sight_of(&state, Some(&viewer)).await?;
    if !sight.moderates_anything() {
        return Ok(Editable::NotAllowed);
    }
    let waiting = store::library::moderation::queue(&state.db, &sight, &locale)
        .await?
        .into_iter()
        .map(|w| WaitingView {
            resource_id: w.resource_id,
            title: w.title,
            lang: w.lang,
            status: w.status,
            hidden: w.hidden,
            reports: w
                .reports
                .into_iter()
                .map(|r| (r.member_name, r.reason, day(r.created_at).0))
                .collect(),
        })
        .collect();
    let decisions = store::library::moderation::decisions(&state.db, &sight, &locale, 50)
        .await?
        .into_iter()
        .map(|d| {
            let (at, at_iso) = day(d.created_at);
            DecisionView {
                resource_id: d.resource_id,
                title: d.title,
                lang: d.lang,
                action: d.action,
                reason: d.reason,
                moderator_name: d.moderator_name,
                at,
                at_iso,
            }
        })
        .collect();
    Ok(Editable::Allowed(ReviewQueue { waiting, decisions }))
}
