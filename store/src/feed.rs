//! The change feed: what just changed, for the pages that show it live. Within
//! one instance it is a broadcast channel; on PostgreSQL every event goes
//! through `NOTIFY`, and each instance's listener passes what it hears to its
//! own subscribers, so a change made through one instance reaches the viewers
//! of all of them. Subscribers then read what changed from the database: an
//! event only says where to look.

use std::sync::Arc;

use sea_orm::{ConnectionTrait, DbBackend};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use crate::sql::Sql;
use crate::Db;

/// The PostgreSQL channel the instances share.
const CHANNEL: &str = "vetnet_feed";

/// Something changed in one stream (say, `thread` 12); `id` numbers the change
/// within it (a post id), so a reconnecting page asks for what came after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub stream: String,
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
