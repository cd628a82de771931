//! The authorisation matrix: every mutating call of the store × every kind of
//! caller. Exactly the allowed cells succeed; every other is refused as
//! forbidden and changes nothing.

mod common;

use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use store::account::invitation::{self, Acceptance, Invite, Outgoing};
use store::account::{join, Actor};
use store::entity::{audit_event, membership, network, ticket};
use store::refusal::Refusal;
use store::vocabulary::Role;
use store::{Db, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    Visitor,
    Member,
    OtherFacilitator,
    Facilitator,
    Coordinator,
}

const CALLERS: [Caller; 5] = [
    Caller::Visitor,
    Caller::Member,
    Caller::OtherFacilitator,
    Caller::Facilitator,
    Caller::Coordinator,
];

async fn first_member_organisation(db: &Db, network_id: i32) -> i32 {
    membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(network_id))
        .filter(membership::Column::OrganisationId.is_not_null())
        .order_by_asc(membership::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .organisation_id
        .unwrap()
}

async fn network_id(db: &Db, slug: &str) -> i32 {
    network::Entity::find()
        .filter(network::Column::Slug.eq(slug))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id
}

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
            locale: "en".into(),
        },
        now,
    )
    .await
    .unwrap() else {
        panic!("new address")
    };
    let acceptance = Acceptance {
        given_name: "A".into(),
        family_name: "B".into(),
        password: "Matrix cell 42".into(),
    };
    let id = invitation::accept(db, &token, acceptance, None, now)
        .await
        .unwrap();
    Actor::load(db, id).await.unwrap().unwrap()
}

async fn changes(db: &Db) -> (u64, u64) {
    (
        ticket::Entity::find().count(db).await.unwrap(),
        audit_event::Entity::find().count(db).await.unwrap(),
    )
}

#[tokio::test]
async fn exactly_the_allowed_cells_succeed() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;
        let db = &t.db;
        let fi = network_id(db, &store::seed::national_slug("FI")).await;
        let pt = network_id(db, &store::seed::national_slug("PT")).await;
        let fi_org = first_member_organisation(db, fi).await;
        let pt_org = first_member_organisation(db, pt).await;
        let member = account(db, "member@example.fi", fi_org, Role::Member, Some(fi)).await;
        let other = account(db, "other@example.pt", pt_org, Role::Facilitator, Some(pt)).await;
        let facilitator = account(db, "fac@example.fi", fi_org, Role::Facilitator, Some(fi)).await;
        let coordinator = account(db, "coord@example.eu", fi_org, Role::Coordinator, None).await;
        let actor = |c: Caller| match c {
            Caller::Visitor => None,
            Caller::Member => Some(&member),
            Caller::OtherFacilitator => Some(&other),
            Caller::Facilitator => Some(&facilitator),
            Caller::Coordinator => Some(&coordinator),
        };

        let mut n = 0;
        let mut cell =
            |call: &str, c: Caller, allowed: &[Caller], result: Result<(), StoreError>| {
                let ok = allowed.contains(&c);
                match (&result, ok) {
                    (Ok(()), true) => {}
                    (Err(StoreError::Refused(Refusal::Forbidden)), false) => {}
                    _ => panic!("{b}: {call} by {c:?}: expected allowed={ok}, got {result:?}"),
                }
                n += 1;
            };

        use Caller::*;
        for c in CALLERS {
            let before = changes(db).await;
            let invite = |role, network_id, k: &str| Invite {
                email: format!("{k}-{c:?}@example.fi"),
                organisation_id: fi_org,
                network_id,
                role,
                locale: "fi".into(),
            };
            let now = Utc::now();
            let r =
                invitation::invite(db, actor(c), invite(Role::Member, Some(fi), "m"), None, now)
                    .await
                    .map(|_| ());
            cell(
                "invite a member into the network",
                c,
                &[Facilitator, Coordinator],
                r,
            );
            let r = invitation::invite(db, actor(c), invite(Role::Member, None, "p"), None, now)
                .await
                .map(|_| ());
            cell("invite a member to the platform", c, &[Coordinator], r);
            let r = invitation::invite(
                db,
                actor(c),
                invite(Role::Facilitator, Some(fi), "f"),
                None,
                now,
            )
            .await
            .map(|_| ());
            cell("invite a facilitator", c, &[Facilitator, Coordinator], r);
            let r = invitation::invite(
                db,
                actor(c),
                invite(Role::Coordinator, None, "c"),
                None,
                now,
            )
            .await
            .map(|_| ());
            cell("invite a coordinator", c, &[Coordinator], r);

            let ask = join::Ask {
                network_id: fi,
                organisation_id: fi_org,
                given_name: "J".into(),
                family_name: "K".into(),
                email: format!("join-{c:?}@example.fi"),
                message: String::new(),
                locale: "fi".into(),
            };
            let r = join::ask(db, actor(c), ask, None, now).await;
            cell("ask to join", c, &CALLERS, r);
            let r = join::pending(db, actor(c), fi).await.map(|_| ());
            cell("see requests to join", c, &[Facilitator, Coordinator], r);
            let request = join::pending(db, Some(&coordinator), fi)
                .await
                .unwrap()
                .last()
                .unwrap()
                .request
                .id;
            let r = join::decide(db, actor(c), request, c == Facilitator, None, now)
                .await
                .map(|_| ());
            cell(
                "decide a request to join",
                c,
                &[Facilitator, Coordinator],
                r,
            );
            if !matches!(c, Facilitator | Coordinator) {
                // Only the request was added; every refused call changed nothing.
                let after = changes(db).await;
                assert_eq!(
                    after.0, before.0,
                    "{b}: no ticket from a refused call by {c:?}"
                );
                assert_eq!(
                    after.1,
                    before.1 + 1,
                    "{b}: one event (the request) for {c:?}"
                );
            }
        }
        assert_eq!(n, 7 * CALLERS.len(), "{b}");
        assert!(store::permission::allowed(
            Some(&coordinator),
            store::permission::Action::ReadAuditLog
        ));
        for c in [Visitor, Member, OtherFacilitator, Facilitator] {
            assert!(
                !store::permission::allowed(actor(c), store::permission::Action::ReadAuditLog),
                "{b}: {c:?}"
            );
        }
        t.finish().await;
    }
}

fn forbidden<T>(r: &Result<T, StoreError>) -> bool {
    matches!(r, Err(StoreError::Refused(Refusal::Forbidden)))
}

fn known() -> store::organisation::edit::Known {
    store::organisation::edit::Known {
        countries: vec!["FI".into(), "PT".into()],
        languages: vec!["fi".into(), "pt".into(), "en".into()],
    }
}

fn need() -> store::partnership::PartnershipFields {
    store::partnership::PartnershipFields {
        direction: "seek".into(),
        kind: "study-visit".into(),
        description: String::new(),
        description_lang: "pt".into(),
        topics: vec!["inclusion".into()],
        countries: vec![],
    }
}

#[tokio::test]
async fn directory_edits_follow_the_matrix() {
    use store::network::manage;
    use store::organisation::edit;
    use store::partnership;
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let b = t.backend;
        let db = &t.db;
        let fi = network_id(db, &store::seed::national_slug("FI")).await;
        let pt = network_id(db, &store::seed::national_slug("PT")).await;
        let fi_org = first_member_organisation(db, fi).await;
        let pt_org = first_member_organisation(db, pt).await;
        let member = account(db, "member@example.fi", fi_org, Role::Member, Some(fi)).await;
        // Works for the Portuguese organisation and facilitates its network.
        let other = account(db, "other@example.pt", pt_org, Role::Facilitator, Some(pt)).await;
        let facilitator = account(db, "fac@example.fi", fi_org, Role::Facilitator, Some(fi)).await;
        let coordinator = account(db, "coord@example.eu", fi_org, Role::Coordinator, None).await;
        let actor = |c: Caller| match c {
            Caller::Visitor => None,
            Caller::Member => Some(&member),
            Caller::OtherFacilitator => Some(&other),
            Caller::Facilitator => Some(&facilitator),
            Caller::Coordinator => Some(&coordinator),
        };
        let check = |call: &str, c: Caller, allowed: &[Caller], ok: bool, refused: bool| {
            let expected = allowed.contains(&c);
            assert!(
                (expected && ok) || (!expected && refused),
                "{b}: {call} by {c:?}: expected allowed={expected}"
            );
        };
        use Caller::*;
        for c in CALLERS {
            let mut fields = edit::fields_of(db, pt_org).await.unwrap().unwrap();
            let before = fields.clone();
            fields.city = format!("Cidade {c:?}");
            let r = edit::update(db, actor(c), pt_org, &fields, &known()).await;
            check(
                "edit an organisation",
                c,
                &[OtherFacilitator, Coordinator],
                r.is_ok(),
                forbidden(&r),
            );
            if r.is_err() {
                assert_eq!(
                    edit::fields_of(db, pt_org).await.unwrap().unwrap(),
                    before,
                    "{b}"
                );
            }

            let r = partnership::add(db, actor(c), pt_org, &need(), &known()).await;
            check(
                "state a need",
                c,
                &[OtherFacilitator, Coordinator],
                r.is_ok(),
                forbidden(&r),
            );
            let id = partnership::add(db, Some(&coordinator), pt_org, &need(), &known())
                .await
                .unwrap();
            let r = partnership::remove(db, actor(c), id).await;
            check(
                "withdraw a need",
                c,
                &[OtherFacilitator, Coordinator],
                r.is_ok(),
                forbidden(&r),
            );

            let r = manage::add_organisation(db, actor(c), fi, pt_org, "associate").await;
            check(
                "add an organisation to a network",
                c,
                &[Facilitator, Coordinator],
                r.is_ok(),
                forbidden(&r),
            );
            if r.is_err() {
                manage::add_organisation(db, Some(&coordinator), fi, pt_org, "associate")
                    .await
                    .unwrap();
            }
            let r = manage::set_level(db, actor(c), fi, pt_org, "core").await;
            check(
                "change a level",
                c,
                &[Facilitator, Coordinator],
                r.is_ok(),
                forbidden(&r),
            );
            let r = manage::remove_organisation(db, actor(c), fi, pt_org).await;
            check(
                "remove an organisation",
                c,
                &[Facilitator, Coordinator],
                r.is_ok(),
                forbidden(&r),
            );
            if r.is_err() {
                manage::remove_organisation(db, Some(&coordinator), fi, pt_org)
                    .await
                    .unwrap();
            }

            let network = manage::NetworkFields {
                name: format!("Thematic {c:?}"),
                kind: "thematic".into(),
                description: "Green skills".into(),
                description_lang: "en".into(),
                ..Default::default()
            };
            let r = manage::create(db, actor(c), &network, &known()).await;
            check(
                "create a network",
                c,
                &[Coordinator],
                r.is_ok(),
                forbidden(&r),
            );

            let file = "name,type,country,city,description,description_language\n\
                        Uusi,vet-school,FI,Oulu,Koulu,fi\n";
            let r =
                store::transfer::import::upload(db, actor(c), fi, "a.csv", file, &known()).await;
            check(
                "upload an import",
                c,
                &[Facilitator, Coordinator],
                r.is_ok(),
                forbidden(&r),
            );
        }
        t.finish().await;
    }
}
