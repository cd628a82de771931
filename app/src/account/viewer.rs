//! Who is signed in, as the page header shows it (read from the request).

use leptos::prelude::*;

use super::paths;
use crate::i18n::{t, use_i18n};
use crate::ui::LocaleField;

/// "Sign in", or the member's account link and "Sign out".
#[component]
pub fn AccountLinks() -> impl IntoView {
    let i18n = use_i18n();
    let href = move |path: &'static str| move || format!("/{}/{path}", i18n.locale());
    match super::session::viewer_summary() {
        Some(v) => view! {
            <div class="account-links">
                <a href=href("account") title=v.name.clone()>{t("nav-account")}</a>
                <form method="post" action=paths::SIGN_OUT>
                    <LocaleField/>
                    <button type="submit" class="link-button">{t("sign-out")}</button>
                </form>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="account-links">
                <a href=href("account/sign-in")>{t("nav-sign-in")}</a>
            </div>
        }
        .into_any(),
    }
}
