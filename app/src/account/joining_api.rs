//! Joining a network: asking, inviting, deciding requests. Server functions
//! of the forms on a network's page.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::NetworkAccess;
use super::FormError;

use super::api_support::*;

/// What the network page offers the viewer about joining and managing it;
/// `None` when there is no such network.
#[server(endpoint = "account/network-access", input = GetUrl)]
pub async fn load_network_access(slug: String) -> Result<Option<NetworkAccess>, FormError> {
    use store::permission::{allowed, Action};
    let state = app_state()?;
    let Some(network_id) = network_id(&state, &slug).await? else {
        return Ok(None);
    };
    let actor = actor();
    let manages = allowed(actor.as_ref(), Action::SeeJoinRequests { network_id });
    let pending = if manages {
        store::account::join::pending(&state.db, actor.as_ref(), network_id)
            .await?
            .into_iter()
            .map(|p| super::model::JoinRequestView {
                id: p.request.id,
                name: format!("{} {}", p.request.given_name, p.request.family_name),
                email: p.request.email,
                organisation: p.organisation,
                message: p.request.message,
                created_at: p.request.created_at.format("%Y-%m-%d %H:%M").to_string(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let organisations = store::account::join::organisations(&state.db, network_id).await?;
    Ok(Some(NetworkAccess {
        organisations,
        manages,
        coordinator: actor.as_ref().is_some_and(|a| a.coordinator),
        signed_in: actor.is_some(),
        pending,
    }))
}

#[server(endpoint = "account/join")]
pub async fn ask_to_join(
    locale: String,
    network: String,
    organisation: i32,
    given_name: String,
    family_name: String,
    email: String,
    message: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let ip = ip();
    throttle(
        &format!("join-ip:{}", ip.as_deref().unwrap_or("-")),
        super::throttle::JOIN_REQUESTS_PER_IP,
    )?;
    let network_id = network_id(&state, &network)
        .await?
        .ok_or_else(|| refused("error-forbidden"))?;
    let actor = actor();
    store::account::join::ask(
        &state.db,
        actor.as_ref(),
        store::account::join::Ask {
            network_id,
            organisation_id: organisation,
            given_name,
            family_name,
            email,
            message,
            locale: locale.clone(),
        },
        ip,
        Utc::now(),
    )
    .await?;
    go(format!(
        "/{locale}/directory/networks/{network}?done=join-sent#join"
    ));
    Ok(())
}

#[server(endpoint = "account/invite")]
pub async fn invite(
    locale: String,
    network: String,
    organisation: i32,
    email: String,
    role: String,
    invitation_locale: String,
) -> Result<(), FormError> {
    use store::account::invitation::{Invite, Outgoing};
    use store::vocabulary::Role;
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    throttle(
        &format!("invite:{}", actor.member_id),
        super::throttle::INVITATIONS_PER_MEMBER,
    )?;
    let network_id = network_id(&state, &network)
        .await?
        .ok_or_else(|| refused("error-forbidden"))?;
    let role = Role::parse(&role).ok_or_else(|| refused("error-forbidden"))?;
    let invitation_locale = locale_of(&invitation_locale);
    let outgoing = store::account::invitation::invite(
        &state.db,
        Some(&actor),
        Invite {
            email,
            organisation_id: organisation,
            network_id: (role != Role::Coordinator).then_some(network_id),
            role,
            locale: invitation_locale,
        },
        ip(),
        Utc::now(),
    )
    .await?;
    let inviter = format!("{} {}", actor.given_name, actor.family_name);
    let organisation_name =
        store::account::join::organisation_name(&state.db, organisation).await?;
    let shown = match outgoing {
        Outgoing::NewAccount {
            email,
            token,
            locale: to_locale,
        } => {
            send_invitation(
                &state,
                &email,
                &token,
                &to_locale,
                &inviter,
                role,
                &organisation_name,
            )
            .await;
            email
        }
        Outgoing::Existing {
            email,
            locale: to_locale,
        } => {
            let url = format!("{}/{}/account/sign-in", state.accounts.site_url, to_locale);
            let role_name = super::mail::role_name(&state.catalog, &to_locale, role);
            let mail = super::mail::compose(
                &state.catalog,
                &to_locale,
                super::mail::Kind::Role,
                &email,
                &url,
                &[
                    ("inviter", inviter.as_str().into()),
                    ("role", role_name.into()),
                ],
            );
            send(&state, mail).await;
            email
        }
    };
    go(format!(
        "/{locale}/directory/networks/{network}?done=invite-sent&email={}#manage",
        encode(&shown)
    ));
    Ok(())
}

#[server(endpoint = "account/decide")]
pub async fn decide_request(
    locale: String,
    network: String,
    request: i32,
    decision: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let approve = decision == "approve";
    let approved =
        store::account::join::decide(&state.db, Some(&actor), request, approve, ip(), Utc::now())
            .await?;
    let done = match approved {
        Some(a) => {
            let inviter = format!("{} {}", actor.given_name, actor.family_name);
            let organisation =
                store::account::join::request_organisation(&state.db, request).await?;
            send_invitation(
                &state,
                &a.email,
                &a.token,
                &a.locale,
                &inviter,
                store::vocabulary::Role::Member,
                &organisation,
            )
            .await;
            format!("request-approved&email={}", encode(&a.email))
        }
        None => "request-declined".to_owned(),
    };
    go(format!(
        "/{locale}/directory/networks/{network}?done={done}#manage"
    ));
    Ok(())
}
