use leptos::prelude::*;

use super::api::load_profile;
use super::model::ProfileView;
use super::paths;
use crate::i18n::{locales, t, use_i18n, Arg, I18n};
use crate::ui::choices::{check_grid, labelled, named};
use store::vocabulary::Topic;
use crate::ui::{loaded, refusal, sign_in_first, DoneNotice, LocaleField, PageTitle};

/// `/{locale}/account`: the signed-in member's profile, password, address,
/// data and deletion. A visitor is sent to sign in.
#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let profile = move |profile: Option<ProfileView>| match profile {
        Some(p) => sections(p, i18n).into_any(),
        None => {
            leptos_axum::redirect(&format!("/{}/account/sign-in", i18n.locale()));
            sign_in_first().into_any()
        }
    };
    view! {
        <PageTitle id="account-title"/>
        <h1>{t("account-title")}</h1>
        <DoneNotice/>
        {loaded(load_profile(), profile)}
    }
}

fn sections(p: ProfileView, i18n: I18n) -> impl IntoView {
    let organisation_href = format!(
        "/{}/directory/organisations/{}",
        i18n.locale(),
        p.organisation_slug
    );
    let roles = role_lines(&p, i18n);
    let current_email = i18n.format(
        "account-email-current",
        &[("email", Arg::from(p.email.clone()))],
    );
    let locale_options = locales::LOCALES
        .iter()
        .map(|(code, endonym)| {
            let selected = *code == p.locale;
            view! { <option value=*code selected=selected>{*endonym}</option> }
        })
        .collect_view();
    let codes: Vec<String> = locales::LOCALES
        .iter()
        .map(|(code, _)| code.to_string())
        .collect();
    let language_boxes = check_grid(
        "languages",
        "field-languages",
        labelled(&codes, "language-", i18n),
        &p.languages,
    );
    let expertise_boxes = check_grid(
        "expertise",
        "field-expertise",
        named(&Topic::ALL, i18n),
        &p.expertise,
    );
    let audit = p.coordinator.then(|| {
        view! { <p><a href=format!("/{}/account/audit", i18n.locale())>{t("account-audit")}</a></p> }
    });
    // How often counselling notifications are mailed is chosen beside them.
    let notifications = move || {
        format!(
            "{} · {}",
            i18n.format("notifications-title", &[]),
            i18n.format("digest-title", &[])
        )
    };
    view! {
        <section class="account-section" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t("account-profile")}</h2>
            <dl class="facts">
                <dt>{t("account-organisation")}</dt>
                <dd><a href=organisation_href>{p.organisation_name.clone()}</a></dd>
                <dt>{t("account-roles")}</dt>
                <dd><ul class="plain-list">{roles}</ul></dd>
            </dl>
            {audit}
            <p><a href=format!("/{}/counselling/notifications", i18n.locale())>{notifications}</a></p>
            {refusal(paths::SAVE_PROFILE)}
            <form class="stacked-form" method="post" action=paths::SAVE_PROFILE>
                <LocaleField/>
                <label for="given_name">{t("field-given-name")}</label>
                <input id="given_name" name="given_name" value=p.given_name.clone() autocomplete="given-name" maxlength="200" required/>
                <label for="family_name">{t("field-family-name")}</label>
                <input id="family_name" name="family_name" value=p.family_name.clone() autocomplete="family-name" maxlength="200" required/>
                <label for="job_title">{t("field-job-title")}</label>
                <input id="job_title" name="job_title" value=p.job_title.clone() autocomplete="organization-title" maxlength="200"/>
                <label for="interface_locale">{t("field-locale")}</label>
                <select id="interface_locale" name="interface_locale">{locale_options}</select>
                {language_boxes}
                {expertise_boxes}
                <button type="submit">{t("account-save")}</button>
            </form>
        </section>
        <section class="account-section" aria-labelledby="password-heading">
            <h2 id="password-heading">{t("account-password")}</h2>
            {refusal(paths::CHANGE_PASSWORD)}
            <form class="stacked-form" method="post" action=paths::CHANGE_PASSWORD>
                <LocaleField/>
                <input type="text" name="username" value=p.email.clone() autocomplete="username" hidden/>
                <label for="current">{t("field-current-password")}</label>
                <input id="current" name="current" type="password" autocomplete="current-password" required/>
                <label for="password">{t("field-new-password")}</label>
                <input id="password" name="password" type="password" autocomplete="new-password" minlength="8" maxlength="256" required aria-describedby="password-rules"/>
                <p id="password-rules" class="hint">{t("password-rules")}</p>
                <button type="submit">{t("account-password-submit")}</button>
            </form>
        </section>
        <section class="account-section" aria-labelledby="email-heading">
            <h2 id="email-heading">{t("account-email")}</h2>
            <p>{current_email}</p>
            {refusal(paths::REQUEST_EMAIL_CHANGE)}
            <form class="stacked-form" method="post" action=paths::REQUEST_EMAIL_CHANGE>
                <LocaleField/>
                <label for="new-email">{t("field-new-email")}</label>
                <input id="new-email" name="email" type="email" autocomplete="email" required/>
                <input type="text" name="username" value=p.email.clone() autocomplete="username" hidden/>
                <label for="email-current">{t("field-current-password")}</label>
                <input id="email-current" name="current" type="password" autocomplete="current-password" required/>
                <button type="submit">{t("account-email-submit")}</button>
            </form>
        </section>
        <section class="account-section" aria-labelledby="data-heading">
            <h2 id="data-heading">{t("account-data")}</h2>
            <p><a href=paths::EXPORT_DATA download="my-data.json">{t("account-export")}</a></p>
            <h3>{t("account-delete")}</h3>
            <p>{t("account-delete-explain")}</p>
            {refusal(paths::DELETE_ACCOUNT)}
            <form class="stacked-form" method="post" action=paths::DELETE_ACCOUNT>
                <LocaleField/>
                <input type="text" name="username" value=p.email.clone() autocomplete="username" hidden/>
                <label for="delete-current">{t("field-current-password")}</label>
                <input id="delete-current" name="current" type="password" autocomplete="current-password" required/>
                <button type="submit" class="danger">{t("account-delete-submit")}</button>
            </form>
        </section>
        <form method="post" action=paths::SIGN_OUT>
            <LocaleField/>
            <button type="submit" class="secondary">{t("sign-out")}</button>
        </form>
    }
}

fn role_lines(p: &ProfileView, i18n: I18n) -> impl IntoView {
    let mut lines = vec![i18n.format("role-member", &[])];
    if p.coordinator {
        lines.push(i18n.format("role-coordinator-held", &[]));
    }
    for (_, name) in &p.facilitates {
        lines.push(i18n.format(
            "role-facilitator-of",
            &[("network", Arg::from(name.clone()))],
        ));
    }
    lines
        .into_iter()
        .map(|l| view! { <li>{l}</li> })
        .collect_view()
}
