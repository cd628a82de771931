//! The directory's closed lists as column types: every value is stored and
//! read back as itself, and a key outside the list is refused by the type and
//! by the database's CHECK, on every backend.

mod common;

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set, Statement};
use store::entity::{country, membership, network, organisation};
use store::refusal::Refusal;
use store::vocabulary::{MembershipLevel, NetworkKind, OrganisationType};

fn network(n: usize, kind: NetworkKind) -> network::ActiveModel {
    network::ActiveModel {
        slug: Set(format!("network-{n}")),
        name: Set(format!("Network {n}")),
        kind: Set(kind),
        description: Set(String::new()),
        description_lang: Set("en".into()),
        created_at: Set(chrono::Utc::now()),
        library_review: Set(false),
        ..Default::default()
    }
}

fn organisation(n: usize, organisation_type: OrganisationType) -> organisation::ActiveModel {
    organisation::ActiveModel {
        slug: Set(format!("organisation-{n}")),
        name: Set(format!("Organisation {n}")),
        organisation_type: Set(organisation_type),
        country_code: Set("AT".into()),
        city: Set("Wien".into()),
        description: Set("A school".into()),
        description_lang: Set("de".into()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
}

#[tokio::test]
async fn every_value_round_trips_and_others_are_refused() {
    for t in common::backends().await {
        let (db, b) = (&t.db, t.backend);
        country::ActiveModel {
            code: Set("AT".into()),
            endonym: Set("Österreich".into()),
            locale: Set("de".into()),
            locales: Set("de".into()),
        }
        .insert(db)
        .await
        .unwrap();
        for (n, kind) in NetworkKind::ALL.into_iter().enumerate() {
            let id = network(n, kind).insert(db).await.unwrap().id;
            let read = network::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(read.kind, kind, "{b}");
        }
        let network_id = network(99, NetworkKind::Thematic)
            .insert(db)
            .await
            .unwrap()
            .id;
        for (n, kind) in OrganisationType::ALL.into_iter().enumerate() {
            let id = organisation(n, kind).insert(db).await.unwrap().id;
            let read = organisation::Entity::find_by_id(id)
                .one(db)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(read.organisation_type, kind, "{b}");
            let level = MembershipLevel::ALL[n % MembershipLevel::ALL.len()];
            let m = membership::ActiveModel {
                network_id: Set(network_id),
                organisation_id: Set(Some(id)),
                level: Set(level),
                created_at: Set(chrono::Utc::now()),
                ..Default::default()
            }
            .insert(db)
            .await
            .unwrap();
            let read = membership::Entity::find_by_id(m.id)
                .one(db)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(read.level, level, "{b}");
        }

        assert_eq!(
            "galactic".parse::<NetworkKind>(),
            Err(Refusal::ChoiceUnknown)
        );
        assert_eq!(
            "school".parse::<OrganisationType>(),
            Err(Refusal::ChoiceUnknown)
        );
        assert_eq!(
            "gold".parse::<MembershipLevel>(),
            Err(Refusal::ChoiceUnknown)
        );
        for sql in [
            "UPDATE network SET kind = 'galactic'",
            "UPDATE organisation SET organisation_type = 'school'",
            "UPDATE membership SET level = 'gold'",
        ] {
            let refused = db
                .execute_raw(Statement::from_string(db.get_database_backend(), sql))
                .await;
            assert!(refused.is_err(), "{b}: the CHECK refuses `{sql}`");
        }
        t.finish().await;
    }
}
