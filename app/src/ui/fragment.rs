//! A piece of a page drawn outside a page's request (server only): what a
//! live stream sends, drawn by the same components as the page it joins.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{Bundle, I18n};

/// What `draw` returns, drawn with `bundle`'s messages.
pub fn with_messages<T>(bundle: Arc<Bundle>, draw: impl FnOnce(I18n) -> T) -> T {
    let owner = Owner::new();
    owner.with(|| {
        let i18n = I18n::new(bundle);
        provide_context(i18n);
        draw(i18n)
    })
}
