//! Accounts on every backend: invitations, sign-in, sessions and their
//! timeouts, resets, e-mail changes, joining, profiles, deletion, the audit log.

mod common;

use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use store::account::invitation::{self, Acceptance, Invite, Outgoing};
use store::account::session::{self, Timeouts};
use store::account::{audit, join, profile, reset, sign_in, Actor};
use store::entity::{audit_event, member, membership, network};
use store::refusal::Refusal;
use store::vocabulary::{Role, Topic};
use store::{Db, StoreError};

const PASSWORD: &str = "Vet-Netz 2026!";

fn refused(result: Result<impl std::fmt::Debug, StoreError>) -> Refusal {
    match result {
        Err(StoreError::Refused(r)) => r,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A network with a member organisation, by id.
async fn network_and_organisation(db: &Db, slug: &str) -> (i32, i32) {
    let n = network::Entity::find()
        .filter(network::Column::Slug.eq(slug))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let m = membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(n.id))
        .filter(membership::Column::OrganisationId.is_not_null())
        .order_by_asc(membership::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    (n.id, m.organisation_id.unwrap())
}

/// A new account with a role, made through the operator's invitation.
async fn account(
    db: &Db,
    email: &str,
    organisation_id: i32,
    role: Role,
    network_id: Option<i32>,
) -> Actor {
    let now = Utc::now();
    let Outgoing::NewAccount { token, .. } = invitation::invite_by_operator(
        db,
        Invite {
            email: email.into(),
            organisation_id,
            network_id,
            role,
            locale: "sl".into(),
        },
        now,
    )
    .await
    .unwrap() else {
        panic!("a new address gets a link")
    };
    let id = invitation::accept(
        db,
        &token,
        Acceptance {
            given_name: "Ana".into(),
            family_name: "Novak".into(),
            password: PASSWORD.into(),
        },
        None,
        now,
    )
    .await
    .unwrap();
    Actor::load(db, id).await.unwrap().unwrap()
}

async fn events(db: &Db, kind: &str) -> u64 {
    audit_event::Entity::find()
        .filter(audit_event::Column::Kind.eq(kind))
        .count(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_invitation_makes_one_account_that_signs_in_and_out() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;
        let db = &t.db;
        let now = Utc::now();
        let (fi, organisation) =
            network_and_organisation(db, &store::seed::national_slug("FI")).await;
        let facilitator = account(
            db,
            "fac@example.fi",
            organisation,
            Role::Facilitator,
            Some(fi),
        )
        .await;
        assert_eq!(facilitator.facilitates, vec![fi], "{b}");
        assert_eq!(
            facilitator.locale, "sl",
            "{b}: the account takes the invitation's language"
        );

        let outgoing = invitation::invite(
            db,
            Some(&facilitator),
            Invite {
                email: " Mika@Example.FI ".into(),
                organisation_id: organisation,
                network_id: Some(fi),
                role: Role::Member,
                locale: "fi".into(),
            },
            None,
            now,
        )
        .await
        .unwrap();
        let Outgoing::NewAccount {
            token,
            email,
            locale,
        } = outgoing
        else {
            panic!("{b}: a new address gets a link");
        };
        assert_eq!(
            (email.as_str(), locale.as_str()),
            ("mika@example.fi", "fi"),
            "{b}"
        );
        let pending = invitation::pending(db, &token, now).await.unwrap();
        assert_eq!(pending.email, "mika@example.fi", "{b}");

        let weak = Acceptance {
            given_name: "Mika".into(),
            family_name: "Virtanen".into(),
            password: "password1".into(),
        };
        assert_eq!(
            refused(invitation::accept(db, &token, weak, None, now).await),
            Refusal::PasswordCommon,
            "{b}"
        );
        let good = Acceptance {
            given_name: "Mika".into(),
            family_name: "Virtanen".into(),
            password: PASSWORD.into(),
        };
        let id = invitation::accept(db, &token, good.clone(), None, now)
            .await
            .unwrap();
        assert_eq!(
            refused(invitation::accept(db, &token, good, None, now).await),
            Refusal::TicketInvalid,
            "{b}: a link makes at most one account"
        );

        let first = sign_in::sign_in(
            db,
            "MIKA@example.fi",
            PASSWORD,
            Some("127.0.0.1".into()),
            now,
        )
        .await
        .unwrap();
        assert_eq!(first.member_id, id, "{b}");
        let second = sign_in::sign_in(db, "mika@example.fi", PASSWORD, None, now)
            .await
            .unwrap();
        assert_ne!(
            first.token, second.token,
            "{b}: every sign-in gets a new session id"
        );
        let actor = session::resolve(db, &first.token, Timeouts::default(), now)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(actor.member_id, id, "{b}");
        assert!(actor.facilitates.is_empty() && !actor.coordinator, "{b}");

        assert_eq!(
            session::end(db, &first.token).await.unwrap(),
            Some(id),
            "{b}"
        );
        assert!(
            session::resolve(db, &first.token, Timeouts::default(), now)
                .await
                .unwrap()
                .is_none(),
            "{b}: signed out"
        );
        assert!(
            session::resolve(db, &second.token, Timeouts::default(), now)
                .await
                .unwrap()
                .is_some(),
            "{b}: the other session lives on"
        );
        assert!(events(db, "invitation-accepted").await >= 2, "{b}");
        assert_eq!(events(db, "sign-in").await, 2, "{b}");
        t.finish().await;
    }
}

#[tokio::test]
async fn sign_in_refuses_a_wrong_password_and_an_unknown_address_alike() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;
        let db = &t.db;
        let (fi, organisation) =
            network_and_organisation(db, &store::seed::national_slug("FI")).await;
        account(db, "ana@example.si", organisation, Role::Member, Some(fi)).await;
        let now = Utc::now();
        let wrong =
            refused(sign_in::sign_in(db, "ana@example.si", "not her password", None, now).await);
        let unknown = refused(sign_in::sign_in(db, "nobody@example.si", PASSWORD, None, now).await);
        let junk = refused(sign_in::sign_in(db, "not an address", PASSWORD, None, now).await);
        assert_eq!(
            (wrong, unknown, junk),
            (
                Refusal::WrongCredentials,
                Refusal::WrongCredentials,
                Refusal::WrongCredentials
            ),
            "{b}"
        );
        // A demo member has no password yet: signing in fails the same way.
        let demo = member::Entity::find()
            .filter(member::Column::PasswordHash.is_null())
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            refused(sign_in::sign_in(db, &demo.email, "", None, now).await),
            Refusal::WrongCredentials,
            "{b}"
        );
        assert_eq!(
            events(db, "sign-in-failed").await,
            4,
            "{b}: every failure is audited"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn sessions_end_after_the_idle_and_the_absolute_timeout() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;
        let db = &t.db;
        let (fi, organisation) =
            network_and_organisation(db, &store::seed::national_slug("FI")).await;
        let actor = account(db, "ana@example.si", organisation, Role::Member, Some(fi)).await;
        let timeouts = Timeouts {
            idle: Duration::minutes(30),
            absolute: Duration::hours(2),
        };
        let start = Utc::now();
        let idle = session::start(db, actor.member_id, start).await.unwrap();
        assert!(
            session::resolve(db, &idle, timeouts, start + Duration::minutes(29))
                .await
                .unwrap()
                .is_some(),
            "{b}"
        );
        assert!(
            session::resolve(db, &idle, timeouts, start + Duration::minutes(29 + 31))
                .await
                .unwrap()
                .is_none(),
            "{b}: idle too long"
        );
        assert!(
            session::resolve(db, &idle, timeouts, start)
                .await
                .unwrap()
                .is_none(),
            "{b}: and deleted"
        );

        let busy = session::start(db, actor.member_id, start).await.unwrap();
        let mut at = start;
        while at < start + Duration::minutes(100) {
            at += Duration::minutes(20);
            assert!(
                session::resolve(db, &busy, timeouts, at)
                    .await
                    .unwrap()
                    .is_some(),
                "{b}: active at {at}"
            );
        }
        assert!(
            session::resolve(db, &busy, timeouts, start + Duration::minutes(121))
                .await
                .unwrap()
                .is_none(),
            "{b}: absolute limit"
        );
        assert!(
            session::resolve(db, "forged-token", timeouts, start)
                .await
                .unwrap()
                .is_none(),
            "{b}"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_and_ends_every_session() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;
        let db = &t.db;
        let (fi, organisation) =
            network_and_organisation(db, &store::seed::national_slug("FI")).await;
        let actor = account(db, "ana@example.si", organisation, Role::Member, Some(fi)).await;
        let now = Utc::now();
        let session_token = session::start(db, actor.member_id, now).await.unwrap();
        assert_eq!(
            reset::request(db, "nobody@example.si", None, now)
                .await
                .unwrap(),
            None,
            "{b}"
        );
        let link = reset::request(db, "Ana@Example.si", None, now)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            link.locale, "sl",
            "{b}: the e-mail is in the member's language"
        );
        assert_eq!(
            refused(reset::complete(db, &link.token, "short".into(), None, now).await),
            Refusal::PasswordTooShort,
            "{b}"
        );
        let late = now + Duration::hours(2);
        assert_eq!(
            refused(reset::complete(db, &link.token, "Nova gesla 2027".into(), None, late).await),
            Refusal::TicketInvalid,
            "{b}: expired"
        );
        reset::complete(db, &link.token, "Nova gesla 2027".into(), None, now)
            .await
            .unwrap();
        assert_eq!(
            refused(reset::complete(db, &link.token, "Nova gesla 2028".into(), None, now).await),
            Refusal::TicketInvalid,
            "{b}: used"
        );
        assert!(
            session::resolve(db, &session_token, Timeouts::default(), now)
                .await
                .unwrap()
                .is_none(),
            "{b}: sessions ended"
        );
        assert!(
            sign_in::sign_in(db, "ana@example.si", "Nova gesla 2027", None, now)
                .await
                .is_ok(),
            "{b}"
        );
        assert_eq!(
            refused(sign_in::sign_in(db, "ana@example.si", PASSWORD, None, now).await),
            Refusal::WrongCredentials,
            "{b}"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn a_profile_is_edited_exported_moved_to_a_new_address_and_deleted() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;
        let db = &t.db;
        let (fi, organisation) =
            network_and_organisation(db, &store::seed::national_slug("FI")).await;
        let actor = account(db, "ana@example.si", organisation, Role::Member, Some(fi)).await;
        let id = actor.member_id;
        let now = Utc::now();
        profile::update(
            db,
            id,
            profile::ProfileUpdate {
                given_name: " Ana ".into(),
                family_name: "Novak Kranjc".into(),
                job_title: "Mentorica".into(),
                locale: "de".into(),
                languages: vec!["sl".into(), "de".into(), "sl".into()],
                expertise: vec!["inclusion".into(), "eu-funding".into()],
            },
        )
        .await
        .unwrap();
        let p = profile::load(db, id).await.unwrap().unwrap();
        assert_eq!(
            (p.given_name.as_str(), p.locale.as_str()),
            ("Ana", "de"),
            "{b}"
        );
        assert_eq!(p.languages, vec!["de", "sl"], "{b}");
        assert_eq!(p.expertise, vec![Topic::EuFunding, Topic::Inclusion], "{b}");
        assert!(!p.organisation_name.is_empty(), "{b}");
        assert_eq!(
            refused(
                profile::update(
                    db,
                    id,
                    profile::ProfileUpdate {
                        given_name: "  ".into(),
                        family_name: "N".into(),
                        job_title: String::new(),
                        locale: "de".into(),
                        languages: vec![],
                        expertise: vec![],
                    }
                )
                .await
            ),
            Refusal::NameMissing,
            "{b}"
        );
        assert_eq!(
            profile::load(db, id).await.unwrap().unwrap().given_name,
            "Ana",
            "{b}: nothing changed"
        );

        let token = session::start(db, id, now).await.unwrap();
        let other = session::start(db, id, now).await.unwrap();
        assert_eq!(
            refused(
                profile::change_password(
                    db,
                    id,
                    "wrong",
                    "Drugo geslo 9".into(),
                    Some(&token),
                    None
                )
                .await
            ),
            Refusal::CurrentPasswordWrong,
            "{b}"
        );
        profile::change_password(db, id, PASSWORD, "Drugo geslo 9".into(), Some(&token), None)
            .await
            .unwrap();
        assert!(
            session::resolve(db, &token, Timeouts::default(), now)
                .await
                .unwrap()
                .is_some(),
            "{b}: this session stays"
        );
        assert!(
            session::resolve(db, &other, Timeouts::default(), now)
                .await
                .unwrap()
                .is_none(),
            "{b}: the others end"
        );

        let confirmation =
            profile::request_email_change(db, id, "Drugo geslo 9", "ana.novak@example.si", now)
                .await
                .unwrap()
                .unwrap();
        profile::confirm_email_change(db, &confirmation.token, None, now)
            .await
            .unwrap();
        assert_eq!(
            profile::load(db, id).await.unwrap().unwrap().email,
            "ana.novak@example.si",
            "{b}"
        );
        let taken = member::Entity::find()
            .filter(member::Column::Id.ne(id))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            profile::request_email_change(db, id, "Drugo geslo 9", &taken.email, now)
                .await
                .unwrap(),
            None,
            "{b}: nothing sent to a taken address"
        );

        let export = serde_json::to_value(profile::export(db, id).await.unwrap().unwrap()).unwrap();
        assert_eq!(export["profile"]["email"], "ana.novak@example.si", "{b}");
        assert!(
            export["security_events"].as_array().unwrap().len() >= 2,
            "{b}"
        );

        assert_eq!(
            refused(profile::delete(db, id, "wrong", None).await),
            Refusal::CurrentPasswordWrong,
            "{b}"
        );
        profile::delete(db, id, "Drugo geslo 9", None)
            .await
            .unwrap();
        assert!(
            member::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .is_none(),
            "{b}"
        );
        assert!(
            session::resolve(db, &token, Timeouts::default(), now)
                .await
                .unwrap()
                .is_none(),
            "{b}"
        );
        assert_eq!(
            events(db, "account-deleted").await,
            1,
            "{b}: the log keeps the deletion"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn a_request_to_join_is_approved_into_an_invitation_or_declined_once() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;
        let db = &t.db;
        let now = Utc::now();
        let (fi, organisation) =
            network_and_organisation(db, &store::seed::national_slug("FI")).await;
        let (_, elsewhere) = network_and_organisation(db, &store::seed::national_slug("PT")).await;
        let facilitator = account(
            db,
            "fac@example.fi",
            organisation,
            Role::Facilitator,
            Some(fi),
        )
        .await;
        let ask = |organisation_id: i32, email: &str| join::Ask {
            network_id: fi,
            organisation_id,
            given_name: "Liisa".into(),
            family_name: "Korhonen".into(),
            email: email.into(),
            message: "Haluamme mukaan.".into(),
            locale: "fi".into(),
        };
        assert_eq!(
            refused(join::ask(db, None, ask(elsewhere, "liisa@example.fi"), None, now).await),
            Refusal::OrganisationNotInNetwork,
            "{b}"
        );
        assert_eq!(
            refused(join::ask(db, None, ask(organisation, "liisa"), None, now).await),
            Refusal::EmailInvalid,
            "{b}"
        );
        join::ask(db, None, ask(organisation, "liisa@example.fi"), None, now)
            .await
            .unwrap();
        join::ask(db, None, ask(organisation, "pekka@example.fi"), None, now)
            .await
            .unwrap();
        assert_eq!(
            refused(join::pending(db, None, fi).await),
            Refusal::Forbidden,
            "{b}"
        );
        let pending = join::pending(db, Some(&facilitator), fi).await.unwrap();
        assert_eq!(pending.len(), 2, "{b}");
        assert!(!pending[0].organisation.is_empty(), "{b}");

        let approved = join::decide(
            db,
            Some(&facilitator),
            pending[0].request.id,
            true,
            None,
            now,
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(
            (approved.email.as_str(), approved.locale.as_str()),
            ("liisa@example.fi", "fi"),
            "{b}"
        );
        assert_eq!(
            invitation::pending(db, &approved.token, now)
                .await
                .unwrap()
                .email,
            "liisa@example.fi",
            "{b}"
        );
        assert_eq!(
            join::decide(
                db,
                Some(&facilitator),
                pending[1].request.id,
                false,
                None,
                now
            )
            .await
            .unwrap(),
            None,
            "{b}"
        );
        assert_eq!(
            refused(
                join::decide(
                    db,
                    Some(&facilitator),
                    pending[1].request.id,
                    true,
                    None,
                    now
                )
                .await
            ),
            Refusal::AlreadyDecided,
            "{b}"
        );
        assert!(
            join::pending(db, Some(&facilitator), fi)
                .await
                .unwrap()
                .is_empty(),
            "{b}"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn the_audit_log_lists_events_newest_first() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let db = &t.db;
        let (fi, organisation) =
            network_and_organisation(db, &store::seed::national_slug("FI")).await;
        account(db, "ana@example.si", organisation, Role::Member, Some(fi)).await;
        let _ = sign_in::sign_in(
            db,
            "ana@example.si",
            "nope nope",
            Some("10.0.0.9".into()),
            Utc::now(),
        )
        .await;
        let events = audit::recent(db, 10, None).await.unwrap();
        assert_eq!(events[0].kind, "sign-in-failed", "{}", t.backend);
        assert_eq!(events[0].ip.as_deref(), Some("10.0.0.9"));
        assert_eq!(events[1].kind, "invitation-accepted");
        let older = audit::recent(db, 10, Some(events[0].id)).await.unwrap();
        assert_eq!(older[0].id, events[1].id);
        t.finish().await;
    }
}
