use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{OrganisationFilter, OrganisationList};

/// One page of organisations matching the filters. A filter value the
/// directory does not know is ignored, as is a page number past the end.
#[server(endpoint = "directory/organisations", input = GetUrl)]
pub async fn list_organisations(
    filter: OrganisationFilter,
) -> Result<OrganisationList, ServerFnError> {
    use super::model::{FilterOptions, OrganisationCard, MAX_QUERY_CHARS};
    use crate::i18n::locales::LOCALES;
    use crate::state::{app_state, internal};
    use store::search::{search_organisations, OrganisationQuery, Sort};
    use store::vocabulary::{ORGANISATION_TYPES, SECTORS, TOPICS};

    /// Organisations per page of the list.
    const ORGANISATIONS_PER_PAGE: u32 = 20;
    let state = app_state()?;
    let countries: Vec<String> = store::directory::countries(&state.db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|c| c.code)
        .collect();
    let known =
        |value: Option<String>, allowed: &[&str]| value.filter(|v| allowed.contains(&v.as_str()));
    let country_codes: Vec<&str> = countries.iter().map(String::as_str).collect();
    let languages: Vec<&str> = LOCALES.iter().map(|(code, _)| *code).collect();
    let page = filter.page.unwrap_or(1).max(1);
    let query = OrganisationQuery {
        text: filter
            .q
            .unwrap_or_default()
            .chars()
            .take(MAX_QUERY_CHARS)
            .collect(),
        country: known(filter.country, &country_codes),
        organisation_type: known(filter.organisation_type, &ORGANISATION_TYPES),
        sector: known(filter.sector, &SECTORS),
        topic: known(filter.topic, &TOPICS),
        language: known(filter.language, &languages),
        network: filter.network.filter(|n| {
            n.len() <= 100 && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        }),
        sort: filter
            .sort
            .as_deref()
            .and_then(Sort::from_key)
            .unwrap_or_default(),
        page: page - 1,
        per_page: ORGANISATIONS_PER_PAGE,
    };
    let found = search_organisations(&state.db, &query)
        .await
        .map_err(internal)?;
    let pages = found.total.div_ceil(ORGANISATIONS_PER_PAGE as u64).max(1) as u32;
    let to_strings = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
    Ok(OrganisationList {
        total: found.total,
        page,
        pages,
        organisations: found
            .organisations
            .into_iter()
            .map(OrganisationCard::from)
            .collect(),
        options: FilterOptions {
            organisation_types: to_strings(&ORGANISATION_TYPES),
            sectors: to_strings(&SECTORS),
            topics: to_strings(&TOPICS),
            languages: to_strings(&languages),
            sorts: Sort::ALL.iter().map(|s| s.key().to_owned()).collect(),
            countries,
        },
    })
}

/// The organisation with this slug; `None` when there is none.
#[server(endpoint = "directory/organisation", input = GetUrl)]
pub async fn organisation_view(
    slug: String,
) -> Result<Option<super::model::OrganisationView>, ServerFnError> {
    use super::model::{MemberLine, NetworkLink, OrganisationView};
    use crate::state::{app_state, internal};
    let state = app_state()?;
    if slug.len() > 200 {
        return Ok(None);
    }
    let Some(d) = store::organisation::by_slug(&state.db, &slug)
        .await
        .map_err(internal)?
    else {
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
                name: format!("{} {}", m.given_name, m.family_name),
                job_title: m.job_title,
                email: contacts_shown.then_some(m.email),
            })
            .collect(),
        contacts_shown,
    }))
}
