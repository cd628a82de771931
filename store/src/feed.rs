//! The change feed: what just changed, for the pages that show it live. Within
//! one instance it is a broadcast channel; on PostgreSQL every event goes
//! through `NOTIFY`, and each instance's listener passes what it hears to its
//! own subscribers, so a change made through one instance reaches the viewers
//! of all of them. Subscribers then read what changed from the database: an
//! event only says where to look. A live page follows one stream with
//! [`Follow`], which says when to read what came after the last thing it
//! showed (at once, after each announcement, after falling behind), so that
//! a reconnecting page (`Last-Event-ID`) misses nothing.

use std::sync::Arc;

use sea_orm::{ConnectionTrait, DbBackend};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use crate::sql::Sql;
use crate::Db;

/// The PostgreSQL channel the instances share.
const CHANNEL: &str = "vetnet_feed";

/// What a live page follows; the stream's `key` says which one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stream {
    /// A counselling thread's posts (`key`: the thread, `id`: the post).
    Thread,
    /// A strategy's revisions (`key`: the strategy, `id`: the revision).
    Plan,
    /// Who is on a strategy's pages now (`key`: the strategy, `id`: 0).
    PlanPresence,
}

/// Something changed in one stream (say, `thread` 12); `id` numbers the change
/// within it (a post id), so a reconnecting page asks for what came after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub stream: Stream,
    pub key: i32,
    pub id: i32,
}

pub struct Feed {
    db: Db,
    sender: broadcast::Sender<Event>,
}

impl Feed {
    /// A feed for this database; on PostgreSQL its listener starts at once.
    pub fn start(db: &Db) -> Arc<Feed> {
        let (sender, _) = broadcast::channel(4096);
        let feed = Arc::new(Feed {
            db: db.clone(),
            sender,
        });
        if db.get_database_backend() == DbBackend::Postgres {
            tokio::spawn(listen(db.clone(), feed.sender.clone()));
        }
        feed
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.sender.subscribe()
    }

    /// Follows one stream from just after `after` (the last change the page
    /// shows). Subscribes before the first read, so nothing falls in between.
    pub fn follow(&self, stream: Stream, key: i32, after: i32) -> Follow {
        Follow {
            events: self.subscribe(),
            stream,
            key,
            last: after,
            due: true,
        }
    }

    /// Tells every instance's subscribers (after the change is committed).
    pub async fn publish(&self, event: Event) {
        if self.db.get_database_backend() == DbBackend::Postgres {
            let mut sql = Sql::new(DbBackend::Postgres);
            let payload = serde_json::to_string(&event).unwrap_or_default();
            sql.push("SELECT pg_notify(")
                .bind(CHANNEL)
                .push(", ")
                .bind(payload)
                .push(")");
            match self.db.execute_raw(sql.statement()).await {
                Ok(_) => return,
                Err(error) => tracing::warn!(%error, "NOTIFY failed; telling this instance only"),
            }
        }
        // No subscriber is not an error: nobody is watching.
        let _ = self.sender.send(event);
    }
}

/// A live page's place in one stream: the last change it showed, and whether
/// what came after must be read now.
pub struct Follow {
    events: broadcast::Receiver<Event>,
    stream: Stream,
    key: i32,
    last: i32,
    due: bool,
}

impl Follow {
    /// Waits until there may be changes after the last one shown, and gives
    /// that last id: read what came after it, then tell [`Follow::shown`].
    /// At the start, and after this page fell behind the feed, it is due at
    /// once. `None` when the feed has closed. Safe to race in `select!`: a
    /// cancelled wait loses nothing.
    pub async fn due(&mut self) -> Option<i32> {
        use broadcast::error::RecvError;
        while !self.due {
            match self.events.recv().await {
                Ok(e) if e.stream == self.stream && e.key == self.key && e.id > self.last => {
                    self.due = true
                }
                Ok(_) => {}
                Err(RecvError::Lagged(_)) => self.due = true,
                Err(RecvError::Closed) => return None,
            }
        }
        self.due = false;
        Some(self.last)
    }

    /// The page now shows change `id`.
    pub fn shown(&mut self, id: i32) {
        self.last = self.last.max(id);
    }
}

/// Passes what PostgreSQL tells this instance to its subscribers, for as long
/// as the process runs (the listener reconnects by itself).
async fn listen(db: Db, sender: broadcast::Sender<Event>) {
    use sea_orm::sqlx::postgres::PgListener;
    loop {
        let listener = PgListener::connect_with(db.get_postgres_connection_pool()).await;
        let mut listener = match listener {
            Ok(listener) => listener,
            Err(error) => {
                tracing::error!(%error, "feed listener cannot connect; retrying");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                continue;
            }
        };
        if let Err(error) = listener.listen(CHANNEL).await {
            tracing::error!(%error, "feed listener cannot listen; retrying");
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            continue;
        }
        loop {
            match listener.recv().await {
                Ok(notification) => {
                    if let Ok(event) = serde_json::from_str::<Event>(notification.payload()) {
                        let _ = sender.send(event);
                    }
                }
                Err(error) => {
                    tracing::warn!(%error, "feed listener lost its connection");
                    break;
                }
            }
        }
    }
}
