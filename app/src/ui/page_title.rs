//! The document title: the page's name, then the platform's.

use leptos::prelude::*;
use leptos::text_prop::TextProp;
use leptos_meta::Title;

use crate::i18n::use_i18n;

#[component]
pub fn PageTitle(id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || {
        format!(
            "{} · {}",
            i18n.format(id, &[]),
            i18n.format("site-name", &[])
        )
    };
    view! { <Title text=follow_language(title)/> }
}

/// The document title for a record: its own name, then the platform's.
#[component]
pub fn PageTitleText(text: String) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || format!("{text} · {}", i18n.format("site-name", &[]));
    view! { <Title text=follow_language(title)/> }
}

/// The title as rendered: leptos_axum reads titles after the page's
/// reactive owner is gone, where reading a signal would panic.
fn follow_language(title: impl Fn() -> String + Send + Sync + 'static) -> TextProp {
    TextProp::from(title())
}
