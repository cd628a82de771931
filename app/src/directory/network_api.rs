use leptos::prelude::*;

use crate::account::FormError;
use leptos::server_fn::codec::GetUrl;

use super::model::NetworkDetail;

/// The network with this slug and everything its page shows; `None` when
/// there is no such network.
#[server(endpoint = "directory/network", input = GetUrl)]
pub async fn network_view(slug: String) -> Result<Option<NetworkDetail>, FormError> {
    use super::model::{LevelView, NetworkSummary, OrganisationCard};
    use crate::state::app_state;

    let state = app_state()?;
    if slug.len() > 200 {
        return Ok(None);
    }
    let Some(d) = store::network::by_slug(&state.db, &slug).await? else {
        return Ok(None);
    };
    let organisations = d.organisations() as i64;
    let n = d.network;
    let query = store::events::read::EventQuery {
        network_id: Some(n.id),
        per_page: 5,
        ..Default::default()
    };
    let reader = crate::events::reader_zone();
    let events = store::events::read::list(&state.db, crate::account::session::actor().as_ref(), &query)
        .await?
        .events
        .into_iter()
        .map(|e| crate::events::line(e, reader))
        .collect();
    Ok(Some(NetworkDetail {
        network: NetworkSummary {
            slug: n.slug,
            name: n.name,
            kind: n.kind,
            country_code: n.country_code,
            city: n.city,
            lang: n.description_lang,
            organisations,
        },
        description: n.description,
        parent: d.parent.map(NetworkSummary::from),
        member_networks: d
            .member_networks
            .into_iter()
            .map(NetworkSummary::from)
            .collect(),
        levels: d
            .levels
            .into_iter()
            .map(|l| LevelView {
                level: l.level,
                total: l.total,
                organisations: l
                    .organisations
                    .into_iter()
                    .map(OrganisationCard::from)
                    .collect(),
            })
            .collect(),
        members: d.members,
        facilitators: d.facilitators,
        events,
    }))
}
