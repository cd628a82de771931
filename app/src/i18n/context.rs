//! The page's active locale and its messages, shared with every component.
//!
//! Pages are drawn on the server, which holds every locale's bundle: the
//! context is that bundle, never sent to the browser. An island gets the few
//! messages it shows in its props ([`I18n::pick`]) and makes its own
//! [`I18n`] of them ([`I18n::island`]).

use std::sync::Arc;

use leptos::prelude::*;

use super::{locales, Arg, Bundle};

/// The messages on screen.
#[derive(Clone, Copy)]
pub struct I18n {
    bundle: StoredValue<Arc<Bundle>>,
}

impl I18n {
    pub fn new(bundle: Arc<Bundle>) -> Self {
        Self {
            bundle: StoredValue::new(bundle),
        }
    }

    /// Inside an island: the messages its props carry. Not provided as the
    /// context: the server-drawn children of an island read the page's.
    pub fn island(messages: Bundle) -> Self {
        Self::new(Arc::new(messages))
    }

    /// The formatted message (its id if the locale lacks it). Empty once the
    /// page that owned the messages is gone (a late read while a response ends).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.bundle
            .try_with_value(|b| b.format(id, args))
            .unwrap_or_default()
    }

    /// The locale of the messages on screen.
    pub fn locale(&self) -> String {
        self.bundle
            .try_with_value(|b| b.locale.clone())
            .unwrap_or_else(|| locales::REFERENCE.to_owned())
    }

    /// A number formatted for the locale on screen.
    pub fn number(&self, n: impl Into<f64>) -> String {
        self.bundle
            .with_value(|b| super::plural::format_number(&b.locale, n.into()))
    }

    /// The messages `ids` of this locale, for an island's props.
    pub fn pick(&self, ids: &[&str]) -> Bundle {
        self.bundle.with_value(|b| b.pick(ids))
    }
}

/// Provides the messages of the locale the URL names (or the reference
/// locale). Call once, inside the router (server only: pages are drawn there).
#[cfg(feature = "ssr")]
pub fn provide_i18n() -> I18n {
    let location = leptos_router::hooks::use_location();
    let locale = location.pathname.with_untracked(|path| {
        locales::from_path(path)
            .unwrap_or(locales::REFERENCE)
            .to_owned()
    });
    let bundle = match use_context::<crate::state::AppState>() {
        Some(state) => state.catalog.bundle(&locale),
        None => Arc::new(Bundle::new(locale, Default::default())),
    };
    let i18n = I18n::new(bundle);
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A message without arguments, as a reactive value for a view or an attribute.
pub fn t(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.format(id, &[])
}
