//! The loaders of the counselling pages (read-only server functions).

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{
    AskForm, EditForm, HistoryView, ModerationView, NotificationsView, ThreadFilter, ThreadList,
    ThreadView,
};
use crate::account::{Editable, FormError};

use super::support::*;
use crate::account::api_support::*;

/// Threads per page of the list.
const THREADS_PER_PAGE: u32 = 20;

/// One page of the threads list, filtered as the URL says.
#[server(endpoint = "counselling/threads", input = GetUrl)]
pub async fn list_threads(filter: ThreadFilter) -> Result<ThreadList, FormError> {
    use store::counselling::list::{threads, Solved, ThreadQuery};
    let state = app_state()?;
    let viewer = actor();
    let sight = sight_of(&state, viewer.as_ref()).await?;
    let show = filter.show.as_deref().filter(|_| viewer.is_some());
    let query = ThreadQuery {
        text: filter
            .q
            .clone()
            .unwrap_or_default()
            .chars()
            .take(200)
            .collect(),
        topic: filter
            .topic
            .as_deref()
            .and_then(store::vocabulary::Topic::parse),
        lang: filter
            .lang
            .clone()
            .filter(|l| crate::i18n::locales::is_supported(l)),
        network: filter.network.clone().filter(|n| n.len() <= 200),
        solved: match filter.solved.as_deref() {
            Some("yes") => Some(Solved::Yes),
            Some("no") => Some(Solved::No),
            _ => None,
        },
        followed: show == Some("followed"),
        mine: show == Some("mine"),
        page: filter.page.unwrap_or(1).max(1) - 1,
        per_page: THREADS_PER_PAGE,
    };
    let found = threads(&state.db, &sight, &query).await?;
    let (followed_topics, unread_notifications) = match &viewer {
        Some(a) => (
            store::counselling::follow::followed_topics(&state.db, a.member_id).await?,
            store::counselling::follow::unread_count(&state.db, a.member_id).await?,
        ),
        None => (Vec::new(), 0),
    };
    let pages = found.total.div_ceil(u64::from(THREADS_PER_PAGE)).max(1) as u32;
    Ok(ThreadList {
        total: found.total,
        page: query.page + 1,
        pages,
        threads: found.threads.into_iter().map(thread_item).collect(),
        languages: languages(),
        networks: networks_in_sight(&state, &sight).await?,
        signed_in: viewer.is_some(),
        may_moderate: sight.moderates_anything(),
        followed_topics,
        unread_notifications,
    })
}

/// A thread as the viewer may see it (`None`: missing or not theirs to see),
/// with page `page` of its replies (the last when `None`); `quote` starts the
/// reply form with that post quoted. Opening it marks it read.
#[server(endpoint = "counselling/thread", input = GetUrl)]
pub async fn load_thread(
    id: i32,
    page: Option<u64>,
    quote: Option<i32>,
    locale: String,
) -> Result<Option<ThreadView>, FormError> {
    use store::counselling::{markdown, read};
    let state = app_state()?;
    let viewer = actor();
    let sight = sight_of(&state, viewer.as_ref()).await?;
    let Some(thread) = read::thread(&state.db, &sight, id, page).await? else {
        return Ok(None);
    };
    if let Some(a) = &viewer {
        read::mark_thread_read(&state.db, a.member_id, id).await?;
    }
    let draft = match quote {
        Some(q) => read::post(&state.db, &sight, q)
            .await?
            .filter(|(p, _)| p.thread_id == id)
            .map(|(p, _)| markdown::quote(&p.author_name, &p.body))
            .unwrap_or_default(),
        None => String::new(),
    };
    let network = thread
        .network
        .map(|(slug, name)| super::model::NetworkChoice { slug, name });
    let had_accepted = thread.accepted.is_some();
    let mut posts: Vec<super::model::PostView> = thread
        .posts
        .into_iter()
        .chain(thread.accepted)
        .map(super::model::PostView::from)
        .collect();
    let hosts: Vec<store::library::attach::Host> = posts
        .iter()
        .map(|p| store::library::attach::Host::Post(p.id))
        .collect();
    let mut attached = crate::library::attached_to(&state, &sight, &hosts, &locale).await?;
    for post in &mut posts {
        if let Some(resources) = attached.remove(&store::library::attach::Host::Post(post.id)) {
            post.resources = resources;
        }
    }
    // The accepted answer came last (it may be on another page of replies).
    let accepted = if had_accepted { posts.pop() } else { None };
    let mut posts = posts.into_iter();
    let Some(question) = posts.next() else {
        return Ok(None);
    };
    Ok(Some(ThreadView {
        id,
        title: thread.title,
        topic: thread.topic,
        lang: thread.lang,
        network,
        hidden: thread.hidden,
        question,
        replies: posts.collect(),
        accepted,
        accepted_post_id: thread.accepted_post_id,
        reply_count: thread.replies,
        page: thread.page,
        pages: thread.pages,
        viewer_id: viewer.map(|a| a.member_id),
        following: thread.following,
        may_accept: thread.may_accept,
        may_moderate: thread.may_moderate,
        draft,
        languages: languages(),
    }))
}

/// Where a post is: its thread and the page that shows it.
#[server(endpoint = "counselling/post-place", input = GetUrl)]
pub async fn load_post_place(post: i32) -> Result<Option<(i32, u64)>, FormError> {
    let state = app_state()?;
    let sight = sight_of(&state, actor().as_ref()).await?;
    Ok(store::counselling::read::post_place(&state.db, &sight, post).await?)
}

/// The ask form's choices, for a signed-in member.
#[server(endpoint = "counselling/ask-form", input = GetUrl)]
pub async fn load_ask_form() -> Result<Editable<AskForm>, FormError> {
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let sight = sight_of(&state, Some(&viewer)).await?;
    Ok(Editable::Allowed(AskForm {
        languages: languages(),
        networks: networks_in_sight(&state, &sight).await?,
    }))
}

/// A post's text for its author's edit form.
#[server(endpoint = "counselling/edit-form", input = GetUrl)]
pub async fn load_edit_form(post_id: i32) -> Result<Editable<EditForm>, FormError> {
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let sight = sight_of(&state, Some(&viewer)).await?;
    let Some((post, thread_title)) =
        store::counselling::read::post(&state.db, &sight, post_id).await?
    else {
        return Ok(Editable::Missing);
    };
    if post.author_id != viewer.member_id {
        return Ok(Editable::NotAllowed);
    }
    Ok(Editable::Allowed(EditForm {
        post_id,
        thread_id: post.thread_id,
        thread_title,
        body: post.body,
        lang: post.lang,
    }))
}

/// A post with every version of its text.
#[server(endpoint = "counselling/history", input = GetUrl)]
pub async fn load_history(post_id: i32) -> Result<Option<HistoryView>, FormError> {
    let state = app_state()?;
    let sight = sight_of(&state, actor().as_ref()).await?;
    let found = store::counselling::read::history(&state.db, &sight, post_id).await?;
    Ok(found.map(|(post, versions)| HistoryView {
        thread_id: post.thread_id,
        post: post.into(),
        versions: versions
            .into_iter()
            .map(|v| (v.created_at.format("%Y-%m-%d %H:%M").to_string(), v.html))
            .collect(),
    }))
}

/// The viewer's notifications, followed topics and digest choice.
#[server(endpoint = "counselling/notifications", input = GetUrl)]
pub async fn load_notifications() -> Result<Editable<NotificationsView>, FormError> {
    use store::counselling::follow;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let db = &state.db;
    let items = follow::notifications(db, viewer.member_id, 100).await?;
    let mut plan_changes = Vec::new();
    for c in store::plans::follow::notifications(db, viewer.member_id, 100).await? {
        let after = match c.new_status() {
            Some(status) => status.message_id().to_owned(),
            None => store::plans::read::names(db, c.field.key(), &c.after).await?,
        };
        plan_changes.push(super::model::PlanChangeItem {
            notice: c.notice_id().to_owned(),
            status_changed: c.new_status().is_some(),
            after,
            strategy_id: c.strategy_id,
            activity_id: c.activity_id,
            activity_title: c.activity_title,
            author_name: c.author_name,
            created: c.created_at.format("%Y-%m-%d %H:%M").to_string(),
            read: c.read,
        });
    }
    Ok(Editable::Allowed(NotificationsView {
        plan_changes,
        items: items
            .into_iter()
            .map(|n| super::model::NotificationItem {
                thread_id: n.thread_id,
                post_id: n.post_id,
                thread_title: n.thread_title,
                thread_lang: n.thread_lang,
                reason: n.reason,
                author_name: n.author_name,
                created: n.created_at.format("%Y-%m-%d %H:%M").to_string(),
                read: n.read,
            })
            .collect(),
        digest: follow::digest_of(db, viewer.member_id).await?,
        followed_topics: follow::followed_topics(db, viewer.member_id).await?,
    }))
}

/// The moderation queue and log, for the moderators.
#[server(endpoint = "counselling/moderation", input = GetUrl)]
pub async fn load_moderation() -> Result<Editable<ModerationView>, FormError> {
    use store::counselling::moderation;
    let state = app_state()?;
    let Some(viewer) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let sight = sight_of(&state, Some(&viewer)).await?;
    if !sight.moderates_anything() {
        return Ok(Editable::NotAllowed);
    }
    let queue = moderation::queue(&state.db, &sight).await?;
    let decisions = moderation::decisions(&state.db, &sight, 100).await?;
    Ok(Editable::Allowed(ModerationView {
        queue: queue
            .into_iter()
            .map(|f| super::model::FlaggedItem {
                thread_id: f.post.thread_id,
                post: f.post.into(),
                thread_title: f.thread_title,
                flags: f
                    .flags
                    .into_iter()
                    .map(|r| (r.member_name, r.reason))
                    .collect(),
            })
            .collect(),
        decisions: decisions
            .into_iter()
            .map(|d| super::model::DecisionItem {
                post_id: d.post_id,
                thread_id: d.thread_id,
                thread_title: d.thread_title,
                moderator_name: d.moderator_name,
                action: d.action,
                reason: d.reason,
                created: d.created_at.format("%Y-%m-%d %H:%M").to_string(),
            })
            .collect(),
    }))
}
