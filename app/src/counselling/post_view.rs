//! One post of a thread: who wrote it (member, organisation, country, the
//! language it is written in), its text, and what the viewer may do with it.

use std::sync::{Arc, LazyLock};

use leptos::prelude::*;
use store::vocabulary::ModerationAction;

use super::model::PostView;
use super::paths;
use crate::i18n::{t, I18n};
use crate::ui::{Kept, LocaleField};

/// What a thread's posts need to know of the thread and its viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostContext {
    pub thread_id: i32,
    pub question_id: i32,
    pub accepted: Option<i32>,
    pub viewer_id: Option<i32>,
    pub may_accept: bool,
    pub may_moderate: bool,
}

/// The accepted answer above the replies, on every page: who wrote it and
/// its text; its time links to the reply on its own page.
pub fn accepted_item(post: PostView, i18n: I18n) -> impl IntoView {
    let href = move || paths::post(&i18n.locale(), post.id);
    view! {
        <article class="post post--accepted">
            <header class="post__head">
                <span>{post.author_name.clone()}</span>
                <span class="muted">
                    {post.organisation_name.clone()} " · "
                    <a href=href><time datetime=post.created_iso.clone()>{post.created.clone()}</time></a>
                </span>
            </header>
            <div class="post__body" lang=post.lang.clone() inner_html=post.html.clone()></div>
        </article>
    }
}

/// What a post's markup depends on besides the post and the locale: where
/// it stands in its thread and what the viewer may do with it (not who the
/// viewer is, so that viewers with the same rights share the markup).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct PostRights {
    thread_id: i32,
    is_question: bool,
    accepted: bool,
    own: bool,
    signed_in: bool,
    may_accept: bool,
    may_moderate: bool,
}

impl PostRights {
    fn of(post: &PostView, c: PostContext) -> Self {
        Self {
            thread_id: c.thread_id,
            is_question: post.id == c.question_id,
            accepted: c.accepted == Some(post.id),
            own: c.viewer_id == Some(post.author_id),
            signed_in: c.viewer_id.is_some(),
            may_accept: c.may_accept,
            may_moderate: c.may_moderate,
        }
    }
}

/// Posts' markup, kept by post (as read, all of it), rights and locale: a
/// thread's page draws only the posts it has not shown before in this form
/// (drawing all fifty was the largest part of the page's time). An edit,
/// a moderation or a renamed author reads as another post, drawn anew.
static POSTS: LazyLock<Kept<(PostView, PostRights, String)>> =
    LazyLock::new(|| Kept::new(16 << 20));

/// The markup of one post of a thread, as `post_item` draws it.
pub fn post_markup(post: PostView, c: PostContext, i18n: I18n) -> Arc<str> {
    let rights = PostRights::of(&post, c);
    POSTS.get((post, rights, i18n.locale()), |(post, rights, _)| {
        post_item(post, *rights, i18n).into_view().to_html()
    })
}

fn post_item(post: &PostView, r: PostRights, i18n: I18n) -> impl IntoView {
    let post = post.clone();
    let locale = move || i18n.locale();
    let PostRights {
        is_question,
        accepted,
        own,
        signed_in,
        ..
    } = r;
    let hidden = post.hidden_reason.is_some();
    let id = post.id;
    let member = move || format!("/{}/directory/members/{}", locale(), post.author_id);
    let organisation = {
        let slug = post.organisation_slug.clone();
        move || format!("/{}/directory/organisations/{slug}", locale())
    };
    let country = {
        let key = format!("country-{}", post.country_code);
        move || i18n.format(&key, &[])
    };
    let language = {
        let key = format!("language-{}", post.lang);
        move || i18n.format(&key, &[])
    };
    let history = move || format!("/{}/counselling/posts/{id}/history", locale());
    let edited = post
        .edited
        .then(|| view! { <a class="post__edited" href=history>{t("post-edited-link")}</a> });
    let hidden_note = post.hidden_reason.clone().map(|reason| {
        view! { <p class="notice notice--error post__hidden">{move || i18n.format("post-hidden", &[("reason", reason.clone().into())])}</p> }
    });
    let accept = (r.may_accept && !is_question && !hidden).then(|| {
        let (target, label, class) = if accepted {
            (0, t("answer-unaccept"), "link-button")
        } else {
            (id, t("answer-accept"), "secondary")
        };
        view! {
            <form method="post" action=paths::ACCEPT class="inline-form">
                <LocaleField/>
                <input type="hidden" name="thread" value=r.thread_id/>
                <input type="hidden" name="post" value=target/>
                <button type="submit" class=class>{label}</button>
            </form>
        }
    });
    let quote = (signed_in && !hidden).then(|| {
        let href = move || {
            format!(
                "/{}/counselling/threads/{}?quote={id}#reply",
                locale(),
                r.thread_id
            )
        };
        view! { <a href=href>{t("post-quote")}</a> }
    });
    let edit = own.then(|| {
        let href = move || format!("/{}/counselling/posts/{id}/edit", locale());
        view! { <a href=href>{t("post-edit")}</a> }
    });
    let flag = (signed_in && !own && !hidden).then(|| {
        view! {
            <details class="post__tool">
                <summary>{t("post-flag")}</summary>
                <form method="post" action=paths::FLAG class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="post" value=id/>
                    <label for=format!("flag-{id}")>{t("flag-reason")}</label>
                    <input id=format!("flag-{id}") name="reason" maxlength="500" required/>
                    <button type="submit">{t("flag-send")}</button>
                </form>
            </details>
        }
    });
    let moderate = r.may_moderate.then(|| {
        let action = if hidden {
            ModerationAction::Restore
        } else {
            ModerationAction::Hide
        };
        let label = if hidden {
            t("moderation-restore")
        } else {
            t("moderation-hide")
        };
        view! {
            <details class="post__tool">
                <summary>{t("moderation-decide")}</summary>
                <form method="post" action=paths::MODERATE class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="post" value=id/>
                    <input type="hidden" name="action" value=action.key()/>
                    <input type="hidden" name="from_thread" value="true"/>
                    <label for=format!("moderate-{id}")>{t("moderation-reason")}</label>
                    <input id=format!("moderate-{id}") name="reason" maxlength="500" required/>
                    <button type="submit">{label}</button>
                </form>
            </details>
        }
    });
    let attached = (!hidden).then(|| {
        let at = crate::library::Attaching::post(id, signed_in && (own || r.may_moderate));
        crate::library::attached_resources(&post.resources, at, i18n)
    });
    let class = match (accepted, hidden) {
        (_, true) => "post post--hidden",
        (true, _) => "post post--accepted",
        _ => "post",
    };
    let accepted_badge = accepted
        .then(|| view! { <span class="badge badge--strong">{t("answer-accepted-badge")}</span> });
    view! {
        <article class=class id=format!("post-{id}")>
            <header class="post__head">
                <a href=member>{post.author_name.clone()}</a>
                <span class="muted">
                    <a href=organisation>{post.organisation_name.clone()}</a>
                    " · " {country} " · " {language} " · "
                    <time datetime=post.created_iso.clone()>{post.created.clone()}</time>
                </span>
                {edited}
                {accepted_badge}
            </header>
            {hidden_note}
            <div class="post__body" lang=post.lang.clone() inner_html=post.html.clone()></div>
            {attached}
            <footer class="post__actions">
                {accept}
                {quote}
                {edit}
                {flag}
                {moderate}
            </footer>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::{post_markup, PostContext};
    use crate::counselling::model::PostView;
    use crate::i18n::catalog::Catalog;
    use crate::ui::with_messages;

    fn post(id: i32) -> PostView {
        PostView {
            id,
            author_id: 5,
            author_name: "Ana Pereira".into(),
            organisation_slug: "escola-porto".into(),
            organisation_name: "Escola Profissional do Porto".into(),
            country_code: "PT".into(),
            lang: "pt".into(),
            html: "<p>Estágios em empresas</p>".into(),
            created: "2026-12-01 09:00".into(),
            created_iso: "2026-12-01T09:00:00Z".into(),
            edited: false,
            hidden_reason: None,
            resources: Vec::new(),
        }
    }

    fn viewer(viewer_id: Option<i32>, may_moderate: bool) -> PostContext {
        PostContext {
            thread_id: 3,
            question_id: 1,
            accepted: None,
            viewer_id,
            may_accept: false,
            may_moderate,
        }
    }

    #[test]
    fn kept_markup_follows_the_viewers_rights_the_locale_and_every_change_of_the_post() {
        let (catalog, _) = Catalog::load();
        let draw = |locale: &str, post: PostView, c: PostContext| {
            with_messages(catalog.bundle(locale), |i18n| post_markup(post, c, i18n)).to_string()
        };
        let moderator = draw("en", post(90_001), viewer(Some(8), true));
        let member = draw("en", post(90_001), viewer(Some(9), false));
        let visitor = draw("en", post(90_001), viewer(None, false));
        let author = draw("en", post(90_001), viewer(Some(5), false));
        assert!(moderator.contains(super::paths::MODERATE));
        assert!(!member.contains(super::paths::MODERATE), "no moderation form kept from the moderator's view");
        assert!(member.contains(super::paths::FLAG));
        assert!(!visitor.contains(super::paths::FLAG), "a visitor may not flag");
        assert!(author.contains("/edit") && !member.contains("/edit"), "only the author edits");
        assert_eq!(draw("en", post(90_001), viewer(Some(10), false)), member, "members with the same rights share it");

        let german = draw("de", post(90_001), viewer(Some(9), false));
        assert!(german.contains("/de/directory/members/5") && german != member);

        let mut edited = post(90_001);
        edited.html = "<p>Estágios em empresas, revisto</p>".into();
        edited.edited = true;
        assert!(draw("en", edited, viewer(Some(9), false)).contains("revisto"), "an edit is drawn anew");
        let mut renamed = post(90_001);
        renamed.author_name = "Ana Pereira Silva".into();
        assert!(draw("en", renamed, viewer(Some(9), false)).contains("Ana Pereira Silva"));
    }
}
