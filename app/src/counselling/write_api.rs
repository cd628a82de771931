//! The counselling forms' server functions: ask, reply, edit, accept, follow,
//! flag, moderate, and the notification choices. Each is a plain form post
//! that redirects back with a notice; a refusal comes back to the form.

#![cfg(feature = "ssr")]

use leptos::prelude::*;

use super::support::*;
use crate::account::api_support::*;
use crate::account::FormError;

/// Tells the thread's live pages of a new post.
async fn announce(state: &AppState, thread_id: i32, post_id: i32) {
    state
        .feed
        .publish(store::feed::Event {
            stream: store::feed::Stream::Thread,
            key: thread_id,
            id: post_id,
        })
        .await;
}

/// Back on the thread's last page, with a notice (and at a post: `#post-N`).
fn back_to_thread(locale: &str, thread_id: i32, notice: &str, anchor: &str) {
    go(format!(
        "{}?done={notice}{anchor}",
        super::paths::thread(locale, thread_id)
    ));
}

/// Back at a post, on whichever page of its thread shows it, with a notice.
fn back_to_post(locale: &str, post: i32, notice: &str) {
    go(format!(
        "{}?done={notice}",
        super::paths::post(locale, post)
    ));
}

/// Counts a post against the member's limit.
fn limit_posting(actor: &store::account::Actor) -> Result<(), FormError> {
    throttle(
        &format!("post:{}", actor.member_id),
        throttle::POSTS_PER_MEMBER,
    )
}

/// `network`: a network's slug, or empty for the whole platform.
#[server(endpoint = "counselling/ask")]
pub async fn ask(
    locale: String,
    title: String,
    body: String,
    topic: String,
    lang: String,
    network: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let network_id = match network.as_str() {
        "" => None,
        slug => Some(
            network_id(&state, slug)
                .await?
                .ok_or_else(|| refused("error-forbidden"))?,
        ),
    };
    limit_posting(&actor)?;
    let question = store::counselling::write::Question {
        title,
        body,
        topic,
        lang,
        network_id,
    };
    let posted =
        store::counselling::write::ask(&state.db, &actor, &question, &language_codes()).await?;
    announce(&state, posted.thread_id, posted.post_id).await;
    back_to_thread(&locale, posted.thread_id, "thread-asked", "");
    Ok(())
}

#[server(endpoint = "counselling/reply")]
pub async fn reply(
    locale: String,
    thread: i32,
    body: String,
    lang: String,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    limit_posting(&actor)?;
    let posted = store::counselling::write::reply(
        &state.db,
        &actor,
        thread,
        &body,
        &lang,
        &language_codes(),
    )
    .await?;
    announce(&state, posted.thread_id, posted.post_id).await;
    back_to_thread(
        &locale,
        thread,
        "reply-posted",
        &format!("#post-{}", posted.post_id),
    );
    Ok(())
}

#[server(endpoint = "counselling/edit")]
pub async fn edit_post(locale: String, post: i32, body: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    limit_posting(&actor)?;
    let posted = store::counselling::write::edit(&state.db, &actor, post, &body).await?;
    back_to_post(&locale, posted.post_id, "post-edited");
    Ok(())
}

/// `post`: the reply to accept, or 0 to take the mark away.
#[server(endpoint = "counselling/accept")]
pub async fn accept(locale: String, thread: i32, post: i32) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let chosen = (post > 0).then_some(post);
    store::counselling::write::accept(&state.db, &actor, thread, chosen).await?;
    let notice = if chosen.is_some() {
        "answer-accepted"
    } else {
        "answer-unaccepted"
    };
    back_to_thread(&locale, thread, notice, "");
    Ok(())
}

#[server(endpoint = "counselling/follow-thread")]
pub async fn follow_thread(locale: String, thread: i32, on: bool) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::counselling::follow::follow_thread(&state.db, &actor, thread, on).await?;
    let notice = if on {
        "thread-followed"
    } else {
        "thread-unfollowed"
    };
    back_to_thread(&locale, thread, notice, "");
    Ok(())
}

/// Follows or stops following a topic, from the notifications page.
#[server(endpoint = "counselling/follow-topic")]
pub async fn follow_topic(locale: String, topic: String, on: bool) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::counselling::follow::follow_topic(&state.db, &actor, &topic, on).await?;
    go(format!(
        "/{locale}/counselling/notifications?done=topics-saved"
    ));
    Ok(())
}

#[server(endpoint = "counselling/flag")]
pub async fn flag(locale: String, post: i32, reason: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    throttle(
        &format!("flag:{}", actor.member_id),
        throttle::FLAGS_PER_MEMBER,
    )?;
    store::counselling::moderation::flag(&state.db, &actor, post, &reason).await?;
    back_to_post(&locale, post, "post-flagged");
    Ok(())
}

/// `action`: hide, restore or dismiss; back on the thread when `from_thread`,
/// else on the moderation page.
#[server(endpoint = "counselling/moderate")]
pub async fn moderate(
    locale: String,
    post: i32,
    action: String,
    reason: String,
    from_thread: bool,
) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::counselling::moderation::decide(&state.db, &actor, post, &action, &reason).await?;
    if from_thread {
        back_to_post(&locale, post, "moderation-saved");
    } else {
        go(format!(
            "/{locale}/counselling/moderation?done=moderation-saved"
        ));
    }
    Ok(())
}

#[server(endpoint = "counselling/notifications/read")]
pub async fn read_notifications(locale: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::counselling::follow::mark_read(&state.db, actor.member_id, None).await?;
    store::plans::follow::mark_read(&state.db, actor.member_id, None).await?;
    go(format!(
        "/{locale}/counselling/notifications?done=notifications-read"
    ));
    Ok(())
}

#[server(endpoint = "counselling/digest")]
pub async fn set_digest(locale: String, digest: String) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    store::counselling::follow::set_digest(&state.db, actor.member_id, &digest).await?;
    go(format!(
        "/{locale}/counselling/notifications?done=digest-saved"
    ));
    Ok(())
}
