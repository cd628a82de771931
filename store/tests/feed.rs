//! The change feed: an event published reaches the subscribers of this
//! instance and, on PostgreSQL, those of another instance on the same database.

mod common;

use std::time::Duration;

use store::feed::{Event, Feed};
use tokio::sync::broadcast::Receiver;

fn event(id: i32) -> Event {
    Event {
        stream: "thread".into(),
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
            assert_eq!((heard.stream.as_str(), heard.key), ("thread", 7), "{b}");
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
