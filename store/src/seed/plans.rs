//! The demo strategy of the international network and its action plan,
//! written through the same rules as a facilitator's changes (so every value
//! has its revision).

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::account::Actor;
use crate::entity::organisation;
use crate::plans::edit::{self, Change, NewActivity, NewStrategy};
use crate::plans::fields::{ActivityField, Field, IndicatorField, Owner, StrategyField};
use crate::plans::rounds;
use crate::vocabulary::ActivityStatus;
use crate::{Db, StoreError};

const ASPIRATIONS: [(&str, &str); 4] = [
    (
        "Every learner can learn abroad",
        "Mobility of apprentices and VET learners becomes a normal part of every programme, not a privilege of the few.",
    ),
    (
        "Teachers and trainers who keep learning",
        "Staff of member providers take part in peer learning, job shadowing and joint training every year.",
    ),
    (
        "Partnerships that outlast their projects",
        "Members build lasting partnerships with companies and with each other, beyond single funding periods.",
    ),
    (
        "A network that speaks with one voice",
        "The network represents VET providers in European and national policy.",
    ),
];

/// (title, aspirations by index, owner country, contributor countries, start, due, status, progress, indicators)
type DemoActivity = (
    &'static str,
    &'static [usize],
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static str,
    ActivityStatus,
    u8,
    &'static [(&'static str, u32, u32)],
);

const ACTIVITIES: &[DemoActivity] = &[
    (
        "Mobility coordinators' peer group",
        &[0],
        "DE",
        &["AT", "NL"],
        "2026-01-15",
        "2026-12-15",
        ActivityStatus::InProgress,
        60,
        &[("Members with a named mobility coordinator", 40, 26)],
    ),
    (
        "Shared placement register for apprentices",
        &[0, 2],
        "NL",
        &["BE", "DK"],
        "2026-03-01",
        "2027-02-28",
        ActivityStatus::InProgress,
        35,
        &[("Host companies listed", 300, 112)],
    ),
    (
        "Job shadowing exchange for trainers",
        &[1],
        "FI",
        &["EE", "SE"],
        "2026-02-01",
        "2026-10-31",
        ActivityStatus::Done,
        100,
        &[("Trainers who shadowed a peer", 60, 64)],
    ),
    (
        "Summer academy on work-based learning",
        &[1, 2],
        "IT",
        &["ES", "PT"],
        "2026-06-01",
        "2026-09-30",
        ActivityStatus::Planned,
        0,
        &[("Participants", 80, 0)],
    ),
    (
        "Company partnership charter",
        &[2],
        "AT",
        &["DE"],
        "2026-04-01",
        "2026-11-30",
        ActivityStatus::Blocked,
        20,
        &[],
    ),
    (
        "Position paper on the VET Recommendation",
        &[3],
        "BE",
        &["FR", "IE"],
        "2026-01-10",
        "2026-05-31",
        ActivityStatus::Done,
        100,
        &[("Networks endorsing the paper", 20, 23)],
    ),
    (
        "Annual members' conference",
        &[3, 1],
        "PL",
        &["CZ", "SK"],
        "2026-09-01",
        "2027-03-31",
        ActivityStatus::Planned,
        5,
        &[("Registered participants", 250, 14)],
    ),
    (
        "Erasmus+ accreditation coaching",
        &[0],
        "FR",
        &["LU"],
        "2026-02-15",
        "2026-08-31",
        ActivityStatus::Cancelled,
        10,
        &[],
    ),
];

/// The first organisation of a country.
async fn organisation_of(db: &Db, country: &str) -> Result<Option<i32>, StoreError> {
    Ok(organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Id)
        .filter(organisation::Column::CountryCode.eq(country))
        .order_by_asc(organisation::Column::Id)
        .into_tuple()
        .one(db)
        .await?)
}

async fn set(
    db: &Db,
    by: &Actor,
    field: impl Into<Field>,
    id: i32,
    base: &str,
    value: &str,
) -> Result<(), StoreError> {
    let change = Change::of(field, id, base, value);
    edit::change(db, by, &change).await.map(|_| ())
}

/// Adds the demo strategy to the international network, written by a
/// seeded member of Germany as its facilitator.
pub async fn seed_demo_strategy(db: &Db, network_id: i32) -> Result<(), StoreError> {
    let Some(mut by) = super::counselling::member_of(db, "DE").await? else {
        return Ok(());
    };
    by.facilitates.push(network_id);
    seed_strategy(db, &by, network_id).await.map(|_| ())
}

/// Adds the demo strategy to the network `network_id`, written by `by` (who facilitates it).
pub async fn seed_strategy(db: &Db, by: &Actor, network_id: i32) -> Result<i32, StoreError> {
    let strategy = edit::create_strategy(
        db,
        by,
        &NewStrategy {
            network_id,
            title: "EuroVET Strategy 2026–2030".into(),
            period: "2026-2030".into(),
        },
    )
    .await?;
    set(db, by, StrategyField::Vision, strategy, "",
        "By 2030, every VET learner in our member networks can learn part of their programme in another European country, taught by staff who learn from their peers across borders.").await?;
    set(db, by, StrategyField::Mission, strategy, "",
        "We connect the national and regional networks of VET providers: we share what works, build partnerships that last, and speak for VET providers in Europe.").await?;
    let mut aspirations = Vec::new();
    for (title, description) in ASPIRATIONS {
        aspirations.push(
            edit::add_aspiration(db, by, strategy, title, description)
                .await?
                .0,
        );
    }
    rounds::adopt(db, by, strategy).await?;
    for (title, serves, owner, contributors, start, due, status, progress, indicators) in ACTIVITIES
    {
        let serves: Vec<String> = serves.iter().map(|i| aspirations[*i].to_string()).collect();
        let new = NewActivity {
            title: (*title).to_owned(),
            aspirations: serves.join(","),
        };
        let (id, _) = edit::add_activity(db, by, strategy, &new).await?;
        if let Some(owner) = organisation_of(db, owner).await? {
            let owner = Owner::Organisation(owner).key();
            set(db, by, ActivityField::Owner, id, "", &owner).await?;
        }
        let mut ids = Vec::new();
        for country in *contributors {
            if let Some(organisation) = organisation_of(db, country).await? {
                ids.push(organisation.to_string());
            }
        }
        set(db, by, ActivityField::Contributors, id, "", &ids.join(",")).await?;
        set(db, by, ActivityField::StartOn, id, "", start).await?;
        set(db, by, ActivityField::DueOn, id, "", due).await?;
        let planned = ActivityStatus::Planned.key();
        set(db, by, ActivityField::Status, id, planned, status.key()).await?;
        let progress = progress.to_string();
        set(db, by, ActivityField::Progress, id, "0", &progress).await?;
        for (name, target, actual) in *indicators {
            let (indicator, _) = edit::add_indicator(db, by, id, name, &target.to_string()).await?;
            let actual = actual.to_string();
            set(db, by, IndicatorField::Actual, indicator, "0", &actual).await?;
        }
    }
    Ok(strategy)
}
