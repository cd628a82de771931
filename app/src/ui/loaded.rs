//! The one boundary around what a page waits for. Pages are rendered whole
//! on the server (`SsrMode::Async`), so nobody sees them waiting: the
//! boundary only decides what is drawn once the data has come.

use std::future::Future;

use leptos::prelude::*;

use super::NotFoundContent;
use crate::account::{Editable, FormError};
use crate::i18n::{t, use_i18n, I18n};

/// Draws `then` with what `load` gives, or the translated reason it could not
/// be loaded.
pub fn loaded<T, V>(
    load: impl Future<Output = Result<T, FormError>> + Send + 'static,
    then: impl FnOnce(T) -> V + Send + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    view! {
        <Suspense>
            {Suspend::new(async move {
                match load.await {
                    Ok(value) => then(value).into_any(),
                    Err(error) => load_failed(error, i18n).into_any(),
                }
            })}
        </Suspense>
    }
}

/// The notice for a load that failed (a refusal's message, or "could not load").
pub fn load_failed(error: FormError, i18n: I18n) -> impl IntoView {
    view! { <p class="notice notice--error" role="alert">{error.message(i18n)}</p> }
}

/// For a record that may not exist: the page's 404 when it does not.
pub fn found<T, V>(
    then: impl FnOnce(T) -> V + Send + 'static,
) -> impl FnOnce(Option<T>) -> AnyView + Send + 'static
where
    V: IntoView + 'static,
{
    move |value| match value {
        Some(value) => then(value).into_any(),
        None => view! { <NotFoundContent/> }.into_any(),
    }
}

/// For what only some may see or change: the 404, "sign in first" with a
/// link, or "not allowed" when the reader may not.
pub fn allowed<T, V>(
    then: impl FnOnce(T) -> V + Send + 'static,
) -> impl FnOnce(Editable<T>) -> AnyView + Send + 'static
where
    V: IntoView + 'static,
{
    move |value| match value {
        Editable::Allowed(value) => then(value).into_any(),
        Editable::Missing => view! { <NotFoundContent/> }.into_any(),
        Editable::NotAllowed => {
            view! { <p class="notice notice--error">{t("error-forbidden")}</p> }.into_any()
        }
        Editable::SignInFirst => sign_in_first().into_any(),
    }
}

/// "Sign this in first", linking to the sign-in page.
pub fn sign_in_first() -> impl IntoView {
    let i18n = use_i18n();
    let href = move || format!("/{}/account/sign-in", i18n.locale());
    view! { <p class="notice"><a href=href>{t("error-sign-in-required")}</a></p> }
}
