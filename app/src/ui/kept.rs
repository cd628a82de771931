//! Markup drawn once and kept: a part of a page that depends only on what its
//! key names (the locale and the choices in the address), not on the data or
//! the viewer, is drawn the first time and its HTML reused after (the
//! organisation list's filter form: 131 translated, sorted options, 12 % of
//! the page's time when drawn for every request).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};

use leptos::prelude::*;

/// How many parts are kept at most (a key past that is drawn every time).
const MAX_KEPT: usize = 512;

static KEPT: LazyLock<RwLock<HashMap<String, Arc<str>>>> =
    LazyLock::new(|| RwLock::new(HashMap::new()));

/// The part `key` names, drawn by `draw` the first time, as the content of
/// a `div`. Without a key (a part that is rarely the same twice, such as one
/// holding a search text) it is drawn every time.
pub fn kept<V: IntoView>(key: Option<String>, draw: impl FnOnce() -> V) -> impl IntoView {
    let found = key
        .as_ref()
        .and_then(|key| KEPT.read().ok()?.get(key).cloned());
    let html = match found {
        Some(html) => html,
        None => {
            let html: Arc<str> = draw().into_view().to_html().into();
            if let (Some(key), Ok(mut k)) = (key, KEPT.write()) {
                if k.len() < MAX_KEPT {
                    k.insert(key, html.clone());
                }
            }
            html
        }
    };
    view! { <div inner_html=html></div> }
}
