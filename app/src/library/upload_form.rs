//! An island around an upload form: in the browser the form is sent by
//! `XMLHttpRequest` so that a progress bar follows the upload, a file over
//! the limit is refused before it is sent, and a refusal is shown above the
//! form without losing what was typed. Without JavaScript the form is a
//! plain multipart post that the server answers with a redirect.

use leptos::prelude::*;

use crate::i18n::{Bundle, I18n};

/// The messages the island shows: the server picks them for its props.
#[cfg(feature = "ssr")]
pub const MESSAGES: &[&str] = &["upload-progress", "upload-failed", "error-file-too-large"];

/// `children` holds the form (`form`, its id). `limit` is the largest file
/// the form takes, `video_limit` the largest when its `kind` is `video`.
#[island]
pub fn UploadForm(
    form: String,
    limit: u64,
    video_limit: u64,
    messages: Bundle,
    children: Children,
) -> impl IntoView {
    let i18n = I18n::island(messages);
    let progress = RwSignal::new(None::<f64>);
    let problem = RwSignal::new(String::new());
    #[cfg(feature = "hydrate")]
    send_with_progress(&form, limit, video_limit, i18n, progress, problem);
    #[cfg(not(feature = "hydrate"))]
    let _ = (&form, limit, video_limit);
    let percent = move || progress.get().map_or(0.0, |p| (p * 100.0).round());
    let label = move || {
        i18n.format(
            "upload-progress",
            &[("percent", crate::i18n::Arg::from(percent()))],
        )
    };
    view! {
        <p class="notice notice--error" role="alert" hidden=move || problem.with(String::is_empty)>
            {move || problem.get()}
        </p>
        {children()}
        <div class="upload-progress" hidden=move || progress.get().is_none() aria-live="polite">
            <progress max="100" value=percent></progress>
            <span>{label}</span>
        </div>
    }
}

#[cfg(feature = "hydrate")]
fn send_with_progress(
    form_id: &str,
    limit: u64,
    video_limit: u64,
    i18n: I18n,
    progress: RwSignal<Option<f64>>,
    problem: RwSignal<String>,
) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    use crate::ui::browser::by_id;

    let Some(form) = by_id(form_id).and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok())
    else {
        return;
    };
    let target = form.clone();
    let on_submit = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        let Ok(data) = web_sys::FormData::new_with_form(&form) else {
            return;
        };
        let is_video = data
            .get("kind")
            .as_string()
            .is_some_and(|kind| kind == "video");
        let allowed = if is_video {
            video_limit.max(limit)
        } else {
            limit
        };
        let too_large = data
            .get("file")
            .dyn_into::<web_sys::File>()
            .is_ok_and(|file| file.size() > allowed as f64);
        if too_large {
            problem.set(i18n.format("error-file-too-large", &[]));
            return;
        }
        problem.set(String::new());
        let Ok(request) = web_sys::XmlHttpRequest::new() else {
            return;
        };
        if request.open("POST", &form.action()).is_err() {
            return;
        }
        // The server answers a script with JSON: where to go, or why not.
        let _ = request.set_request_header("Accept", "application/json");
        let on_progress = Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(
            move |event: web_sys::ProgressEvent| {
                if event.length_computable() && event.total() > 0.0 {
                    progress.set(Some(event.loaded() / event.total()));
                }
            },
        );
        if let Ok(upload) = request.upload() {
            upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
        }
        on_progress.forget();
        let answered = request.clone();
        let on_done = Closure::<dyn FnMut()>::new(move || {
            progress.set(None);
            let text = answered.response_text().ok().flatten().unwrap_or_default();
            let answer = js_sys::JSON::parse(&text).unwrap_or(wasm_bindgen::JsValue::NULL);
            let field = |name: &str| {
                js_sys::Reflect::get(&answer, &name.into())
                    .ok()
                    .and_then(|v| v.as_string())
            };
            if let Some(go) = field("redirect") {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().assign(&go);
                }
            } else {
                let message = field("error").unwrap_or_else(|| i18n.format("upload-failed", &[]));
                problem.set(message);
            }
        });
        request.set_onloadend(Some(on_done.as_ref().unchecked_ref()));
        on_done.forget();
        progress.set(Some(0.0));
        let _ = request.send_with_opt_form_data(Some(&data));
    });
    let _ = target.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    // The form lives as long as the page: so does its listener.
    on_submit.forget();
}
