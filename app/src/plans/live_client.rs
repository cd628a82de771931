//! In the browser, for the plan island (`plan_live`): an activity's form
//! takes in a change to a field its editor has not touched, and warns of one
//! to a field they have; its saves go through `fetch`, and a save made while
//! the connection is down is kept in the browser and sent when it returns
//! (with the values the form was opened with, so a conflict is still caught).

use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::stream_model::ChangeEvent;
use crate::i18n::{Arg, I18n};
use crate::ui::browser::{all, document, go};

/// Where saves made offline wait, oldest first: `[[action, body], …]`.
const QUEUE: &str = "vetnet-plan-queue";

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

/// Sends the saves that waited, oldest first, and shows where the last one ended.
pub async fn flush() {
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
