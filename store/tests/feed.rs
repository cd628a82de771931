//! The change feed: an event published reaches the subscribers of this
//! instance and, on PostgreSQL, those of another instance on the same database.

mod common;

use std::time::Duration;

use store::feed::{Event, Feed, Stream};
use tokio::sync::broadcast::Receiver;

fn event(id: i32) -> Event {
    Event {
        stream: Stream::Thread,
        key: 7,
        id,
    }
}

/// The next event, or `None` after two seconds.
async fn next(events: &mut Receiver<Event>) -> Option<Event> {
    tokio::time::timeout(Duration::from_secs(2), events.recv())
        .await
        .ok()
        .and_then(Result::ok)
}

#[tokio::test]
async fn an_event_reaches_this_instance_and_on_postgres_the_others() {
    for t in common::backends().await {
        let b = t.backend;
        let here = Feed::start(&t.db);
        let mut mine = here.subscribe();
        if b == "postgres" {
            // Another instance: its own connection pool and listener.
            let other_db = store::connect(&t.url).await.unwrap();
            let there = Feed::start(&other_db);
            let mut theirs = there.subscribe();
            // The listeners connect in the background; publish until both have heard.
            let mut heard = None;
            for id in 1..=20 {
                here.publish(event(id)).await;
                if let Some(e) = next(&mut theirs).await {
                    heard = Some(e);
                    break;
                }
            }
            let heard = heard.expect("the other instance hears an event");
            assert_eq!((heard.stream, heard.key), (Stream::Thread, 7), "{b}");
            there.publish(event(100)).await;
            let mut last = None;
            while let Some(e) = next(&mut mine).await {
                last = Some(e.id);
                if e.id == 100 {
                    break;
                }
            }
            assert_eq!(last, Some(100), "{b}: and this one hears the other's");
            other_db.close().await.ok();
        } else {
            here.publish(event(1)).await;
            assert_eq!(next(&mut mine).await, Some(event(1)), "{b}");
        }
        t.finish().await;
    }
}

/// A live page's follow: due at once (to catch up), then only when its own
/// stream announces something after what it showed.
#[tokio::test]
async fn a_follow_is_due_at_once_then_only_for_its_own_stream() {
    for t in common::backends().await {
        let b = t.backend;
        let feed = Feed::start(&t.db);
        listening(&feed).await;
        let mut follow = feed.follow(Stream::Thread, 7, 3);
        assert_eq!(follow.due().await, Some(3), "{b}: catch up first");
        follow.shown(5);
        // Another thread, another kind of stream, and what the page shows already.
        for event in [
            Event {
                stream: Stream::Thread,
                key: 8,
                id: 9,
            },
            Event {
                stream: Stream::Plan,
                key: 7,
                id: 9,
            },
            Event {
                stream: Stream::Thread,
                key: 7,
                id: 4,
            },
            Event {
                stream: Stream::Thread,
                key: 7,
                id: 6,
            },
        ] {
            feed.publish(event).await;
        }
        let due = tokio::time::timeout(Duration::from_secs(2), follow.due()).await;
        assert_eq!(
            due.ok().flatten(),
            Some(5),
            "{b}: only post 6 of thread 7 wakes it"
        );
        t.finish().await;
    }
}

/// Once the feed hears its own announcements (on PostgreSQL its listener
/// connects in the background).
async fn listening(feed: &Feed) {
    let mut events = feed.subscribe();
    for _ in 0..20 {
        feed.publish(Event {
            stream: Stream::PlanPresence,
            key: 0,
            id: 0,
        })
        .await;
        if next(&mut events).await.is_some() {
            return;
        }
    }
    panic!("the feed never hears itself");
}
