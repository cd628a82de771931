//! The loaders of the working groups' pages (read-only server functions).

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{GroupList, GroupView, NewGroupForm};
use crate::account::{Editable, FormError};

/// The groups open to the reader, those at work first.
#[server(endpoint = "groups/list", input = GetUrl)]
pub async fn list_groups() -> Result<GroupList, FormError> {
    use crate::account::api_support::*;
    let state = app_state()?;
    let viewer = actor();
    let lines = store::groups::read::list(&state.db, viewer.as_ref())
        .await?
        .into_iter()
        .map(|g| super::model::GroupLine {
            slug: g.group.slug,
            title: g.group.title,
            lang: g.group.lang,
            topic: g.group.topic,
            members: g.members,
            archived: g.archived,
            starts_on: g.group.starts_on,
            ends_on: g.group.ends_on,
        })
        .collect();
    let founds = viewer
        .as_ref()
        .is_some_and(store::groups::founds_somewhere);
    Ok(GroupList { lines, founds })
}

/// A group's space, with its events to come.
#[server(endpoint = "groups/group", input = GetUrl)]
pub async fn load_group(slug: String) -> Result<Option<GroupView>, FormError> {
    use crate::account::api_support::*;
    use store::events::read::EventQuery;
    let state = app_state()?;
    let viewer = actor();
    let Some(page) = store::groups::read::group(&state.db, viewer.as_ref(), &slug).await? else {
        return Ok(None);
    };
    let g = page.group;
    let network = match g.network_id {
        Some(n) => store::network::names(&state.db, Some(&[n]))
            .await?
            .into_iter()
            .next()
            .map(|(_, slug, name)| (slug, name)),
        None => None,
    };
    let query = EventQuery {
        group_id: Some(g.id),
        per_page: 20,
        ..Default::default()
    };
    let reader = crate::events::reader_zone();
    let events = store::events::read::list(&state.db, viewer.as_ref(), &query)
        .await?
        .events
        .into_iter()
        .map(|e| crate::events::line(e, reader))
        .collect();
    let day = |at: chrono::DateTime<chrono::Utc>| at.format("%Y-%m-%d").to_string();
    let current: Vec<i32> = page
        .terms
        .iter()
        .filter(|t| t.until.is_none())
        .map(|t| t.member_id)
        .collect();
    Ok(Some(GroupView {
        id: g.id,
        slug: g.slug,
        title: g.title,
        lang: g.lang,
        topic: g.topic,
        purpose: g.purpose,
        deliverables: g.deliverables,
        starts_on: g.starts_on,
        ends_on: g.ends_on,
        admission: g.admission,
        visibility: g.visibility,
        archived: page.archived,
        network,
        terms: page
            .terms
            .into_iter()
            .map(|t| super::model::TermView {
                member_id: t.member_id,
                name: t.name,
                since: day(t.since),
                until: t.until.map(day),
            })
            .collect(),
        members: page
            .members
            .into_iter()
            .map(|m| super::model::MemberView {
                leader: current.contains(&m.member_id),
                member_id: m.member_id,
                name: m.name,
                organisation: m.organisation,
                standing: m.standing,
            })
            .collect(),
        standing: page.standing,
        leads: page.role.leads(),
        leader: page.role.leader,
        signed_in: viewer.is_some(),
        me: viewer.as_ref().map(|a| a.member_id),
        events,
    }))
}

/// What the form for a new group offers its founder.
#[server(endpoint = "groups/new-form", input = GetUrl)]
pub async fn load_new_group_form() -> Result<Editable<NewGroupForm>, FormError> {
    use crate::account::api_support::*;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    if !store::groups::founds_somewhere(&viewer) {
        return Ok(Editable::NotAllowed);
    }
    let ids = (!viewer.coordinator).then_some(viewer.facilitates.as_slice());
    let networks = store::network::names(&state.db, ids)
        .await?
        .into_iter()
        .map(|(id, _, name)| (id, name))
        .collect();
    Ok(Editable::Allowed(NewGroupForm {
        networks,
        platform: viewer.coordinator,
        languages: locales::codes().into_iter().map(str::to_owned).collect(),
        today: store::groups::today().format("%Y-%m-%d").to_string(),
    }))
}
