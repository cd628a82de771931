//! The page's active locale and its messages, shared with every component.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::server::SharedValue;
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};

use super::{get_bundle, locales, Arg, Bundle};

/// The messages on screen. The server renders with the bundle of the locale in
/// the URL and embeds it in the page; the browser starts from that copy and,
/// when the URL's locale changes, fetches the other bundle and swaps it in place.
#[derive(Clone, Copy)]
pub struct I18n {
    bundle: RwSignal<Arc<Bundle>>,
}

impl I18n {
    /// The formatted message (its id if the locale lacks it). Empty once the
    /// page that owned the messages is gone (a late read while a response ends).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.bundle
            .try_with(|b| b.format(id, args))
            .unwrap_or_default()
    }

    /// The locale of the messages on screen.
    pub fn locale(&self) -> String {
        self.bundle
            .try_with(|b| b.locale.clone())
            .unwrap_or_else(|| locales::REFERENCE.to_owned())
    }

    /// A number formatted for the locale on screen.
    pub fn number(&self, n: impl Into<f64>) -> String {
        self.bundle
            .with(|b| super::plural::format_number(&b.locale, n.into()))
    }
}

/// Provides the messages of the locale the URL names (or the reference locale)
/// and keeps them in step with the URL. Call once, inside the router.
pub fn provide_i18n() -> I18n {
    let location = use_location();
    let wanted = Memo::new(move |_| {
        locales::from_path(&location.pathname.get())
            .unwrap_or(locales::REFERENCE)
            .to_owned()
    });
    let initial = SharedValue::new(move || PageBundle(initial_bundle(&wanted.get_untracked())));
    let i18n = I18n {
        bundle: RwSignal::new(initial.into_inner().0),
    };
    Effect::new(move |_| {
        let locale = wanted.get();
        if i18n.bundle.with_untracked(|b| b.locale == locale) {
            return;
        }
        leptos::task::spawn_local(async move {
            if let Ok(bundle) = get_bundle(locale).await {
                if wanted.get_untracked() == bundle.locale {
                    i18n.bundle.set(bundle);
                }
            }
        });
    });
    provide_context(i18n);
    i18n
}

#[cfg(feature = "ssr")]
fn initial_bundle(locale: &str) -> Arc<Bundle> {
    match use_context::<crate::state::AppState>() {
        Some(state) => state.catalog.bundle(locale),
        None => empty(locale),
    }
}

/// In the browser the first bundle always comes from the page; this is only
/// the starting point if it ever did not, and the effect then fetches it.
#[cfg(not(feature = "ssr"))]
fn initial_bundle(locale: &str) -> Arc<Bundle> {
    empty(locale)
}

fn empty(locale: &str) -> Arc<Bundle> {
    Arc::new(Bundle::new(locale.to_owned(), HashMap::new()))
}

/// The bundle a page embeds for hydration: written from the JSON the catalogue
/// made at start-up, read back as a plain [`Bundle`].
#[derive(Clone)]
struct PageBundle(Arc<Bundle>);

impl Serialize for PageBundle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[cfg(feature = "ssr")]
        if let Some(raw) = self
            .0
            .wire
            .as_deref()
            .and_then(|w| serde_json::value::RawValue::from_string(w.to_owned()).ok())
        {
            return raw.serialize(serializer);
        }
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for PageBundle {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Bundle::deserialize(deserializer).map(|b| PageBundle(Arc::new(b)))
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A message without arguments, as a reactive value for a view or an attribute.
pub fn t(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.format(id, &[])
}
