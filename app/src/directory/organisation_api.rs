use leptos::prelude::*;

use crate::account::FormError;
use leptos::server_fn::codec::GetUrl;

use super::model::{OrganisationFilter, OrganisationList};

/// Organisations per page of the list.
const ORGANISATIONS_PER_PAGE: u32 = 20;

/// The store's query for the filters of a URL. A filter value the directory
/// does not know is ignored, as is a page number past the end.
pub fn organisation_query(
    filter: OrganisationFilter,
    options: &super::model::FilterOptions,
) -> store::search::OrganisationQuery {
    use super::model::MAX_QUERY_CHARS;
    use store::search::{OrganisationQuery, Sort};
    use store::vocabulary::{OrganisationType, PartnershipKind, Sector, Topic};
    let known = |value: Option<String>, allowed: &[String]| value.filter(|v| allowed.contains(v));
    let page = filter.page.unwrap_or(1).max(1);
    OrganisationQuery {
        text: filter
            .q
            .unwrap_or_default()
            .chars()
            .take(MAX_QUERY_CHARS)
            .collect(),
        country: known(filter.country, &options.countries),
        organisation_type: filter
            .organisation_type
            .as_deref()
            .and_then(OrganisationType::parse),
        sector: filter.sector.as_deref().and_then(Sector::parse),
        topic: filter.topic.as_deref().and_then(Topic::parse),
        language: known(filter.language, &options.languages),
        network: filter.network.filter(|n| {
            n.len() <= 100 && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        }),
        offers: filter.offers.as_deref().and_then(PartnershipKind::parse),
        seeks: filter.seeks.as_deref().and_then(PartnershipKind::parse),
        sort: filter
            .sort
            .as_deref()
            .and_then(Sort::from_key)
            .unwrap_or_default(),
        page: page - 1,
        per_page: ORGANISATIONS_PER_PAGE,
    }
}

/// One page of organisations matching the filters.
#[server(endpoint = "directory/organisations", input = GetUrl)]
pub async fn list_organisations(filter: OrganisationFilter) -> Result<OrganisationList, FormError> {
    use super::model::{FilterOptions, OrganisationCard};
    use crate::state::app_state;
    use store::search::{list_everything, search_organisations};

    let state = app_state()?;
    let options = FilterOptions::load(&state).await?;
    let query = organisation_query(filter, &options);
    let page = query.page + 1;
    // The whole list's count is the directory's figure, kept a few seconds.
    let found = if query.lists_everything() {
        let totals = state
            .totals
            .get(|| store::directory::totals(&state.db))
            .await?;
        list_everything(&state.db, &query, totals.organisations).await?
    } else {
        search_organisations(&state.db, &query).await?
    };
    let pages = found.total.div_ceil(ORGANISATIONS_PER_PAGE as u64).max(1) as u32;
    Ok(OrganisationList {
        total: found.total,
        page,
        pages,
        organisations: found
            .organisations
            .into_iter()
            .map(OrganisationCard::from)
            .collect(),
    })
}

/// The values each filter of the organisation list offers.
#[server(endpoint = "directory/filter-options", input = GetUrl)]
pub async fn filter_options() -> Result<super::model::FilterOptions, FormError> {
    use crate::state::app_state;
    let state = app_state()?;
    super::model::FilterOptions::load(&state)
        .await
        .map_err(FormError::from)
}

/// The organisation with this slug; `None` when there is none.
#[server(endpoint = "directory/organisation", input = GetUrl)]
pub async fn organisation_view(
    slug: String,
) -> Result<Option<super::model::OrganisationView>, FormError> {
    use super::model::{MemberLine, NetworkLink, OrganisationView};
    use crate::state::app_state;
    let state = app_state()?;
    if slug.len() > 200 {
        return Ok(None);
    }
    let Some(d) = store::organisation::by_slug(&state.db, &slug).await? else {
        return Ok(None);
    };
    let o = d.organisation;
    let contacts_shown = store::permission::allowed(
        crate::account::session::actor().as_ref(),
        store::permission::Action::SeeContactDetails,
    );
    Ok(Some(OrganisationView {
        slug: o.slug,
        name: o.name,
        organisation_type: o.organisation_type,
        country_code: o.country_code,
        city: o.city,
        description: o.description,
        lang: o.description_lang,
        website: o.website,
        sectors: d.sectors,
        topics: d.topics,
        languages: d.languages,
        networks: d
            .networks
            .into_iter()
            .map(|n| NetworkLink {
                slug: n.slug,
                name: n.name,
                kind: n.kind,
                level: n.level,
                lang: n.lang,
            })
            .collect(),
        members: d
            .members
            .into_iter()
            .map(|m| MemberLine {
                id: m.id,
                name: format!("{} {}", m.given_name, m.family_name),
                job_title: m.job_title,
                email: contacts_shown.then_some(m.email),
            })
            .collect(),
        contacts_shown,
    }))
}
