//! The parent route of every page (the locale comes from the first path
//! segment), and the whole page for an address outside every route.

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;

use super::{Frame, NotFoundContent};
use crate::i18n::locales;

#[component]
pub fn Layout() -> impl IntoView {
    let params = use_params_map();
    let supported =
        move || params.with(|p| p.get("locale").is_some_and(|l| locales::is_supported(&l)));
    if let Some(locale) = params.with_untracked(|p| p.get("locale")) {
        crate::ui::security::remember_locale(&locale);
    }
    view! {
        <Show when=supported fallback=NotFound>
            <Frame>
                <Outlet/>
            </Frame>
        </Show>
    }
}

/// A whole page: for addresses outside every route.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Frame>
            <NotFoundContent/>
        </Frame>
    }
}
