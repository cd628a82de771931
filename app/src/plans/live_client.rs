//! In the browser: a plan's pages follow its event stream (every accepted
//! change, who has it open). An activity's form takes in a change to a field
//! its editor has not touched, and warns of one to a field they have; its
//! saves go through `fetch`, and a save made while the connection is down is
//! kept in the browser and sent when it returns (with the values the form
//! was opened with, so a conflict is still caught). The browser's
//! EventSource reconnects by itself and sends `Last-Event-ID`: nothing is missed.

use std::sync::atomic::{AtomicU64, Ordering};

use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::model::{ActivityPage, ActivityView, ChangeEvent, PlanView, PresenceView};
use crate::i18n::{Arg, I18n};

/// Where saves made offline wait, oldest first: `[[action, body], …]`.
const QUEUE: &str = "vetnet-plan-queue";

/// Follows strategy `strategy` from revision `after` on, while the page is shown.
pub fn follow(
    strategy: i32,
    after: i32,
    editing: Option<i32>,
    presence: RwSignal<Vec<PresenceView>>,
    on_change: impl Fn(ChangeEvent) + 'static,
) {
    let url = super::paths::events(strategy, after, editing);
    let Ok(source) = web_sys::EventSource::new(&url) else {
        return;
    };
    let on_change =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(change) = e
                .data()
                .as_string()
                .and_then(|t| serde_json::from_str::<ChangeEvent>(&t).ok())
            {
                on_change(change);
            }
        });
    let on_presence =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(list) = e
                .data()
                .as_string()
                .and_then(|t| serde_json::from_str::<Vec<PresenceView>>(&t).ok())
            {
                presence.set(list);
            }
        });
    // Back online (the stream reconnected): send what waited.
    let on_open = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| spawn_local(flush()));
    let _ = source.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    let _ =
        source.add_event_listener_with_callback("presence", on_presence.as_ref().unchecked_ref());
    let _ = source.add_event_listener_with_callback("open", on_open.as_ref().unchecked_ref());
    let held = SendWrapper::new((source, on_change, on_presence, on_open));
    on_cleanup(move || {
        let (source, ..) = held.take();
        source.close();
    });
}

/// Numbers the reads of a page: only the latest read's answer is shown, so
/// an answer that arrives after a later one's cannot bring back older values.
static READS: AtomicU64 = AtomicU64::new(0);

/// Reads the plan again and shows it.
pub fn reload(plan: RwSignal<PlanView>, i18n: I18n) {
    let id = plan.with_untracked(|p| p.id);
    let ticket = READS.fetch_add(1, Ordering::SeqCst) + 1;
    spawn_local(async move {
        if let Ok(Some(fresh)) = super::api::load_plan(id, i18n.locale()).await {
            if READS.load(Ordering::SeqCst) == ticket {
                plan.set(fresh);
            }
        }
    });
}

/// Reads the activity's page again and shows it (its forms stay as they are).
pub fn reload_activity(page: RwSignal<ActivityPage>, live: RwSignal<ActivityView>, i18n: I18n) {
    let (plan, id) = page.with_untracked(|p| (p.plan.id, p.activity.id));
    let ticket = READS.fetch_add(1, Ordering::SeqCst) + 1;
    spawn_local(async move {
        if let Ok(Some(fresh)) = super::api::load_activity(plan, id, i18n.locale(), false).await {
            if READS.load(Ordering::SeqCst) == ticket {
                live.set(fresh.activity.clone());
                page.set(fresh);
            }
        }
    });
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn sorted_ids(mut ids: Vec<String>) -> String {
    ids.retain(|s| !s.is_empty());
    ids.sort_by_key(|s| s.parse::<i64>().unwrap_or(i64::MAX));
    ids.join(",")
}

/// What the form's control for `field` holds now, written as the server writes it.
fn control_value(form: &web_sys::Element, field: &str) -> Option<String> {
    match field {
        "aspirations" => Some(sorted_ids(
            all(form, "input[name=\"aspirations[]\"]:checked")
                .into_iter()
                .filter_map(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .collect(),
        )),
        "contributors" => Some(sorted_ids(
            all(form, "select[name=\"contributors[]\"] option:checked")
                .into_iter()
                .filter_map(|e| e.dyn_into::<web_sys::HtmlOptionElement>().ok())
                .map(|o| o.value())
                .collect(),
        )),
        _ => {
            let e = form.query_selector(&format!("[name=\"{field}\"]")).ok()??;
            let value = if let Some(i) = e.dyn_ref::<web_sys::HtmlInputElement>() {
                i.value()
            } else if let Some(t) = e.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                t.value()
            } else {
                e.dyn_ref::<web_sys::HtmlSelectElement>()?.value()
            };
            Some(value.replace("\r\n", "\n").trim().to_owned())
        }
    }
}

fn set_control(form: &web_sys::Element, field: &str, value: &str) {
    match field {
        "aspirations" => {
            let ids: Vec<&str> = value.split(',').collect();
            for e in all(form, "input[name=\"aspirations[]\"]") {
                if let Ok(i) = e.dyn_into::<web_sys::HtmlInputElement>() {
                    if !i.value().is_empty() {
                        i.set_checked(ids.contains(&i.value().as_str()));
                    }
                }
            }
        }
        "contributors" => {
            let ids: Vec<&str> = value.split(',').collect();
            for e in all(form, "select[name=\"contributors[]\"] option") {
                if let Ok(o) = e.dyn_into::<web_sys::HtmlOptionElement>() {
                    o.set_selected(ids.contains(&o.value().as_str()));
                }
            }
        }
        _ => {
            let Ok(Some(e)) = form.query_selector(&format!("[name=\"{field}\"]")) else {
                return;
            };
            if let Some(i) = e.dyn_ref::<web_sys::HtmlInputElement>() {
                i.set_value(value);
            } else if let Some(t) = e.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                t.set_value(value);
            } else if let Some(s) = e.dyn_ref::<web_sys::HtmlSelectElement>() {
                s.set_value(value);
            }
        }
    }
}

/// Takes a change into the open form: an untouched field shows the new
/// value (and starts from it); a field being edited keeps the editor's
/// value, with a warning that saving will show both.
pub fn absorb(change: &ChangeEvent, i18n: I18n) {
    let Some(doc) = document() else { return };
    let Some(form) = doc.get_element_by_id("activity-form") else {
        return;
    };
    let field = change.field.as_str();
    let Some(base) = form
        .query_selector(&format!("input[name=\"base_{field}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let untouched =
        control_value(&form, field).is_some_and(|v| v == base.value().replace("\r\n", "\n").trim());
    if untouched {
        set_control(&form, field, &change.after);
        base.set_value(&change.after);
    } else if let Some(warning) = doc.get_element_by_id(&format!("changed-{field}")) {
        let text = i18n.format(
            "field-changed-live",
            &[("name", Arg::from(change.member_name.clone()))],
        );
        warning.set_text_content(Some(&text));
        let _ = warning.remove_attribute("hidden");
    }
}

/// Sends a form's body as the browser would; the address it ends on.
async fn post(action: &str, body: &str) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(body));
    let headers = web_sys::Headers::new()?;
    headers.set("Content-Type", "application/x-www-form-urlencoded")?;
    headers.set("Accept", "text/html")?;
    init.set_headers(&headers);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(action, &init))
        .await?
        .dyn_into()?;
    Ok(response.url())
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn queued() -> Vec<(String, String)> {
    storage()
        .and_then(|s| s.get_item(QUEUE).ok()?)
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn keep_queue(queue: &[(String, String)]) {
    if let Some(s) = storage() {
        let _ = match queue.is_empty() {
            true => s.remove_item(QUEUE),
            false => s.set_item(QUEUE, &serde_json::to_string(queue).unwrap_or_default()),
        };
    }
}

fn go(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(url);
    }
}

/// Sends the saves that waited, oldest first, and shows where the last one ended.
async fn flush() {
    let mut queue = queued();
    let mut last = None;
    while let Some((action, body)) = queue.first().cloned() {
        match post(&action, &body).await {
            Ok(url) => {
                queue.remove(0);
                keep_queue(&queue);
                last = Some(url);
            }
            Err(_) => break,
        }
    }
    if let Some(url) = last {
        go(&url);
    }
}

/// Sends the forms marked `data-queue` through `fetch`; keeps them when the
/// connection is down. Also sends, now and when the browser is back online,
/// what an earlier page kept.
pub fn queue_forms() {
    let Some(doc) = document() else { return };
    let Some(root) = doc.document_element() else {
        return;
    };
    for form in all(&root, "form[data-queue]") {
        let on_submit = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let Some(form) = e
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let Ok(data) = web_sys::FormData::new_with_form(&form) else {
                return;
            };
            let Ok(params) = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data) else {
                return;
            };
            e.prevent_default();
            let (action, body) = (form.action(), String::from(params.to_string()));
            spawn_local(async move {
                match post(&action, &body).await {
                    Ok(url) => go(&url),
                    Err(_) => {
                        let mut queue = queued();
                        queue.push((action, body));
                        keep_queue(&queue);
                        if let Some(notice) =
                            document().and_then(|d| d.get_element_by_id("offline-notice"))
                        {
                            let _ = notice.remove_attribute("hidden");
                        }
                    }
                }
            });
        });
        let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        on_submit.forget();
    }
    if let Some(window) = web_sys::window() {
        let on_online = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| spawn_local(flush()));
        let _ =
            window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
        on_online.forget();
    }
    spawn_local(flush());
}
