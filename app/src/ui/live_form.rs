//! An island around a GET form whose results follow it in place: a pause in
//! typing, a changed choice or a submission reads the page of the new
//! address and takes its results (the element `results`) into this one; the
//! address follows. Without JavaScript the form is a plain GET.

use leptos::prelude::*;

/// How long typing pauses before the results follow.
#[cfg(feature = "hydrate")]
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// `children` holds the form (`form`, its id); `results` is the id of what follows it.
#[island]
pub fn LiveForm(form: String, results: String, children: Children) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    follow(&form, results);
    #[cfg(not(feature = "hydrate"))]
    let _ = (form, results);
    children()
}

#[cfg(feature = "hydrate")]
fn follow(form_id: &str, results: String) {
    use std::rc::Rc;
    use std::sync::atomic::{AtomicU64, Ordering};

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    use super::browser::{by_id, fetch_page};

    let Some(form) = by_id(form_id).and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok())
    else {
        return;
    };
    // Only the latest answer is shown: one that arrives after a later one's is dropped.
    let reads = Rc::new(AtomicU64::new(0));
    let show = {
        let form = form.clone();
        move || {
            let Some(query) = web_sys::FormData::new_with_form(&form)
                .ok()
                .and_then(|data| {
                    web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()
                })
            else {
                return;
            };
            let query = String::from(query.to_string());
            let url = format!(
                "{}?{query}",
                form.action().split('?').next().unwrap_or_default()
            );
            let ticket = reads.fetch_add(1, Ordering::SeqCst) + 1;
            let (reads, results) = (reads.clone(), results.clone());
            leptos::task::spawn_local(async move {
                let Ok(page) = fetch_page(&url, false).await else {
                    return;
                };
                if reads.load(Ordering::SeqCst) != ticket {
                    return;
                }
                if let (Some(new), Some(old)) = (page.get_element_by_id(&results), by_id(&results))
                {
                    old.set_inner_html(&new.inner_html());
                    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&url),
                        );
                    }
                }
            });
        }
    };
    let show = Rc::new(show);
    let typed = |event: &web_sys::Event| {
        event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some()
    };
    // Typing waits for a pause (each keystroke restarts the wait); a choice shows at once.
    let pending = std::cell::Cell::new(None::<TimeoutHandle>);
    let on_input = {
        let show = show.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            if !typed(&event) {
                return;
            }
            if let Some(handle) = pending.take() {
                handle.clear();
            }
            let show = show.clone();
            pending.set(set_timeout_with_handle(move || show(), TYPING_PAUSE).ok());
        })
    };
    let on_change = {
        let show = show.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            if !typed(&event) {
                show();
            }
        })
    };
    let on_submit = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        show();
    });
    for (name, callback) in [
        ("input", &on_input),
        ("change", &on_change),
        ("submit", &on_submit),
    ] {
        let _ = form.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    }
    // The form lives as long as the page: so do its listeners.
    on_input.forget();
    on_change.forget();
    on_submit.forget();
}
