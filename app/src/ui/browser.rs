//! What the islands do with the page in the browser (hydrate only): follow
//! an event stream, read a page again from the server and take its fresh
//! parts into the one on screen.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// Every element under `root` that `selector` matches.
pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// A handler of one kind of event of a stream.
pub type OnEvent = Box<dyn FnMut(web_sys::MessageEvent)>;

/// Opens the stream at `url` with a handler per event name (`open` for the
/// connection's opening), closed when the island goes. The browser's
/// EventSource reconnects by itself and sends `Last-Event-ID`.
pub fn listen(url: &str, handlers: Vec<(&'static str, OnEvent)>) {
    let Ok(source) = web_sys::EventSource::new(url) else {
        return;
    };
    let closures: Vec<Closure<dyn FnMut(web_sys::MessageEvent)>> = handlers
        .into_iter()
        .map(|(name, handler)| {
            let closure = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(handler);
            let _ = source.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
            closure
        })
        .collect();
    let held = SendWrapper::new((source, closures));
    on_cleanup(move || {
        let (source, _closures) = held.take();
        source.close();
    });
}

/// The page at `url` as the server draws it; `fresh`: drawn now, past the
/// visitors' cache (after a change the stream told of).
pub async fn fetch_page(url: &str, fresh: bool) -> Result<web_sys::Document, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let init = web_sys::RequestInit::new();
    let headers = web_sys::Headers::new()?;
    headers.set("Accept", "text/html")?;
    if fresh {
        headers.set("Cache-Control", "no-cache")?;
    }
    init.set_headers(&headers);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::NULL);
    }
    let text = JsFuture::from(response.text()?).await?;
    let text = text.as_string().unwrap_or_default();
    web_sys::DomParser::new()?.parse_from_string(&text, web_sys::SupportedType::TextHtml)
}

/// Takes the content of each element marked `data-live` from `fresh` into
/// the page on screen (matched by id). Live parts hold no island and no form.
pub fn take_live_parts(fresh: &web_sys::Document) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    for part in all(&root, "[data-live]") {
        if let Some(new) = fresh.get_element_by_id(&part.id()) {
            part.set_inner_html(&new.inner_html());
            for name in ["data-status", "hidden"] {
                match new.get_attribute(name) {
                    Some(value) => _ = part.set_attribute(name, &value),
                    None => _ = part.remove_attribute(name),
                }
            }
        }
    }
}

/// The page's address now.
pub fn here() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Goes to `url` (a full page load).
pub fn go(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(url);
    }
}
