//! An island around a thread's replies: new ones arrive as the server draws
//! them (the thread's event stream) and are added to the list, and the
//! heading's count follows. Without JavaScript the list is the page's.

use leptos::prelude::*;

use crate::i18n::{Arg, Bundle, I18n};

/// The messages the island shows: the server picks them for its props.
#[cfg(feature = "ssr")]
pub const MESSAGES: &[&str] = &["thread-replies"];

/// The replies heading and, as `children`, the list (`#replies`), following
/// thread `thread_id` after post `after`.
#[island]
pub fn LiveReplies(
    thread_id: i32,
    after: i32,
    count: u64,
    messages: Bundle,
    children: Children,
) -> impl IntoView {
    let i18n = I18n::island(messages);
    let count = RwSignal::new(count);
    #[cfg(feature = "hydrate")]
    follow(thread_id, after, &i18n.locale(), count);
    #[cfg(not(feature = "hydrate"))]
    let _ = (thread_id, after);
    let heading = move || i18n.format("thread-replies", &[("count", Arg::from(count.get()))]);
    view! {
        <h2 id="replies-title">{heading}</h2>
        {children()}
    }
}

/// Adds each post the stream sends to the list, once.
#[cfg(feature = "hydrate")]
fn follow(thread_id: i32, after: i32, locale: &str, count: RwSignal<u64>) {
    use crate::ui::browser::{by_id, document, listen};

    let url = super::paths::thread_events(thread_id, after, locale);
    let on_post = move |event: web_sys::MessageEvent| {
        let (Some(html), Some(doc), Some(list)) =
            (event.data().as_string(), document(), by_id("replies"))
        else {
            return;
        };
        if by_id(&format!("post-{}", event.last_event_id())).is_some() {
            return;
        }
        if let Ok(item) = doc.create_element("li") {
            // Drawn and sanitised on the server, like the page itself.
            item.set_inner_html(&html);
            if list.append_child(&item).is_ok() {
                count.update(|n| *n += 1);
            }
        }
    };
    listen(&url, vec![("post", Box::new(on_post))]);
}
