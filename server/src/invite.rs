//! `invite`: an invitation from the command line, for the first coordinator
//! of a new platform (or anyone, by whoever runs the server).

use std::sync::Arc;

use app::i18n::catalog::Catalog;
use store::account::invitation::{self, Invite, Outgoing};
use store::vocabulary::Role;

use crate::config::InviteArgs;

pub async fn invite(db: store::Db, args: InviteArgs) -> Result<(), Box<dyn std::error::Error>> {
    let role =
        Role::parse(&args.role).ok_or("--role must be member, facilitator or coordinator")?;
    if !app::i18n::locales::is_supported(&args.locale) {
        return Err(format!(
            "--locale {} is not one of the interface's languages",
            args.locale
        )
        .into());
    }
    let organisation = store::organisation::by_slug(&db, &args.organisation)
        .await?
        .ok_or_else(|| format!("no organisation has the slug {}", args.organisation))?;
    let network_id = match &args.network {
        Some(slug) => Some(
            store::network::id_by_slug(&db, slug)
                .await?
                .ok_or_else(|| format!("no network has the slug {slug}"))?,
        ),
        None if role == Role::Facilitator => return Err("a facilitator needs --network".into()),
        None => None,
    };
    let outgoing = invitation::invite_by_operator(
        &db,
        Invite {
            email: args.email.clone(),
            organisation_id: organisation.organisation.id,
            network_id,
            role,
            locale: args.locale.clone(),
        },
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| format!("{e}"))?;
    let (catalog, _) = Catalog::load();
    let catalog = Arc::new(catalog);
    let mailer = crate::mail::from_args(&args.mail)?;
    let site = args.site_url.trim_end_matches('/');
    match outgoing {
        Outgoing::NewAccount {
            email,
            token,
            locale,
        } => {
            let link = format!("{site}/{locale}/account/invitation/{token}");
            let role_name = app::account::mail::role_name(&catalog, &locale, role);
            let mail = app::account::mail::compose(
                &catalog,
                &locale,
                app::account::mail::Kind::Invitation,
                &email,
                &link,
                &[
                    (
                        "inviter",
                        catalog.bundle(&locale).format("site-name", &[]).into(),
                    ),
                    ("role", role_name.into()),
                    (
                        "organisation",
                        organisation.organisation.name.clone().into(),
                    ),
                ],
            );
            mailer.send(mail).await?;
            println!("invitation: {link}");
        }
        Outgoing::Existing { email, .. } => {
            println!(
                "{email} already has an account; the role {} is granted",
                role.key()
            );
        }
    }
    Ok(())
}
