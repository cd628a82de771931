//! A piece of a page drawn outside a page's request (server only): what a
//! live stream sends, drawn by the same components as the page it joins.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{Bundle, I18n};

/// The HTML of `view`, drawn with `bundle`'s messages.
pub fn fragment<V: IntoView>(bundle: Arc<Bundle>, view: impl FnOnce(I18n) -> V) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let i18n = I18n::new(bundle);
        provide_context(i18n);
        view(i18n).into_view().to_html()
    })
}
