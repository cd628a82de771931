//! Server functions of the directory's editing: organisation records, offers
//! and needs, memberships and new networks, and the loaders of the pages that show them.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::edit_model::{
    DirectoryTools, Editable, MemberProfile, OrganisationExtras, OrganisationForm,
    PartnershipFilter, PartnershipList,
};
use crate::account::FormError;

use crate::account::api_support::*;

/// Partnerships per page of the partner search.
const PARTNERSHIPS_PER_PAGE: u32 = 20;
/// Suggestions shown at once.
const SUGGESTIONS: usize = 10;

async fn options(state: &AppState) -> Result<super::model::FilterOptions, FormError> {
    super::model::FilterOptions::load(state)
        .await
        .map_err(FormError::from)
}

/// Sends the browser back to the organisation's page, with a notice (and the
/// section to show) after `?done=`.
fn back_to_organisation(locale: &str, slug: &str, notice: &str) {
    go(format!(
        "/{locale}/directory/organisations/{}?done={notice}",
        encode(slug)
    ));
}

/// The id of the organisation with this slug, or the refusal a wrong one gets.
async fn organisation_id(state: &AppState, slug: &str) -> Result<i32, FormError> {
    if slug.len() > 200 {
        return Err(refused("error-forbidden"));
    }
    store::organisation::id_by_slug(&state.db, slug)
        .await?
        .ok_or_else(|| refused("error-forbidden"))
}

/// The organisation's record for its edit form, if the viewer may edit it.
#[server(endpoint = "directory/organisation/form", input = GetUrl)]
pub async fn load_organisation_form(slug: String) -> Result<Editable<OrganisationForm>, FormError> {
    use store::permission::{allowed, Action};
    let state = app_state()?;
    if slug.len() > 200 {
        return Ok(Editable::Missing);
    }
    let Some(id) = store::organisation::id_by_slug(&state.db, &slug).await? else {
        return Ok(Editable::Missing);
    };
    let Some(actor) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    if !allowed(
        Some(&actor),
        Action::EditOrganisation {
            organisation_id: id,
        },
    ) {
        return Ok(Editable::NotAllowed);
    }
    let Some(f) = store::organisation::edit::fields_of(&state.db, id).await? else {
        return Ok(Editable::Missing);
    };
    Ok(Editable::Allowed(OrganisationForm {
        slug,
        name: f.name,
        organisation_type: f.organisation_type,
        country_code: f.country_code,
        city: f.city,
        description: f.description,
        description_lang: f.description_lang,
        website: f.website,
        sectors: f.sectors,
        topics: f.topics,
        languages: f.languages,
        options: options(&state).await?,
    }))
}

/// Offers, needs, suggestions and the viewer's tools for an organisation's page.
#[server(endpoint = "directory/organisation/extras", input = GetUrl)]
pub async fn load_organisation_extras(
    slug: String,
) -> Result<Option<OrganisationExtras>, FormError> {
    use super::edit_model::ManagedMembership;
    use store::permission::{allowed, Action};
    let state = app_state()?;
    if slug.len() > 200 {
        return Ok(None);
    }
    let Some(id) = store::organisation::id_by_slug(&state.db, &slug).await? else {
        return Ok(None);
    };
    let actor = actor();
    let partnerships = store::partnership::of_organisation(&state.db, id)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    let suggestions = store::partnership::suggestions(&state.db, id, SUGGESTIONS)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    let managed = match &actor {
        Some(a) if a.coordinator || !a.facilitates.is_empty() => {
            let ids = (!a.coordinator).then_some(a.facilitates.as_slice());
            let levels = store::organisation::networks_of(&state.db, id).await?;
            store::network::names(&state.db, ids)
                .await?
                .into_iter()
                .map(|(_, slug, name)| ManagedMembership {
                    level: levels
                        .iter()
                        .find(|n| n.slug == slug)
                        .map(|n| n.level),
                    network_slug: slug,
                    network_name: name,
                })
                .collect()
        }
        _ => Vec::new(),
    };
    Ok(Some(OrganisationExtras {
        partnerships,
        suggestions,
        can_edit: allowed(
            actor.as_ref(),
            Action::EditOrganisation {
                organisation_id: id,
            },
        ),
        managed,
        options: options(&state).await?,
    }))
}

/// A page of open offers and needs, newest first; a filter value the
/// directory does not know is ignored.
#[server(endpoint = "directory/partnerships", input = GetUrl)]
pub async fn list_partnerships(filter: PartnershipFilter) -> Result<PartnershipList, FormError> {
    use store::partnership::{search, suggestions, PartnershipQuery};
    let state = app_state()?;
    let options = options(&state).await?;
    let known = |value: Option<String>, allowed: &[String]| value.filter(|v| allowed.contains(v));
    let page = filter.page.unwrap_or(1).max(1);
    let query = PartnershipQuery {
        direction: filter
            .direction
            .as_deref()
            .and_then(store::vocabulary::PartnershipDirection::parse),
        kind: filter
            .kind
            .as_deref()
            .and_then(store::vocabulary::PartnershipKind::parse),
        topic: filter
            .topic
            .as_deref()
            .and_then(store::vocabulary::Topic::parse),
        country: known(filter.country, &options.countries),
        page: page - 1,
        per_page: PARTNERSHIPS_PER_PAGE,
    };
    let found = search(&state.db, &query).await?;
    let suggestions = match actor() {
        Some(a) => suggestions(&state.db, a.organisation_id, SUGGESTIONS)
            .await?
            .into_iter()
            .map(Into::into)
            .collect(),
        None => Vec::new(),
    };
    Ok(PartnershipList {
        total: found.total,
        page,
        pages: found.total.div_ceil(PARTNERSHIPS_PER_PAGE as u64).max(1) as u32,
        partnerships: found.partnerships.into_iter().map(Into::into).collect(),
        suggestions,
        options,
    })
}

/// A member's public profile; the e-mail address only for signed-in viewers.
#[server(endpoint = "directory/member", input = GetUrl)]
pub async fn load_member(id: i32) -> Result<Option<MemberProfile>, FormError> {
    use store::permission::{allowed, Action};
    let state = app_state()?;
    let Some(p) = store::account::profile::load(&state.db, id).await? else {
        return Ok(None);
    };
    let contacts = allowed(actor().as_ref(), Action::SeeContactDetails);
    Ok(Some(MemberProfile {
        name: format!("{} {}", p.given_name, p.family_name),
        job_title: p.job_title,
        organisation_slug: p.organisation_slug,
        organisation_name: p.organisation_name,
        organisation_country: p.organisation_country,
        organisation_lang: p.organisation_lang,
        coordinator: p.coordinator,
        facilitates: p.facilitates,
        languages: p.languages,
        expertise: p.expertise,
        email: contacts.then_some(p.email),
    }))
}

/// The columns an import file names: required, then optional.
fn import_columns() -> (Vec<String>, Vec<String>) {
    use store::organisation::edit::Field;
    let keys = |optional: bool| {
        Field::ALL
            .iter()
            .filter(|f| f.optional() == optional)
            .map(|f| f.key().to_owned())
            .collect::<Vec<_>>()
    };
    let mut optional = keys(true);
    optional.push(store::transfer::LEVEL_COLUMN.to_owned());
    (keys(false), optional)
}

/// What the directory page offers the viewer: creating networks, importing.
#[server(endpoint = "directory/tools", input = GetUrl)]
pub async fn load_directory_tools() -> Result<DirectoryTools, FormError> {
    let state = app_state()?;
    let Some(a) = actor() else {
        return Ok(DirectoryTools::default());
    };
    if !a.coordinator && a.facilitates.is_empty() {
        return Ok(DirectoryTools::default());
    }
    let ids = (!a.coordinator).then_some(a.facilitates.as_slice());
    let pairs = |list: Vec<(i32, String, String)>| {
        list.into_iter()
            .map(|(_, slug, name)| (slug, name))
            .collect::<Vec<_>>()
    };
    let managed = pairs(store::network::names(&state.db, ids).await?);
    Ok(DirectoryTools {
        coordinator: a.coordinator,
        managed,
        options: options(&state).await?,
        import_columns: import_columns(),
    })
}

#[server(endpoint = "directory/organisation/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_organisation(
    locale: String,
    slug: String,
    name: String,
    organisation_type: String,
    country_code: String,
    city: String,
    description: String,
    description_lang: String,
    website: String,
    sectors: Vec<String>,
    topics: Vec<String>,
    languages: Vec<String>,
) -> Result<(), FormError> {
    use store::organisation::edit::{update, OrganisationFields};
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let id = organisation_id(&state, &slug).await?;
    let fields = OrganisationFields {
        name,
        organisation_type,
        country_code,
        city,
        description,
        description_lang,
        website,
        sectors,
        topics,
        languages,
    };
    let known = options(&state).await?.known();
    update(&state.db, Some(&actor), id, &fields, &known).await?;
    back_to_organisation(&locale, &slug, "organisation-saved");
    Ok(())
}

#[server(endpoint = "directory/partnership/add")]
#[allow(clippy::too_many_arguments)]
pub async fn add_partnership(
    locale: String,
    slug: String,
    direction: String,
    kind: String,
    description: String,
    description_lang: String,
    topics: Vec<String>,
    countries: Vec<String>,
) -> Result<(), FormError> {
    use store::partnership::{add, PartnershipFields};
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let id = organisation_id(&state, &slug).await?;
    let fields = PartnershipFields {
        direction,
        kind,
        description,
        description_lang,
        topics,
        countries,
    };
    let known = options(&state).await?.known();
    add(&state.db, Some(&actor), id, &fields, &known).await?;
    back_to_organisation(&locale, &slug, "partnership-added#partnerships");
    Ok(())
}

#[server(endpoint = "directory/partnership/remove")]
pub async fn remove_partnership(locale: String, slug: String, id: i32) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::partnership::remove(&state.db, Some(&actor), id).await?;
    back_to_organisation(&locale, &slug, "partnership-removed#partnerships");
    Ok(())
}

/// The organisation and network a membership form names.
async fn membership_target(
    state: &AppState,
    slug: &str,
    network: &str,
) -> Result<(i32, i32), FormError> {
    let organisation = organisation_id(state, slug).await?;
    let network = network_id(state, network)
        .await?
        .ok_or_else(|| refused("error-forbidden"))?;
    Ok((organisation, network))
}

#[server(endpoint = "directory/membership/add")]
pub async fn add_membership(
    locale: String,
    slug: String,
    network: String,
    level: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let (organisation, network) = membership_target(&state, &slug, &network).await?;
    store::network::manage::add_organisation(
        &state.db,
        Some(&actor),
        network,
        organisation,
        &level,
    )
    .await?;
    back_to_organisation(&locale, &slug, "membership-saved#memberships");
    Ok(())
}

#[server(endpoint = "directory/membership/level")]
pub async fn set_level(
    locale: String,
    slug: String,
    network: String,
    level: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let (organisation, network) = membership_target(&state, &slug, &network).await?;
    store::network::manage::set_level(&state.db, Some(&actor), network, organisation, &level)
        .await?;
    back_to_organisation(&locale, &slug, "membership-saved#memberships");
    Ok(())
}

#[server(endpoint = "directory/membership/remove")]
pub async fn remove_membership(
    locale: String,
    slug: String,
    network: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let (organisation, network) = membership_target(&state, &slug, &network).await?;
    store::network::manage::remove_organisation(&state.db, Some(&actor), network, organisation)
        .await?;
    back_to_organisation(&locale, &slug, "membership-removed#memberships");
    Ok(())
}

#[server(endpoint = "directory/network/create")]
#[allow(clippy::too_many_arguments)]
pub async fn create_network(
    locale: String,
    name: String,
    kind: String,
    country_code: String,
    city: String,
    description: String,
    description_lang: String,
    parent: String,
) -> Result<(), FormError> {
    use store::network::manage::{create, NetworkFields};
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let fields = NetworkFields {
        name,
        kind,
        country_code,
        city,
        description,
        description_lang,
        parent,
    };
    let known = options(&state).await?.known();
    let slug = create(&state.db, Some(&actor), &fields, &known).await?;
    go(format!(
        "/{locale}/directory/networks/{slug}?done=network-created"
    ));
    Ok(())
}
