//! Events and working groups on every backend: places under concurrent
//! registrations, the waiting list, series with occurrences changed alone,
//! calendars and their secret addresses, groups' rights and archive, and
//! bad input refused with nothing changed.

mod common;

use chrono::{Duration, Utc};
use common::{member_in, network_id, refused};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
use store::account::Actor;
use store::entity::{event, member, working_group};
use store::events::calendar::{
    event_file, is_current, network_feed, new_address, personal_feed, revoke, series_file,
};
use store::events::read::{self, EventQuery};
use store::events::register::{
    decide, invite_by_email, participants, participants_csv, register, withdraw,
};
use store::events::write::{add_session, cancel, create, edit, NewEvent, NewSession};
use store::groups::write::{appoint, found, join, leave, step_down, NewGroup};
use store::refusal::Refusal;
use store::seed::national_slug;
use store::vocabulary::{Attendance, GroupStanding};
use store::Db;

const LANGUAGES: [&str; 4] = ["en", "de", "fr", "it"];
const SITE: &str = "https://vet.example.org";

/// A wall time `days` from now at `hour`:00, as a form sends it.
fn wall(days: i64, hour: u32) -> String {
    let day = (Utc::now() + Duration::days(days)).date_naive();
    format!("{}T{hour:02}:00", day.format("%Y-%m-%d"))
}

fn webinar(network_id: i32, capacity: &str) -> NewEvent {
    NewEvent {
        kind: "webinar".into(),
        title: "Work-based learning in small companies".into(),
        lang: "en".into(),
        languages: vec!["en".into()],
        description: "How *small* companies host apprentices.".into(),
        network_id: Some(network_id),
        time_zone: "Europe/Brussels".into(),
        starts: wall(30, 10),
        ends: wall(30, 12),
        online_url: "https://meet.example.org/wbl".into(),
        visibility: "everyone".into(),
        admission: "open".into(),
        capacity: capacity.into(),
        ..NewEvent::default()
    }
}

/// Someone who organises the network's events: one of its members, as its facilitator.
async fn organiser(db: &Db, network_id: i32) -> Actor {
    let mut actor = member_in(db, network_id, 0).await;
    actor.facilitates.push(network_id);
    actor
}

/// `n` new members of the organisation of `like`.
async fn members(db: &Db, like: &Actor, n: usize) -> Vec<Actor> {
    let mut all = Vec::new();
    for i in 0..n {
        let id = member::ActiveModel {
            organisation_id: Set(like.organisation_id),
            given_name: Set(format!("Participant{i}")),
            family_name: Set("Test".into()),
            email: Set(format!("participant{i}.{}@example.org", like.member_id)),
            job_title: Set("Trainer".into()),
            locale: Set("en".into()),
            created_at: Set(Utc::now()),
            password_hash: Set(None),
            coordinator: Set(false),
            digest: Set(store::vocabulary::DigestFrequency::Never),
            digest_sent_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap()
        .id;
        all.push(Actor::load(db, id).await.unwrap().unwrap());
    }
    all
}

async fn one(db: &Db, id: i32) -> event::Model {
    event::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn fifty_registrations_at_once_for_the_last_ten_places_overbook_nothing() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let network = network_id(db, &national_slug("DE")).await;
        let by = organiser(db, network).await;
        let id = create(db, &by, &webinar(network, "20"), &LANGUAGES)
            .await
            .unwrap()[0];
        let people = members(db, &by, 60).await;
        for p in &people[..10] {
            assert_eq!(
                register(db, p, id, "").await.unwrap(),
                Attendance::Registered
            );
        }
        // Five instances, ten members each, all starting together.
        let mut instances = Vec::new();
        for _ in 0..5 {
            instances.push(store::connect(&t.url).await.unwrap());
        }
        let start = std::sync::Arc::new(tokio::sync::Barrier::new(50));
        let mut tasks = Vec::new();
        for (i, p) in people[10..].iter().cloned().enumerate() {
            let db = instances[i % 5].clone();
            let start = start.clone();
            tasks.push(tokio::spawn(async move {
                start.wait().await;
                register(&db, &p, id, "").await
            }));
        }
        let mut outcomes = Vec::new();
        for task in tasks {
            outcomes.push(task.await.unwrap().unwrap());
        }
        let placed = |a: Attendance| outcomes.iter().filter(|o| **o == a).count();
        assert_eq!(placed(Attendance::Registered), 10, "{}", t.backend);
        assert_eq!(placed(Attendance::Waiting), 40, "{}", t.backend);
        let list = participants(db, &by, id).await.unwrap();
        let registered = list
            .iter()
            .filter(|p| p.attendance == Attendance::Registered)
            .count();
        assert_eq!((registered, list.len()), (20, 60), "{}", t.backend);
        // A freed place goes to the one who has waited longest.
        let first_waiting = list
            .iter()
            .find(|p| p.attendance == Attendance::Waiting)
            .unwrap()
            .member_id;
        let promoted = withdraw(db, &people[0], id).await.unwrap();
        assert_eq!(promoted, vec![first_waiting], "{}", t.backend);
        assert_eq!(
            refused(withdraw(db, &people[0], id).await),
            Refusal::NotRegistered
        );
        // A larger capacity gives places to the next five.
        let mut more = webinar(network, "25");
        more.title = "Work-based learning in small companies (more places)".into();
        assert_eq!(edit(db, &by, id, &more, &LANGUAGES).await.unwrap().len(), 5);
        let page = read::event(db, Some(&people[1]), id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((page.registered, page.waiting), (25, 34), "{}", t.backend);
        assert_eq!(page.event.sequence, 1, "a change raises the sequence");
        t.finish().await;
    }
}

#[tokio::test]
async fn requests_invitations_and_the_meeting_link() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let network = network_id(db, &national_slug("DE")).await;
        let by = organiser(db, network).await;
        let people = members(db, &by, 3).await;
        let mut asked = webinar(network, "1");
        asked.admission = "request".into();
        let id = create(db, &by, &asked, &LANGUAGES).await.unwrap()[0];
        assert_eq!(
            register(db, &people[0], id, "Step-free access, please")
                .await
                .unwrap(),
            Attendance::Requested
        );
        let page = read::event(db, Some(&people[0]), id)
            .await
            .unwrap()
            .unwrap();
        assert!(
            page.online && page.online_url.is_none(),
            "no place, no link"
        );
        assert!(page.event.online_url.is_none(), "nor in the page's data");
        assert_eq!(
            refused(decide(db, &people[1], id, people[0].member_id, true).await),
            Refusal::Forbidden
        );
        assert_eq!(
            decide(db, &by, id, people[0].member_id, true)
                .await
                .unwrap(),
            Attendance::Registered
        );
        assert_eq!(
            refused(decide(db, &by, id, people[0].member_id, true).await),
            Refusal::AlreadyDecided
        );
        let page = read::event(db, Some(&people[0]), id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            page.online_url.as_deref(),
            Some("https://meet.example.org/wbl")
        );
        let list = participants(db, &by, id).await.unwrap();
        assert_eq!(list[0].access_needs, "Step-free access, please");
        assert_eq!(
            refused(participants(db, &people[0], id).await),
            Refusal::Forbidden,
            "access needs are for the organisers"
        );
        let csv = participants_csv(db, &by, id).await.unwrap();
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some("name,organisation,country,attendance,access_needs,since")
        );
        let row = lines.next().unwrap();
        assert!(
            row.contains(",registered,\"Step-free access, please\","),
            "{row}"
        );
        assert_eq!(
            refused(participants_csv(db, &people[0], id).await),
            Refusal::Forbidden
        );
        // By invitation only: refused unless invited; the invited take a place.
        let mut closed = webinar(network, "");
        closed.admission = "invitation".into();
        let closed = create(db, &by, &closed, &LANGUAGES).await.unwrap()[0];
        assert_eq!(
            refused(register(db, &people[1], closed, "").await),
            Refusal::InvitationOnly
        );
        assert_eq!(
            refused(invite_by_email(db, &by, closed, "nobody@example.org").await),
            Refusal::MemberUnknown
        );
        let email = member::Entity::find_by_id(people[1].member_id)
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .email;
        assert_eq!(
            refused(invite_by_email(db, &people[2], closed, &email).await),
            Refusal::Forbidden,
            "only the organisers invite"
        );
        assert_eq!(
            invite_by_email(db, &by, closed, &format!("  {}  ", email.to_uppercase()))
                .await
                .unwrap(),
            people[1].member_id
        );
        assert_eq!(
            register(db, &people[1], closed, "").await.unwrap(),
            Attendance::Registered
        );
        assert_eq!(
            refused(register(db, &people[1], closed, "").await),
            Refusal::AlreadyRegistered
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn bad_times_places_and_registrations_are_refused_and_change_nothing() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let network = network_id(db, &national_slug("DE")).await;
        let by = organiser(db, network).await;
        let count = || async { event::Entity::find().all(db).await.unwrap().len() };
        let before = count().await;
        type Case = (Box<dyn Fn(&mut NewEvent)>, Refusal);
        let cases: Vec<Case> = vec![
            (Box::new(|e| e.ends = wall(29, 9)), Refusal::DatesReversed),
            (
                Box::new(|e| e.time_zone = "Europe/Atlantis".into()),
                Refusal::TimeZoneUnknown,
            ),
            (
                Box::new(|e| {
                    e.starts = "2027-03-28T02:30".into();
                    e.ends = "2027-03-28T04:00".into();
                }),
                Refusal::WallTimeSkipped,
            ),
            (
                Box::new(|e| {
                    e.starts = "2027-10-31T02:30".into();
                    e.ends = "2027-10-31T04:00".into();
                }),
                Refusal::WallTimeRepeated,
            ),
            (
                Box::new(|e| e.capacity = "0".into()),
                Refusal::CapacityInvalid,
            ),
            (
                Box::new(|e| e.capacity = "-4".into()),
                Refusal::CapacityInvalid,
            ),
            (
                Box::new(|e| e.online_url = String::new()),
                Refusal::PlaceMissing,
            ),
            (
                Box::new(|e| e.kind = "party".into()),
                Refusal::ChoiceUnknown,
            ),
            (
                Box::new(|e| {
                    e.repeat = "weekly".into();
                    e.until = "2035-01-01".into();
                }),
                Refusal::SeriesTooLong,
            ),
        ];
        for (change, refusal) in cases {
            let mut new = webinar(network, "10");
            change(&mut new);
            assert_eq!(
                refused(create(db, &by, &new, &LANGUAGES).await),
                refusal,
                "{}",
                t.backend
            );
        }
        let stranger = member_in(db, network, 1).await;
        assert_eq!(
            refused(create(db, &stranger, &webinar(network, "10"), &LANGUAGES).await),
            Refusal::Forbidden
        );
        assert_eq!(count().await, before, "nothing was added");
        // A past and a cancelled event take no registration.
        let mut past = webinar(network, "");
        past.starts = wall(-3, 10);
        past.ends = wall(-3, 12);
        let past = create(db, &by, &past, &LANGUAGES).await.unwrap()[0];
        assert_eq!(
            refused(register(db, &stranger, past, "").await),
            Refusal::EventPast
        );
        let soon = create(db, &by, &webinar(network, ""), &LANGUAGES)
            .await
            .unwrap()[0];
        cancel(db, &by, soon).await.unwrap();
        assert_eq!(
            refused(register(db, &stranger, soon, "").await),
            Refusal::EventCancelled
        );
        assert_eq!(
            refused(cancel(db, &by, soon).await),
            Refusal::EventCancelled
        );
        assert_eq!(one(db, soon).await.sequence, 1);
        assert!(participants(db, &by, past).await.unwrap().is_empty());
        // The past one is in the repository of past events, not among those to come.
        let past_list = read::list(
            db,
            None,
            &EventQuery {
                past: true,
                per_page: 20,
                ..EventQuery::default()
            },
        )
        .await
        .unwrap();
        assert!(past_list.events.iter().any(|e| e.id == past));
        t.finish().await;
    }
}

#[tokio::test]
async fn a_series_keeps_its_occurrences_changed_or_cancelled_alone() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let network = network_id(db, &national_slug("DE")).await;
        let by = organiser(db, network).await;
        let mut monthly = webinar(network, "");
        monthly.title = "Monthly EU funding clinic".into();
        monthly.starts = "2030-01-08T15:00".into();
        monthly.ends = "2030-01-08T16:00".into();
        monthly.repeat = "monthly".into();
        monthly.until = "2030-06-30".into();
        let ids = create(db, &by, &monthly, &LANGUAGES).await.unwrap();
        assert_eq!(ids.len(), 6, "the second Tuesday, January to June");
        let march = one(db, ids[2]).await;
        assert_eq!(
            march.starts_at.to_rfc3339(),
            "2030-03-12T14:00:00+00:00",
            "15:00 in Brussels, winter time"
        );
        let april = one(db, ids[3]).await;
        assert_eq!(
            april.starts_at.to_rfc3339(),
            "2030-04-09T13:00:00+00:00",
            "15:00 in Brussels, summer time"
        );
        // March moves a day later; May is cancelled.
        let mut moved = monthly.clone();
        moved.repeat = String::new();
        moved.starts = "2030-03-13T15:00".into();
        moved.ends = "2030-03-13T16:00".into();
        edit(db, &by, ids[2], &moved, &LANGUAGES).await.unwrap();
        cancel(db, &by, ids[4]).await.unwrap();
        let series = march.series_id.unwrap();
        let file = series_file(db, None, series, SITE).await.unwrap().unwrap();
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 2, "{file}");
        assert!(
            file.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL="),
            "{file}"
        );
        assert!(
            file.contains("EXDATE;TZID=Europe/Brussels:20300514T150000"),
            "{file}"
        );
        assert!(
            file.contains("RECURRENCE-ID;TZID=Europe/Brussels:20300312T150000"),
            "{file}"
        );
        assert!(
            file.contains("DTSTART;TZID=Europe/Brussels:20300313T150000"),
            "{file}"
        );
        assert!(file.contains("SEQUENCE:2"), "two changes: {file}");
        // The others are untouched.
        assert_eq!(one(db, ids[1]).await.sequence, 0);
        let single = event_file(db, None, ids[4], SITE).await.unwrap().unwrap();
        assert!(single.contains("STATUS:CANCELLED"), "{single}");
        t.finish().await;
    }
}

#[tokio::test]
async fn calendars_open_to_each_reader_and_addresses_that_can_be_revoked() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let network = network_id(db, &national_slug("DE")).await;
        let by = organiser(db, network).await;
        let member = member_in(db, network, 1).await;
        let open = create(db, &by, &webinar(network, ""), &LANGUAGES)
            .await
            .unwrap()[0];
        let mut internal = webinar(network, "");
        internal.title = "Members' strategy workshop".into();
        internal.kind = "workshop".into();
        internal.visibility = "network".into();
        internal.online_url = String::new();
        internal.venue = "Maison de l'Europe".into();
        internal.address = "Rue Example 1, Brussels".into();
        let internal = create(db, &by, &internal, &LANGUAGES).await.unwrap()[0];
        register(db, &member, open, "").await.unwrap();
        // The network's public feed holds the open event only.
        let public = network_feed(db, &national_slug("DE"), SITE)
            .await
            .unwrap()
            .unwrap();
        assert!(public.contains(&one(db, open).await.uid), "{public}");
        assert!(!public.contains("strategy workshop"), "{public}");
        assert!(
            !public.contains("meet.example.org"),
            "no link in a public feed"
        );
        assert!(
            !public.contains("mailto:"),
            "no one's address in a calendar"
        );
        assert!(event_file(db, None, internal, SITE)
            .await
            .unwrap()
            .is_none());
        // The personal feed: the registration with its link, and the network's own event.
        let token = new_address(db, &member).await.unwrap();
        let mine = personal_feed(db, &token, SITE).await.unwrap().unwrap();
        assert!(mine.contains("meet.example.org/wbl"), "{mine}");
        assert!(mine.contains("Members' strategy workshop"), "{mine}");
        assert!(mine.contains("LOCATION:Maison de l'Europe\\, Rue Example 1\\, Brussels"));
        let email = member::Entity::find_by_id(member.member_id)
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .email;
        assert!(!mine.contains(&email), "no one's address in a calendar");
        assert!(is_current(db, &member, &token).await.unwrap());
        assert!(
            !is_current(db, &by, &token).await.unwrap(),
            "an address is shown to its member alone"
        );
        // A new address replaces the old; a revoked one is refused.
        let newer = new_address(db, &member).await.unwrap();
        assert!(!is_current(db, &member, &token).await.unwrap());
        assert_eq!(
            refused(personal_feed(db, &token, SITE).await),
            Refusal::CalendarAddressRevoked
        );
        assert!(personal_feed(db, &newer, SITE).await.unwrap().is_some());
        revoke(db, &member).await.unwrap();
        assert_eq!(
            refused(personal_feed(db, &newer, SITE).await),
            Refusal::CalendarAddressRevoked
        );
        assert!(personal_feed(db, &"x".repeat(43), SITE)
            .await
            .unwrap()
            .is_none());
        // The agenda's sessions lie within the event.
        let session = |starts: String, ends: String| NewSession {
            starts,
            ends,
            title: "Opening".into(),
            speakers: "The board".into(),
        };
        add_session(db, &by, open, &session(wall(30, 10), wall(30, 11)))
            .await
            .unwrap();
        assert_eq!(
            refused(add_session(db, &by, open, &session(wall(30, 11), wall(30, 13))).await),
            Refusal::DatesReversed
        );
        t.finish().await;
    }
}

fn charter(network_id: i32, admission: &str) -> NewGroup {
    NewGroup {
        title: "Green skills in VET".into(),
        network_id: Some(network_id),
        topic: "green-skills".into(),
        lang: "en".into(),
        purpose: "Share how providers teach green skills.".into(),
        deliverables: "A collection of practices; a webinar series.".into(),
        starts_on: "2026-01-01".into(),
        ends_on: String::new(),
        admission: admission.into(),
        visibility: "public".into(),
    }
}

#[tokio::test]
async fn working_groups_join_lead_and_archive() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let network = network_id(db, &national_slug("DE")).await;
        let by = organiser(db, network).await;
        let people = members(db, &by, 3).await;
        assert_eq!(
            refused(found(db, &people[0], &charter(network, "open"), &LANGUAGES).await),
            Refusal::Forbidden
        );
        let slug = found(db, &by, &charter(network, "request"), &LANGUAGES)
            .await
            .unwrap();
        assert_eq!(slug, "green-skills-in-vet");
        let again = found(db, &by, &charter(network, "open"), &LANGUAGES)
            .await
            .unwrap();
        assert_eq!(again, "green-skills-in-vet-2", "addresses stay unique");
        let page = store::groups::read::group(db, None, &slug)
            .await
            .unwrap()
            .unwrap();
        let group = page.group.id;
        assert_eq!(page.terms.len(), 1);
        // By request: the leaders decide; a member cannot.
        assert_eq!(
            join(db, &people[0], group).await.unwrap(),
            GroupStanding::Requested
        );
        assert_eq!(
            refused(
                store::groups::write::decide(db, &people[1], group, people[0].member_id, true)
                    .await
            ),
            Refusal::Forbidden
        );
        store::groups::write::decide(db, &by, group, people[0].member_id, true)
            .await
            .unwrap();
        assert_eq!(
            refused(join(db, &people[0], group).await),
            Refusal::AlreadyMember
        );
        // Leadership passes on, the history kept; the last leader stays.
        appoint(db, &by, group, people[0].member_id).await.unwrap();
        step_down(db, &by, group, by.member_id).await.unwrap();
        assert_eq!(
            refused(step_down(db, &people[0], group, people[0].member_id).await),
            Refusal::LastLeader
        );
        let page = store::groups::read::group(db, Some(&people[0]), &slug)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(page.terms.len(), 2);
        assert_eq!(page.terms[0].member_id, people[0].member_id);
        assert!(page.terms[0].until.is_none() && page.terms[1].until.is_some());
        assert!(page.role.leader);
        // Where each may announce events: the leader, their group alone;
        // the network's facilitator, the network and its groups; a member, nowhere.
        let leader = store::events::organising(db, &people[0]).await.unwrap();
        assert!(leader.networks.is_empty() && !leader.platform);
        assert_eq!(
            leader.groups,
            vec![(group, "Green skills in VET".to_owned())]
        );
        let facilitator = store::events::organising(db, &by).await.unwrap();
        assert_eq!(facilitator.networks.len(), 1);
        assert_eq!(facilitator.networks[0].0, network);
        assert_eq!(facilitator.groups.len(), 2, "{:?}", facilitator.groups);
        assert!(!store::events::organising(db, &people[2])
            .await
            .unwrap()
            .anywhere());
        // A group's leader organises its events.
        let mut meeting = webinar(network, "");
        meeting.network_id = None;
        meeting.group_id = Some(group);
        meeting.visibility = "network".into();
        let meeting = create(db, &people[0], &meeting, &LANGUAGES).await.unwrap()[0];
        assert!(read::event(db, Some(&people[0]), meeting)
            .await
            .unwrap()
            .is_some());
        assert!(
            read::event(db, Some(&people[2]), meeting)
                .await
                .unwrap()
                .is_none(),
            "for the group's members"
        );
        // Invitation only, hidden: strangers neither join nor see it.
        let mut hidden = charter(network, "invitation");
        hidden.title = "Board preparation".into();
        hidden.visibility = "hidden".into();
        let hidden = found(db, &by, &hidden, &LANGUAGES).await.unwrap();
        assert!(store::groups::read::group(db, Some(&people[2]), &hidden)
            .await
            .unwrap()
            .is_none());
        // Its mandate ended: archived, read-only.
        let mut row: working_group::ActiveModel = working_group::Entity::find_by_id(group)
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .into();
        row.ends_on = Set(Some("2026-06-30".into()));
        row.update(db).await.unwrap();
        assert_eq!(
            refused(join(db, &people[1], group).await),
            Refusal::GroupArchived
        );
        assert_eq!(
            refused(leave(db, &people[0], group).await),
            Refusal::GroupArchived
        );
        let list = store::groups::read::list(db, None).await.unwrap();
        assert!(list.iter().any(|g| g.group.id == group && g.archived));
        assert!(!list.iter().any(|g| g.group.slug == hidden));
        t.finish().await;
    }
}

#[tokio::test]
async fn the_demo_has_a_meeting_a_series_a_session_report_and_two_groups() {
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let seeded = store::seed::seed_events(db).await.unwrap();
        assert!(seeded >= 9, "{}: {seeded}", t.backend);
        assert_eq!(store::seed::seed_events(db).await.unwrap(), 0, "once");
        let coming = read::list(
            db,
            None,
            &EventQuery {
                per_page: 50,
                ..EventQuery::default()
            },
        )
        .await
        .unwrap();
        let annual = coming
            .events
            .iter()
            .find(|e| e.kind.key() == "annual-meeting")
            .expect("the annual meeting is to come");
        let page = read::event(db, None, annual.id).await.unwrap().unwrap();
        assert_eq!(page.sessions.len(), 5);
        assert_eq!(page.languages, ["en", "it"]);
        assert_eq!(page.registered, 3);
        assert!(
            page.online && page.online_url.is_none(),
            "no link for a visitor"
        );
        assert_eq!(
            page.host.as_ref().map(|h| h.country_code.as_str()),
            Some("IT")
        );
        // The series: one occurrence over and recorded, the next one moved.
        let series = coming
            .events
            .iter()
            .find_map(|e| e.series_id)
            .expect("a series");
        let file = series_file(db, None, series, SITE).await.unwrap().unwrap();
        assert!(
            file.contains("RECURRENCE-ID;TZID=Europe/Brussels:"),
            "{file}"
        );
        let past = read::list(
            db,
            None,
            &EventQuery {
                past: true,
                per_page: 50,
                ..EventQuery::default()
            },
        )
        .await
        .unwrap();
        assert!(past
            .events
            .iter()
            .any(|e| e.series_id == Some(series) && e.recorded));
        let peer = past
            .events
            .iter()
            .find(|e| e.kind.key() == "peer-learning")
            .expect("the session is over");
        let report = read::event(db, None, peer.id).await.unwrap().unwrap();
        assert_eq!(report.questions.len(), 2);
        assert!(report.questions.iter().all(|q| q.answers.len() == 2));
        // Two groups for members, one of them open to visitors; its leadership passed on.
        let groups = store::groups::read::list(db, None).await.unwrap();
        assert_eq!(groups.len(), 1, "the other is for members");
        let green = store::groups::read::group(db, None, &groups[0].group.slug)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(green.terms.len(), 2);
        assert!(green.members.len() >= 3);
        let member = member_in(db, network_id(db, &national_slug("DE")).await, 1).await;
        assert_eq!(
            store::groups::read::list(db, Some(&member))
                .await
                .unwrap()
                .len(),
            2
        );
        t.finish().await;
    }
}

/// A wall time on Brussels' clocks `minutes` from now, as a form sends it.
fn in_minutes(minutes: i64) -> String {
    use store::events::time::{wall, zone};
    let at = Utc::now() + Duration::minutes(minutes);
    wall(zone("Europe/Brussels").unwrap(), at)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

#[tokio::test]
async fn reminders_go_once_the_day_and_the_hour_before_and_again_when_moved() {
    use store::events::register::{claim_reminders, Reminder};
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let network = network_id(db, &national_slug("DE")).await;
        let by = organiser(db, network).await;
        let people = members(db, &by, 2).await;
        let mut soon = webinar(network, "");
        soon.starts = in_minutes(20 * 60);
        soon.ends = in_minutes(21 * 60);
        let id = create(db, &by, &soon, &LANGUAGES).await.unwrap()[0];
        register(db, &people[0], id, "").await.unwrap();
        let mine = |due: &[store::events::register::DueReminder]| {
            due.iter()
                .filter(|d| d.event_id == id)
                .map(|d| (d.member_id, d.which))
                .collect::<Vec<_>>()
        };
        let now = Utc::now();
        assert_eq!(
            mine(&claim_reminders(db, now).await.unwrap()),
            vec![(people[0].member_id, Reminder::Day)]
        );
        assert!(
            mine(&claim_reminders(db, now).await.unwrap()).is_empty(),
            "a reminder goes once"
        );
        // Moved to within the hour: the hour's reminder, for the new start.
        soon.starts = in_minutes(40);
        soon.ends = in_minutes(100);
        edit(db, &by, id, &soon, &LANGUAGES).await.unwrap();
        assert_eq!(
            mine(&claim_reminders(db, Utc::now()).await.unwrap()),
            vec![(people[0].member_id, Reminder::Hour)]
        );
        assert!(mine(&claim_reminders(db, Utc::now()).await.unwrap()).is_empty());
        // Registered late for a cancelled event: nothing.
        register(db, &people[1], id, "").await.unwrap();
        cancel(db, &by, id).await.unwrap();
        assert!(mine(&claim_reminders(db, Utc::now()).await.unwrap()).is_empty());
        t.finish().await;
    }
}

#[tokio::test]
async fn an_event_page_shows_what_was_added_to_it_at_once() {
    use store::events::write::{add_material, add_question, record_answer};
    for t in common::backends().await {
        let db = &t.db;
        store::seed::seed_demo(db).await.unwrap();
        let network = network_id(db, &national_slug("DE")).await;
        let by = organiser(db, network).await;
        let mut session = webinar(network, "");
        session.kind = "peer-learning".into();
        let id = create(db, &by, &session, &LANGUAGES).await.unwrap()[0];
        let page = |db| async move { read::event(db, None, id).await.unwrap().unwrap() };
        assert!(page(db).await.sessions.is_empty());
        let slot = NewSession {
            starts: wall(30, 10),
            ends: wall(30, 11),
            title: "Opening".into(),
            speakers: String::new(),
        };
        add_session(db, &by, id, &slot).await.unwrap();
        assert_eq!(
            page(db).await.sessions.len(),
            1,
            "the agenda read before is not kept"
        );
        add_material(
            db,
            &by,
            id,
            "Slides",
            "https://example.org/slides.pdf",
            None,
        )
        .await
        .unwrap();
        assert_eq!(page(db).await.materials.len(), 1);
        let q = add_question(db, &by, id, "What keeps apprentices?")
            .await
            .unwrap();
        assert_eq!(page(db).await.questions.len(), 1);
        record_answer(db, &by, q, "Group A", "Mentors.", "")
            .await
            .unwrap();
        assert_eq!(page(db).await.questions[0].answers.len(), 1);
        t.finish().await;
    }
}
