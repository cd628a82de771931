//! Peer counselling on every backend: who sees which thread, the accepted
//! answer's rules, bad input, follows and notifications, search, moderation.

mod common;

use common::{member_in, network_id, refused};

use store::account::Actor;
use store::counselling::list::{threads, Solved, ThreadQuery};
use store::counselling::write::{accept, ask, edit, reply, Question};
use store::counselling::{follow, moderation, read, Sight};
use store::refusal::Refusal;
use store::seed::national_slug;
use store::vocabulary::{ModerationAction, NotificationReason};
use store::Db;

const LANGUAGES: [&str; 4] = ["en", "fi", "pt", "de"];

fn question(title: &str, network_id: Option<i32>) -> Question {
    Question {
        title: title.into(),
        body: "How do you **appraise** work-based learning?".into(),
        topic: "work-based-learning".into(),
        lang: "en".into(),
        network_id,
    }
}

fn by_text(text: &str) -> ThreadQuery {
    ThreadQuery {
        text: text.into(),
        per_page: 20,
        ..Default::default()
    }
}

async fn sight(db: &Db, actor: &Actor) -> Sight {
    Sight::of(db, Some(actor)).await.unwrap()
}

#[tokio::test]
async fn a_network_thread_is_seen_only_inside_its_network() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let portugal = network_id(db, &national_slug("PT")).await;
        let asker = member_in(db, finland, 0).await;
        let peer = member_in(db, finland, 1).await;
        let outsider = member_in(db, portugal, 0).await;

        assert_eq!(
            refused(
                ask(
                    db,
                    &outsider,
                    &question("Not my network", Some(finland)),
                    &LANGUAGES
                )
                .await
            ),
            Refusal::Forbidden,
            "{b}: one asks only in a network one belongs to"
        );
        let inside = ask(
            db,
            &asker,
            &question("Työpaikalla oppiminen arviointi", Some(finland)),
            &LANGUAGES,
        )
        .await
        .unwrap();
        let open = ask(
            db,
            &asker,
            &question("Apprenticeship quality", None),
            &LANGUAGES,
        )
        .await
        .unwrap();

        for (who, sees_inside) in [(&peer, true), (&outsider, false)] {
            let s = sight(db, who).await;
            let found = threads(db, &s, &by_text("")).await.unwrap();
            let ids: Vec<i32> = found.threads.iter().map(|t| t.id).collect();
            assert!(
                ids.contains(&open.thread_id),
                "{b}: the platform's threads are open to all members"
            );
            assert_eq!(
                ids.contains(&inside.thread_id),
                sees_inside,
                "{b}: network thread for {}",
                who.member_id
            );
            assert_eq!(
                read::thread(db, &s, inside.thread_id, None)
                    .await
                    .unwrap()
                    .is_some(),
                sees_inside,
                "{b}"
            );
        }
        let visitor = threads(db, &Sight::visitor(), &by_text("")).await.unwrap();
        assert!(
            visitor.threads.iter().all(|t| t.id != inside.thread_id),
            "{b}: visitors see the platform's threads only"
        );
        assert_eq!(
            refused(
                reply(
                    db,
                    &outsider,
                    inside.thread_id,
                    "Let me in",
                    "en",
                    &LANGUAGES
                )
                .await
            ),
            Refusal::Forbidden,
            "{b}"
        );
        // Accent-insensitive search, the title ranked above a body.
        let s = sight(db, &peer).await;
        let found = threads(db, &s, &by_text("tyopaikalla")).await.unwrap();
        assert_eq!(
            found.threads.first().map(|t| t.id),
            Some(inside.thread_id),
            "{b}"
        );
        let found = threads(db, &s, &by_text("apprais")).await.unwrap();
        assert_eq!(found.total, 2, "{b}: both bodies hold the word");
        t.finish().await;
    }
}

#[tokio::test]
async fn the_asker_accepts_one_reply_and_bad_input_changes_nothing() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let asker = member_in(db, finland, 0).await;
        let peer = member_in(db, finland, 1).await;
        let other = member_in(db, finland, 2).await;
        let q = ask(
            db,
            &asker,
            &question("Mentoring new trainers", None),
            &LANGUAGES,
        )
        .await
        .unwrap();

        for (body, lang, why) in [
            ("   ", "en", Refusal::TextMissing),
            (&"x".repeat(20_001)[..], "en", Refusal::TextTooLong),
            ("Fine text", "xx", Refusal::ChoiceUnknown),
        ] {
            assert_eq!(
                refused(reply(db, &peer, q.thread_id, body, lang, &LANGUAGES).await),
                why,
                "{b}"
            );
        }
        let mut bad = question("", None);
        assert_eq!(
            refused(ask(db, &peer, &bad, &LANGUAGES).await),
            Refusal::TextMissing,
            "{b}"
        );
        bad = question("Topic", None);
        bad.topic = "astrology".into();
        assert_eq!(
            refused(ask(db, &peer, &bad, &LANGUAGES).await),
            Refusal::ChoiceUnknown,
            "{b}"
        );

        let answer = reply(
            db,
            &peer,
            q.thread_id,
            "Pair them with a mentor.",
            "fi",
            &LANGUAGES,
        )
        .await
        .unwrap();
        let s = sight(db, &asker).await;
        let thread = read::thread(db, &s, q.thread_id, None)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(thread.posts.len(), 2, "{b}: nothing refused was written");
        assert_eq!(thread.posts[1].lang, "fi", "{b}");

        assert_eq!(
            refused(accept(db, &other, q.thread_id, Some(answer.post_id)).await),
            Refusal::Forbidden,
            "{b}"
        );
        assert_eq!(
            refused(accept(db, &asker, q.thread_id, Some(q.post_id)).await),
            Refusal::NotAnAnswer,
            "{b}: the question is not its own answer"
        );
        accept(db, &asker, q.thread_id, Some(answer.post_id))
            .await
            .unwrap();
        let thread = read::thread(db, &s, q.thread_id, None)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(thread.accepted_post_id, Some(answer.post_id), "{b}");
        let solved = ThreadQuery {
            solved: Some(Solved::Yes),
            ..by_text("mentoring")
        };
        assert_eq!(threads(db, &s, &solved).await.unwrap().total, 1, "{b}");

        // The replier was told their answer was accepted, and the asker of the reply.
        let told = follow::notifications(db, peer.member_id, 10).await.unwrap();
        assert!(
            told.iter()
                .any(|n| n.reason == NotificationReason::Accepted && n.post_id == answer.post_id),
            "{b}"
        );
        let told = follow::notifications(db, asker.member_id, 10)
            .await
            .unwrap();
        assert!(
            told.iter()
                .any(|n| n.reason == NotificationReason::Reply && n.post_id == answer.post_id),
            "{b}: the asker follows their thread"
        );

        // Edits keep every version, only by the author.
        assert_eq!(
            refused(edit(db, &asker, answer.post_id, "Mine now").await),
            Refusal::Forbidden,
            "{b}"
        );
        edit(
            db,
            &peer,
            answer.post_id,
            "Pair them with an experienced mentor.",
        )
        .await
        .unwrap();
        let (post, versions) = read::history(db, &s, answer.post_id)
            .await
            .unwrap()
            .unwrap();
        assert!(post.edited && post.body.contains("experienced"), "{b}");
        assert_eq!(versions.len(), 2, "{b}: the first text is kept");
        assert!(versions[1].html.contains("Pair them with a mentor."), "{b}");
        t.finish().await;
    }
}

#[tokio::test]
async fn followers_are_told_and_unread_markers_clear_when_read() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let portugal = network_id(db, &national_slug("PT")).await;
        let asker = member_in(db, finland, 0).await;
        let fan = member_in(db, finland, 1).await;
        let outsider = member_in(db, portugal, 0).await;
        for who in [&fan, &outsider] {
            follow::follow_topic(db, who, "green-skills", true)
                .await
                .unwrap();
        }
        assert_eq!(
            refused(follow::follow_topic(db, &fan, "gossip", true).await),
            Refusal::ChoiceUnknown,
            "{b}"
        );
        let mut q = question("Green skills in construction", Some(finland));
        q.topic = "green-skills".into();
        let posted = ask(db, &asker, &q, &LANGUAGES).await.unwrap();
        let fan_told = follow::notifications(db, fan.member_id, 10).await.unwrap();
        assert!(
            fan_told
                .iter()
                .any(|n| n.thread_id == posted.thread_id && n.reason == NotificationReason::Topic),
            "{b}"
        );
        let outsider_told = follow::notifications(db, outsider.member_id, 10)
            .await
            .unwrap();
        assert!(
            outsider_told
                .iter()
                .all(|n| n.thread_id != posted.thread_id),
            "{b}: not told of a thread they cannot see"
        );

        let s = sight(db, &fan).await;
        let unread = |page: store::counselling::list::ThreadPage| {
            page.threads
                .iter()
                .find(|t| t.id == posted.thread_id)
                .unwrap()
                .unread
        };
        assert!(
            unread(threads(db, &s, &by_text("construction")).await.unwrap()),
            "{b}"
        );
        read::mark_thread_read(db, fan.member_id, posted.thread_id)
            .await
            .unwrap();
        assert!(
            !unread(threads(db, &s, &by_text("construction")).await.unwrap()),
            "{b}"
        );
        assert_eq!(
            follow::unread_count(db, fan.member_id).await.unwrap(),
            0,
            "{b}"
        );
        let mine = ThreadQuery {
            followed: true,
            ..by_text("")
        };
        assert_eq!(
            threads(db, &s, &mine).await.unwrap().total,
            0,
            "{b}: following a topic is not following its threads"
        );
        follow::follow_thread(db, &fan, posted.thread_id, true)
            .await
            .unwrap();
        assert_eq!(threads(db, &s, &mine).await.unwrap().total, 1, "{b}");
        reply(db, &asker, posted.thread_id, "Any ideas?", "en", &LANGUAGES)
            .await
            .unwrap();
        assert!(
            unread(threads(db, &s, &by_text("construction")).await.unwrap()),
            "{b}: a new reply is unread"
        );
        assert_eq!(
            follow::unread_count(db, fan.member_id).await.unwrap(),
            1,
            "{b}"
        );

        // The digest: claimed once, in the member's language, then not again.
        follow::set_digest(db, fan.member_id, "immediate")
            .await
            .unwrap();
        assert_eq!(
            refused(follow::set_digest(db, fan.member_id, "hourly").await),
            Refusal::ChoiceUnknown,
            "{b}"
        );
        let now = chrono::Utc::now();
        let due = follow::claim_due_digests(db, now).await.unwrap();
        let fan_digest = due
            .iter()
            .find(|d| d.member_id == fan.member_id)
            .expect("due");
        assert_eq!(fan_digest.notifications.len(), 1, "{b}");
        let again = follow::claim_due_digests(db, now).await.unwrap();
        assert!(
            again.iter().all(|d| d.member_id != fan.member_id),
            "{b}: mailed once"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn moderators_hide_and_restore_flagged_posts_and_every_decision_is_kept() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let asker = member_in(db, finland, 0).await;
        let writer = member_in(db, finland, 1).await;
        let mut moderator = member_in(db, finland, 2).await;
        moderator.facilitates = vec![finland];
        let q = ask(
            db,
            &asker,
            &question("Funding for trainers", Some(finland)),
            &LANGUAGES,
        )
        .await
        .unwrap();
        let spam = reply(
            db,
            &writer,
            q.thread_id,
            "Buy cheap watches",
            "en",
            &LANGUAGES,
        )
        .await
        .unwrap();
        assert_eq!(
            refused(moderation::flag(db, &asker, spam.post_id, " ").await),
            Refusal::TextMissing,
            "{b}"
        );
        moderation::flag(db, &asker, spam.post_id, "Advertising")
            .await
            .unwrap();
        assert_eq!(
            refused(moderation::flag(db, &asker, spam.post_id, "Again").await),
            Refusal::AlreadyFlagged,
            "{b}"
        );
        assert!(
            moderation::queue(db, &sight(db, &asker).await)
                .await
                .unwrap()
                .is_empty(),
            "{b}: members have no queue"
        );
        let queue = moderation::queue(db, &sight(db, &moderator).await)
            .await
            .unwrap();
        assert_eq!(queue.len(), 1, "{b}");
        assert_eq!(queue[0].flags[0].reason, "Advertising", "{b}");

        assert_eq!(
            refused(moderation::decide(db, &writer, spam.post_id, "hide", "no").await),
            Refusal::Forbidden,
            "{b}"
        );
        assert_eq!(
            refused(moderation::decide(db, &moderator, spam.post_id, "hide", "").await),
            Refusal::TextMissing,
            "{b}"
        );
        moderation::decide(
            db,
            &moderator,
            spam.post_id,
            "hide",
            "Advertising is not allowed",
        )
        .await
        .unwrap();
        assert!(
            moderation::queue(db, &sight(db, &moderator).await)
                .await
                .unwrap()
                .is_empty(),
            "{b}"
        );

        let for_asker = read::thread(db, &sight(db, &asker).await, q.thread_id, None)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(for_asker.posts.len(), 1, "{b}: others no longer see it");
        let for_writer = read::thread(db, &sight(db, &writer).await, q.thread_id, None)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            for_writer.posts[1].hidden_reason.as_deref(),
            Some("Advertising is not allowed"),
            "{b}: its author sees it hidden"
        );
        assert_eq!(
            threads(db, &sight(db, &asker).await, &by_text("watches"))
                .await
                .unwrap()
                .total,
            0,
            "{b}: hidden text is not searchable"
        );
        assert_eq!(
            refused(moderation::decide(db, &moderator, spam.post_id, "hide", "twice").await),
            Refusal::AlreadyDecided,
            "{b}"
        );
        moderation::decide(
            db,
            &moderator,
            spam.post_id,
            "restore",
            "Checked with the writer",
        )
        .await
        .unwrap();
        let log = moderation::decisions(db, &sight(db, &moderator).await, 10)
            .await
            .unwrap();
        let actions: Vec<ModerationAction> = log.iter().map(|d| d.action).collect();
        assert_eq!(
            actions,
            [ModerationAction::Restore, ModerationAction::Hide],
            "{b}: newest first"
        );
        assert_eq!(log[1].reason, "Advertising is not allowed", "{b}");

        // Hiding the question hides the thread from everyone but its asker and moderators.
        moderation::decide(db, &moderator, q.post_id, "hide", "Off topic")
            .await
            .unwrap();
        assert!(
            read::thread(db, &sight(db, &writer).await, q.thread_id, None)
                .await
                .unwrap()
                .is_none(),
            "{b}"
        );
        assert!(
            read::thread(db, &sight(db, &asker).await, q.thread_id, None)
                .await
                .unwrap()
                .unwrap()
                .hidden,
            "{b}"
        );
        t.finish().await;
    }
}

#[tokio::test]
async fn replies_come_in_pages_the_last_first_and_a_post_names_its_page() {
    for t in common::backends().await {
        store::seed::seed_demo(&t.db).await.unwrap();
        let (db, b) = (&t.db, t.backend);
        let finland = network_id(db, &national_slug("FI")).await;
        let asker = member_in(db, finland, 0).await;
        let peer = member_in(db, finland, 1).await;
        let q = ask(db, &asker, &question("Many replies", None), &LANGUAGES)
            .await
            .unwrap();
        let mut replies = Vec::new();
        for n in 1..=120 {
            let body = format!("Reply number {n}");
            replies.push(
                reply(db, &peer, q.thread_id, &body, "en", &LANGUAGES)
                    .await
                    .unwrap()
                    .post_id,
            );
        }
        accept(db, &asker, q.thread_id, Some(replies[4]))
            .await
            .unwrap();
        let s = sight(db, &asker).await;

        let last = read::thread(db, &s, q.thread_id, None)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((last.replies, last.page, last.pages), (120, 3, 3), "{b}");
        assert_eq!(
            last.posts[0].id, q.post_id,
            "{b}: the question heads every page"
        );
        let ids: Vec<i32> = last.posts[1..].iter().map(|p| p.id).collect();
        assert_eq!(
            ids,
            replies[100..],
            "{b}: the last page holds the last 20 replies"
        );
        assert_eq!(
            last.accepted.as_ref().map(|p| p.id),
            Some(replies[4]),
            "{b}: the accepted answer is shown on a page it is not on"
        );

        let first = read::thread(db, &s, q.thread_id, Some(1))
            .await
            .unwrap()
            .unwrap();
        let ids: Vec<i32> = first.posts[1..].iter().map(|p| p.id).collect();
        assert_eq!(ids, replies[..50], "{b}");
        let past = read::thread(db, &s, q.thread_id, Some(99))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(past.page, 3, "{b}: a page past the end is the last");

        for (post, page) in [
            (q.post_id, 1),
            (replies[0], 1),
            (replies[49], 1),
            (replies[50], 2),
            (replies[119], 3),
        ] {
            assert_eq!(
                read::post_place(db, &s, post).await.unwrap(),
                Some((q.thread_id, page)),
                "{b}: post {post}"
            );
        }
    }
}
