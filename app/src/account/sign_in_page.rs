use leptos::prelude::*;

use super::paths;
use crate::i18n::{t, use_i18n};
use crate::ui::{refusal, DoneNotice, LocaleField, PageTitle};

/// `/{locale}/account/sign-in`
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let reset = move || format!("/{}/account/reset", i18n.locale());
    view! {
        <PageTitle id="sign-in-title"/>
        <div class="narrow">
            <h1>{t("sign-in-title")}</h1>
            <DoneNotice/>
            {refusal(paths::SIGN_IN)}
            <form class="stacked-form" method="post" action=paths::SIGN_IN>
                <LocaleField/>
                <label for="email">{t("field-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required/>
                <label for="password">{t("field-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required/>
                <button type="submit">{t("sign-in-submit")}</button>
            </form>
            <p><a href=reset>{t("sign-in-forgot")}</a></p>
            <p class="muted">{t("sign-in-no-account")}</p>
        </div>
    }
}

/// `/{locale}/account/reset`: asks for a reset link.
#[component]
pub fn ResetPage() -> impl IntoView {
    view! {
        <PageTitle id="reset-title"/>
        <div class="narrow">
            <h1>{t("reset-title")}</h1>
            <DoneNotice/>
            {refusal(paths::REQUEST_RESET)}
            <p>{t("reset-intro")}</p>
            <form class="stacked-form" method="post" action=paths::REQUEST_RESET>
                <LocaleField/>
                <label for="email">{t("field-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required/>
                <button type="submit">{t("reset-submit")}</button>
            </form>
        </div>
    }
}
