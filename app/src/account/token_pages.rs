//! Pages reached from a link in an e-mail: they carry its token into a form.

use crate::ui::query::path_text;
use leptos::prelude::*;

use super::api::{load_invitation, pending_email};
use super::model::InvitationView;
use super::paths;
use crate::i18n::{t, use_i18n, Arg};
use crate::ui::{loaded, refusal, LocaleField, PageTitle};

fn token() -> String {
    path_text("token")
}

fn password_fields(label: &'static str) -> impl IntoView {
    view! {
        <label for="password">{t(label)}</label>
        <input id="password" name="password" type="password" autocomplete="new-password"
            minlength="8" maxlength="256" required aria-describedby="password-rules"/>
        <p id="password-rules" class="hint">{t("password-rules")}</p>
    }
}

/// `/{locale}/account/reset/{token}`: chooses the new password.
#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let token = token();
    view! {
        <PageTitle id="reset-new-title"/>
        <div class="narrow">
            <h1>{t("reset-new-title")}</h1>
            {refusal(paths::COMPLETE_RESET)}
            <form class="stacked-form" method="post" action=paths::COMPLETE_RESET>
                <LocaleField/>
                <input type="hidden" name="token" value=token/>
                {password_fields("field-new-password")}
                <button type="submit">{t("reset-new-submit")}</button>
            </form>
        </div>
    }
}

/// `/{locale}/account/invitation/{token}`: accepts an invitation.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let token = token();
    let i18n = use_i18n();
    let form = {
        let token = token.clone();
        move |v: InvitationView| {
            let role = i18n.format(v.role.message_id(), &[]);
            let intro = i18n.format(
                "invitation-intro",
                &[
                    ("email", Arg::from(v.email)),
                    ("role", Arg::from(role)),
                    ("organisation", Arg::from(v.organisation)),
                ],
            );
            view! {
                <p>{intro}</p>
                <form class="stacked-form" method="post" action=paths::ACCEPT_INVITATION>
                    <LocaleField/>
                    <input type="hidden" name="token" value=token/>
                    <label for="given_name">{t("field-given-name")}</label>
                    <input id="given_name" name="given_name" autocomplete="given-name" maxlength="200" required/>
                    <label for="family_name">{t("field-family-name")}</label>
                    <input id="family_name" name="family_name" autocomplete="family-name" maxlength="200" required/>
                    {password_fields("field-password")}
                    <button type="submit">{t("invitation-submit")}</button>
                </form>
            }
        }
    };
    view! {
        <PageTitle id="invitation-title"/>
        <div class="narrow">
            <h1>{t("invitation-title")}</h1>
            {refusal(paths::ACCEPT_INVITATION)}
            {loaded(load_invitation(token), form)}
        </div>
    }
}

/// `/{locale}/account/email/{token}`: confirms a new e-mail address (a post:
/// opening the link changes nothing by itself).
#[component]
pub fn EmailConfirmPage() -> impl IntoView {
    let token = token();
    let i18n = use_i18n();
    let form = {
        let token = token.clone();
        move |email: String| {
            view! {
                <p>{i18n.format("email-confirm-intro", &[("email", Arg::from(email))])}</p>
                <form class="stacked-form" method="post" action=paths::CONFIRM_EMAIL_CHANGE>
                    <LocaleField/>
                    <input type="hidden" name="token" value=token/>
                    <button type="submit">{t("email-confirm-submit")}</button>
                </form>
            }
        }
    };
    view! {
        <PageTitle id="email-confirm-title"/>
        <div class="narrow">
            <h1>{t("email-confirm-title")}</h1>
            {refusal(paths::CONFIRM_EMAIL_CHANGE)}
            {loaded(pending_email(token), form)}
        </div>
    }
}
