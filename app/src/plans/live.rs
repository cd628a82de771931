//! `GET /api/plans/{id}/events`: a strategy's accepted changes and who has
//! it open, as Server-Sent Events (server only). Each change is numbered by
//! its revision; a reconnecting page sends `Last-Event-ID` (a first
//! connection `?after=`, the last revision it shows) and gets what it missed
//! first. A signed-in viewer's connection is their presence (`?editing=`: the
//! activity whose form they have open); each instance keeps one list per
//! open strategy, renewed from the database when any instance says it changed.

use std::collections::{HashMap, HashSet, VecDeque};
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use futures::stream::{self, Stream};
use serde::Deserialize;
use store::feed::{self, Feed, Follow};
use store::plans::read::Revision;
use store::plans::{presence, Entity};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::watch;

use super::stream_model::PresenceView;
use super::support::change_event;
use crate::account::session::RequestAccount;
use crate::state::AppState;

/// How often an open connection renews its presence.
const RENEW_EVERY: Duration = Duration::from_secs(60);

type Present = Arc<Vec<PresenceView>>;

/// This instance's presence lists, one per strategy someone here has open.
pub struct PresenceBoard {
    db: store::Db,
    lists: Mutex<HashMap<i32, watch::Sender<Present>>>,
}

impl PresenceBoard {
    /// Starts the task that renews the lists when any instance announces a change.
    pub fn start(db: &store::Db, feed: &Arc<Feed>) -> Arc<Self> {
        let board = Arc::new(Self {
            db: db.clone(),
            lists: Mutex::new(HashMap::new()),
        });
        let mut events = feed.subscribe();
        let weak = Arc::downgrade(&board);
        tokio::spawn(async move {
            loop {
                let first = match events.recv().await {
                    Ok(e) => Some(e),
                    Err(RecvError::Lagged(_)) => None,
                    Err(RecvError::Closed) => return,
                };
                // Many arrive together (a page of viewers connecting): renew each list once.
                tokio::time::sleep(Duration::from_millis(50)).await;
                let mut due = HashSet::new();
                let mut all = first.is_none();
                due.extend(first.filter(|e| e.stream == feed::Stream::PlanPresence).map(|e| e.key));
                loop {
                    match events.try_recv() {
                        Ok(e) if e.stream == feed::Stream::PlanPresence => {
                            due.insert(e.key);
                        }
                        Ok(_) => {}
                        Err(tokio::sync::broadcast::error::TryRecvError::Lagged(_)) => all = true,
                        Err(_) => break,
                    }
                }
                let Some(board) = weak.upgrade() else { return };
                if all {
                    due.extend(
                        board
                            .lists
                            .lock()
                            .map(|l| l.keys().copied().collect::<Vec<_>>())
                            .unwrap_or_default(),
                    );
                }
                for strategy in due {
                    board.renew(strategy).await;
                }
            }
        });
        board
    }

    async fn read(&self, strategy: i32) -> Present {
        match presence::present(&self.db, strategy).await {
            Ok(list) => Arc::new(
                list.into_iter()
                    .map(|p| PresenceView {
                        name: p.name,
                        editing: p.editing,
                    })
                    .collect(),
            ),
            Err(error) => {
                tracing::warn!(%error, "presence not read");
                Arc::new(Vec::new())
            }
        }
    }

    async fn renew(&self, strategy: i32) {
        let watched = self
            .lists
            .lock()
            .map(|mut lists| {
                lists.retain(|_, s| s.receiver_count() > 0);
                lists.contains_key(&strategy)
            })
            .unwrap_or(false);
        if !watched {
            return;
        }
        let list = self.read(strategy).await;
        if let Ok(lists) = self.lists.lock() {
            if let Some(sender) = lists.get(&strategy) {
                sender.send_replace(list);
            }
        }
    }

    async fn watch(&self, strategy: i32) -> watch::Receiver<Present> {
        if let Some(sender) = self
            .lists
            .lock()
            .ok()
            .and_then(|l| l.get(&strategy).cloned())
        {
            return sender.subscribe();
        }
        let list = self.read(strategy).await;
        let mut lists = self.lists.lock().unwrap_or_else(|e| e.into_inner());
        lists
            .entry(strategy)
            .or_insert_with(|| watch::channel(list).0)
            .subscribe()
    }
}

#[derive(Debug, Deserialize)]
pub struct Params {
    after: Option<i32>,
    editing: Option<i32>,
}

/// A signed-in viewer's open page; ends (and says so) when the connection does.
struct Visit {
    state: AppState,
    key: String,
    strategy: i32,
}

impl Drop for Visit {
    fn drop(&mut self) {
        let (state, key, strategy) = (self.state.clone(), self.key.clone(), self.strategy);
        tokio::spawn(async move {
            if let Err(error) = presence::leave(&state.db, &key).await {
                tracing::warn!(%error, "presence not ended");
            }
            announce_presence(&state, strategy).await;
        });
    }
}

async fn announce_presence(state: &AppState, strategy: i32) {
    state
        .feed
        .publish(store::feed::Event {
            stream: feed::Stream::PlanPresence,
            key: strategy,
            id: 0,
        })
        .await;
}

pub async fn plan_events(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    Query(params): Query<Params>,
    headers: HeaderMap,
    account: Option<Extension<RequestAccount>>,
) -> Response {
    match store::plans::edit::strategy_of(&state.db, Entity::Strategy, id).await {
        Ok(Some(_)) => {}
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "live plan: lookup");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    }
    let after = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .or(params.after)
        .unwrap_or(0);
    let member = account
        .and_then(|Extension(a)| a.actor)
        .map(|a| a.member_id);
    let visit = match member {
        Some(member) => {
            let key = format!("{:032x}", rand_key());
            if let Err(error) = presence::enter(&state.db, &key, id, member, params.editing).await {
                tracing::warn!(%error, "presence not recorded");
            }
            announce_presence(&state, id).await;
            Some((
                Visit {
                    state: state.clone(),
                    key,
                    strategy: id,
                },
                member,
                params.editing,
            ))
        }
        None => None,
    };
    let presence = state.presence.watch(id).await;
    Sse::new(changes(state, id, after, presence, visit))
        .keep_alive(KeepAlive::default())
        .into_response()
}

fn rand_key() -> u128 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    let a = h.finish();
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(a);
    (u128::from(a) << 64) | u128::from(h.finish())
}

struct Changes {
    state: AppState,
    strategy: i32,
    pending: VecDeque<Revision>,
    follow: Follow,
    presence: watch::Receiver<Present>,
    /// Send the presence list before waiting (at the start, and when it changed).
    presence_due: bool,
    visit: Option<(Visit, i32, Option<i32>)>,
    renew: tokio::time::Interval,
}

/// The revisions after `after`, then each new one as it is announced, and
/// the presence list whenever it changes.
fn changes(
    state: AppState,
    strategy: i32,
    after: i32,
    presence: watch::Receiver<Present>,
    visit: Option<(Visit, i32, Option<i32>)>,
) -> impl Stream<Item = Result<Event, Infallible>> {
    let follow = state.feed.follow(feed::Stream::Plan, strategy, after);
    let mut renew = tokio::time::interval(RENEW_EVERY);
    renew.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let start = Changes {
        state,
        strategy,
        pending: VecDeque::new(),
        follow,
        presence,
        presence_due: true,
        visit,
        renew,
    };
    stream::unfold(start, |mut f| async move {
        loop {
            if let Some(revision) = f.pending.pop_front() {
                f.follow.shown(revision.id);
                let id = revision.id;
                let data = serde_json::to_string(&change_event(revision)).unwrap_or_default();
                let event = Event::default()
                    .event("change")
                    .id(id.to_string())
                    .data(data);
                return Some((Ok(event), f));
            }
            if f.presence_due {
                f.presence_due = false;
                let list = f.presence.borrow_and_update().clone();
                let data = serde_json::to_string(&*list).unwrap_or_default();
                return Some((Ok(Event::default().event("presence").data(data)), f));
            }
            tokio::select! {
                after = f.follow.due() => {
                    match store::plans::read::revisions_after(&f.state.db, f.strategy, after?).await {
                        Ok(revisions) => f.pending.extend(revisions),
                        Err(error) => {
                            tracing::error!(%error, "live plan: catching up");
                            return None;
                        }
                    }
                }
                changed = f.presence.changed() => {
                    if changed.is_err() {
                        return None;
                    }
                    f.presence_due = true;
                }
                _ = f.renew.tick() => {
                    if let Some((visit, member, editing)) = &f.visit {
                        let _ = presence::enter(&f.state.db, &visit.key, f.strategy, *member, *editing).await;
                    }
                }
            }
        }
    })
}
