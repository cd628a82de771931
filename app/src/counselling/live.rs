//! `GET /api/counselling/threads/{id}/events?after=&locale=`: a thread's new
//! posts as Server-Sent Events (server only). Each event is a post the viewer
//! may see, drawn as the thread's page draws it (in `locale`, with what the
//! viewer may do with it) and numbered by its id; a reconnecting page sends
//! `Last-Event-ID` (or a first connection `?after=`, the last post it shows)
//! and gets what it missed first.

use std::collections::VecDeque;
use std::convert::Infallible;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use futures::stream::{self, Stream};
use serde::Deserialize;
use store::counselling::read;
use store::counselling::{Post, Sight};
use store::feed::{self, Follow};

use super::model::PostView;
use super::post_view::{post_markup, PostContext};
use crate::account::api_support::locale_of;
use crate::account::session::RequestAccount;
use crate::i18n::Bundle;
use crate::state::AppState;
use crate::ui::with_messages;

#[derive(Debug, Deserialize)]
pub struct After {
    after: Option<i32>,
    locale: Option<String>,
}

pub async fn thread_events(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    Query(query): Query<After>,
    headers: HeaderMap,
    account: Option<Extension<RequestAccount>>,
) -> Response {
    let actor = account.and_then(|Extension(a)| a.actor);
    let sight = match Sight::of(&state.db, actor.as_ref()).await {
        Ok(sight) => sight,
        Err(error) => {
            tracing::error!(%error, "live thread: sight");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let rights = match read::rights(&state.db, &sight, id).await {
        Ok(Some(rights)) => rights,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "live thread: visibility");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let context = PostContext {
        thread_id: id,
        question_id: rights.question_id,
        accepted: rights.accepted_post_id,
        viewer_id: sight.member_id,
        may_accept: rights.may_accept,
        may_moderate: rights.may_moderate,
    };
    let bundle = state
        .catalog
        .bundle(&locale_of(query.locale.as_deref().unwrap_or_default()));
    let after = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .or(query.after)
        .unwrap_or(0);
    Sse::new(posts(state, sight, context, bundle, after))
        .keep_alive(KeepAlive::default())
        .into_response()
}

struct Posts {
    state: AppState,
    sight: Sight,
    context: PostContext,
    bundle: std::sync::Arc<Bundle>,
    pending: VecDeque<Post>,
    follow: Follow,
}

/// The posts after `after`, then each new one as it is announced.
fn posts(
    state: AppState,
    sight: Sight,
    context: PostContext,
    bundle: std::sync::Arc<Bundle>,
    after: i32,
) -> impl Stream<Item = Result<Event, Infallible>> {
    let follow = state.feed.follow(feed::Stream::Thread, context.thread_id, after);
    let start = Posts {
        state,
        sight,
        context,
        bundle,
        pending: VecDeque::new(),
        follow,
    };
    stream::unfold(start, |mut f| async move {
        loop {
            if let Some(post) = f.pending.pop_front() {
                f.follow.shown(post.id);
                let id = post.id;
                let (view, context) = (PostView::from(post), f.context);
                let html = with_messages(f.bundle.clone(), |i18n| post_markup(view, context, i18n));
                let event = Event::default().event("post").id(id.to_string()).data(&*html);
                return Some((Ok(event), f));
            }
            let after = f.follow.due().await?;
            match read::posts_after(&f.state.db, &f.sight, f.context.thread_id, after).await {
                Ok(posts) => f.pending.extend(posts),
                Err(error) => {
                    tracing::error!(%error, "live thread: catching up");
                    return None;
                }
            }
        }
    })
}
