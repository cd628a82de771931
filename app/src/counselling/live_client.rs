//! In the browser: a thread page listens to the thread's event stream and
//! adds each new post to the list it shows. The browser's EventSource
//! reconnects by itself and sends `Last-Event-ID`, so nothing is missed.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::model::PostView;

/// Follows thread `thread_id` from post `after` on, while the page is shown.
pub fn follow(thread_id: i32, after: i32, replies: RwSignal<Vec<PostView>>) {
    let url = super::paths::thread_events(thread_id, after);
    let Ok(source) = web_sys::EventSource::new(&url) else {
        return;
    };
    let on_post =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(text) = event.data().as_string() else {
                return;
            };
            let Ok(post) = serde_json::from_str::<PostView>(&text) else {
                return;
            };
            replies.update(|list| {
                if !list.iter().any(|p| p.id == post.id) {
                    list.push(post);
                }
            });
        });
    let _ = source.add_event_listener_with_callback("post", on_post.as_ref().unchecked_ref());
    let held = SendWrapper::new((source, on_post));
    on_cleanup(move || {
        let (source, _callback) = held.take();
        source.close();
    });
}
