//! The demo's events and working groups, dated from the day they are seeded:
//! the annual meeting in two months with its agenda, a monthly webinar
//! series (its last occurrence recorded, the next one moved by a day), a
//! peer-learning session three weeks ago with each group's answers, and two
//! working groups (one whose leadership has passed on). Written through the
//! same rules as the organisers' own changes.

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use super::counselling::member_of;
use super::INTERNATIONAL_SLUG;
use crate::entity::{event, network, organisation, resource};
use crate::events::register::register;
use crate::events::write::{
    add_material, add_question, add_session, create, edit, record_answer, set_recording, NewEvent,
    NewSession,
};
use crate::groups::write::{appoint, found, join, step_down, NewGroup};
use crate::{Db, StoreError};

const LANGUAGES: [&str; 4] = ["en", "de", "it", "fi"];

fn at(day: NaiveDate, time: &str) -> String {
    format!("{day}T{time}")
}

/// The first organisation of a country, to host an event there.
async fn host(db: &Db, country: &str) -> Result<Option<organisation::Model>, StoreError> {
    Ok(organisation::Entity::find()
        .filter(organisation::Column::CountryCode.eq(country))
        .order_by_asc(organisation::Column::Id)
        .one(db)
        .await?)
}

/// Adds the demo events and groups unless there are events already; returns how many events.
pub async fn seed_events(db: &Db) -> Result<u64, StoreError> {
    if event::Entity::find().count(db).await? > 0 {
        return Ok(0);
    }
    let Some(international) = network::Entity::find()
        .filter(network::Column::Slug.eq(INTERNATIONAL_SLUG))
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    let (Some(mut organiser), Some(italian), Some(finnish), Some(dutch)) = (
        member_of(db, "DE").await?,
        member_of(db, "IT").await?,
        member_of(db, "FI").await?,
        member_of(db, "NL").await?,
    ) else {
        return Ok(0);
    };
    organiser.facilitates.push(international.id);
    let today = Utc::now().date_naive();
    let mut ids = Vec::new();

    // The annual meeting, in Bologna, in about two months.
    let meeting_day = today + Duration::days(60);
    let rome_host = host(db, "IT").await?;
    let annual = create(
        db,
        &organiser,
        &NewEvent {
            kind: "annual-meeting".into(),
            title: "EuroVET Annual Meeting: Skills for the twin transition".into(),
            lang: "en".into(),
            languages: vec!["en".into(), "it".into()],
            description: "Our yearly gathering of the member networks: two days of peer learning, the **General Assembly** and the adoption of the next action plan.\n\nInterpretation English–Italian is provided in the plenary sessions.".into(),
            network_id: Some(international.id),
            host_organisation_id: rome_host.as_ref().map(|h| h.id),
            time_zone: "Europe/Rome".into(),
            starts: at(meeting_day, "09:00"),
            ends: at(meeting_day + Duration::days(1), "16:00"),
            online_url: "https://meet.eurovet.example/annual-meeting".into(),
            venue: "Palazzo Re Enzo".into(),
            address: "Piazza del Nettuno 1, 40124 Bologna".into(),
            visibility: "everyone".into(),
            admission: "open".into(),
            capacity: "120".into(),
            ..NewEvent::default()
        },
        &LANGUAGES,
    )
    .await?[0];
    ids.push(annual);
    let day_two = meeting_day + Duration::days(1);
    for (day, starts, ends, title, speakers) in [
        (
            meeting_day,
            "09:00",
            "09:45",
            "Opening and welcome",
            "The EuroVET board; the host school",
        ),
        (
            meeting_day,
            "10:00",
            "12:30",
            "Panel: green and digital skills in every programme",
            "Representatives of four member networks",
        ),
        (
            meeting_day,
            "14:00",
            "17:00",
            "Peer-learning workshops in parallel groups",
            "Workshop facilitators",
        ),
        (
            day_two,
            "09:30",
            "12:00",
            "General Assembly: accounts, elections, action plan 2027",
            "The EuroVET board",
        ),
        (
            day_two,
            "13:30",
            "16:00",
            "Study visit to a training centre's workshops",
            "The host school",
        ),
    ] {
        add_session(
            db,
            &organiser,
            annual,
            &NewSession {
                starts: at(day, starts),
                ends: at(day, ends),
                title: title.into(),
                speakers: speakers.into(),
            },
        )
        .await?;
    }
    for member in [&italian, &finnish, &dutch] {
        register(db, member, annual, "").await?;
    }

    // A monthly webinar series on EU funding, on the second Tuesday.
    let month_ago = today - Duration::days(31);
    let first =
        NaiveDate::from_weekday_of_month_opt(month_ago.year(), month_ago.month(), Weekday::Tue, 2)
            .unwrap_or(month_ago);
    let series = NewEvent {
        kind: "webinar".into(),
        title: "EU funding clinic: Erasmus+ in VET".into(),
        lang: "en".into(),
        languages: vec!["en".into()],
        description: "Each month one hour on an Erasmus+ action for VET providers: what it funds, how to apply, and questions from the floor.".into(),
        network_id: Some(international.id),
        time_zone: "Europe/Brussels".into(),
        starts: at(first, "15:00"),
        ends: at(first, "16:00"),
        online_url: "https://meet.eurovet.example/eu-funding-clinic".into(),
        visibility: "everyone".into(),
        admission: "open".into(),
        repeat: "monthly".into(),
        until: (first + Duration::days(190)).to_string(),
        ..NewEvent::default()
    };
    let occurrences = create(db, &organiser, &series, &LANGUAGES).await?;
    ids.extend(&occurrences);
    let resource = resource::Entity::find()
        .order_by_asc(resource::Column::Id)
        .one(db)
        .await?;
    for id in &occurrences {
        let Some(occurrence) = event::Entity::find_by_id(*id).one(db).await? else {
            continue;
        };
        if occurrence.ends_at < Utc::now() {
            set_recording(
                db,
                &organiser,
                *id,
                "https://video.eurovet.example/eu-funding-clinic-1",
            )
            .await?;
            add_material(
                db,
                &organiser,
                *id,
                "Slides: Erasmus+ accreditation for VET providers",
                "https://eurovet.example/slides/accreditation.pdf",
                None,
            )
            .await?;
        } else {
            // The next one moves to the Wednesday, the Tuesday being a holiday.
            let day = occurrence.starts_at.date_naive() + Duration::days(1);
            let mut moved = series.clone();
            moved.repeat = String::new();
            moved.starts = at(day, "15:00");
            moved.ends = at(day, "16:00");
            edit(db, &organiser, *id, &moved, &LANGUAGES).await?;
            register(db, &dutch, *id, "").await?;
            break;
        }
    }

    // A peer-learning session three weeks ago, with the groups' answers.
    let session_day = today - Duration::days(21);
    let helsinki = host(db, "FI").await?;
    let peer = create(
        db,
        &organiser,
        &NewEvent {
            kind: "peer-learning".into(),
            title: "Peer learning: keeping apprentices in small companies".into(),
            lang: "en".into(),
            languages: vec!["en".into(), "fi".into()],
            description: "Three providers presented how they support training companies with few staff; then groups worked on two questions.".into(),
            network_id: Some(international.id),
            host_organisation_id: helsinki.as_ref().map(|h| h.id),
            time_zone: "Europe/Helsinki".into(),
            starts: at(session_day, "10:00"),
            ends: at(session_day, "13:00"),
            online_url: "https://meet.eurovet.example/peer-learning".into(),
            visibility: "everyone".into(),
            admission: "open".into(),
            capacity: "40".into(),
            ..NewEvent::default()
        },
        &LANGUAGES,
    )
    .await?[0];
    ids.push(peer);
    let questions = [
        (
            "What makes a small company keep taking apprentices year after year?",
            [
                ("Group A", "A named contact at the school who answers within a day; short visits rather than long reports.", "Offer each company one contact person and a visit each term."),
                ("Group B", "Seeing the apprentice's progress: a shared log the tutor can read on a phone.", "Pilot a shared learning log with five companies."),
            ],
        ),
        (
            "How can networks help in-company trainers who train alone?",
            [
                ("Group A", "Regional circles of in-company trainers, meeting twice a year, hosted in turn.", "Map the trainers per region before the annual meeting."),
                ("Group B", "A short online course on feedback, recognised by the chambers.", "Ask the library's working group for existing material."),
            ],
        ),
    ];
    for (question, answers) in questions {
        let question_id = add_question(db, &organiser, peer, question).await?;
        for (group, answer, conclusions) in answers {
            record_answer(db, &organiser, question_id, group, answer, conclusions).await?;
        }
    }
    if let Some(resource) = &resource {
        add_material(
            db,
            &organiser,
            peer,
            "The guide the session started from",
            "",
            Some(resource.id),
        )
        .await?;
    }

    // Two working groups; the first has changed leader once.
    let green = found(
        db,
        &organiser,
        &NewGroup {
            title: "Green skills in VET".into(),
            network_id: Some(international.id),
            topic: "green-skills".into(),
            lang: "en".into(),
            purpose: "Share how providers bring the green transition into every programme, from construction to care.".into(),
            deliverables: "A collection of practices by sector; a webinar each quarter; a position paper for the annual meeting.".into(),
            starts_on: (today - Duration::days(200)).to_string(),
            ends_on: (today + Duration::days(530)).to_string(),
            admission: "open".into(),
            visibility: "public".into(),
        },
        &LANGUAGES,
    )
    .await?;
    let green = crate::entity::working_group::Entity::find()
        .filter(crate::entity::working_group::Column::Slug.eq(green))
        .one(db)
        .await?;
    if let Some(green) = green {
        join(db, &finnish, green.id).await?;
        join(db, &dutch, green.id).await?;
        appoint(db, &organiser, green.id, finnish.member_id).await?;
        step_down(db, &organiser, green.id, organiser.member_id).await?;
        let mut meeting = NewEvent {
            kind: "workshop".into(),
            title: "Green skills group: drafting the position paper".into(),
            lang: "en".into(),
            languages: vec!["en".into()],
            description: "The group's members draft the paper's three recommendations.".into(),
            group_id: Some(green.id),
            time_zone: "Europe/Helsinki".into(),
            starts: at(today + Duration::days(14), "14:00"),
            ends: at(today + Duration::days(14), "15:30"),
            online_url: "https://meet.eurovet.example/green-skills".into(),
            visibility: "network".into(),
            admission: "open".into(),
            ..NewEvent::default()
        };
        ids.extend(create(db, &finnish, &meeting, &LANGUAGES).await?);
        meeting.title = "Green skills webinar: retrofitting buildings".into();
        meeting.kind = "webinar".into();
        meeting.visibility = "everyone".into();
        meeting.starts = at(today + Duration::days(45), "11:00");
        meeting.ends = at(today + Duration::days(45), "12:00");
        ids.extend(create(db, &finnish, &meeting, &LANGUAGES).await?);
    }
    found(
        db,
        &organiser,
        &NewGroup {
            title: "Qualitätssicherung: Peer Review".into(),
            network_id: Some(international.id),
            topic: "quality-assurance".into(),
            lang: "de".into(),
            purpose: "Anbieter begutachten sich gegenseitig nach dem europäischen Peer-Review-Verfahren und lernen aus den Berichten.".into(),
            deliverables: "Zwei Peer Reviews pro Jahr; ein Leitfaden für neue Gutachterinnen und Gutachter.".into(),
            starts_on: (today - Duration::days(90)).to_string(),
            ends_on: String::new(),
            admission: "request".into(),
            visibility: "members".into(),
        },
        &LANGUAGES,
    )
    .await?;
    Ok(ids.len() as u64)
}
