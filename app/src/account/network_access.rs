//! On a network's page: the form to ask to join it, and for its facilitators
//! (and coordinators) the invitation form and the requests waiting for a decision.

use leptos::prelude::*;

use super::joining_api::load_network_access;
use super::model::{JoinRequestView, NetworkAccess};
use super::paths;
use crate::i18n::{locales, t, use_i18n, Arg, I18n};
use crate::ui::{loaded, refusal, DoneNotice, LocaleField};
use store::vocabulary::Role;

/// What the network page shows about joining and managing the network. The
/// page creates `access` beside its own resource, at its top level, so both
/// are created in the same order on the server and in the browser.
/// Joining a network and its coordinators' requests, below the network's page.
pub fn network_access(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let load = load_network_access(slug.clone());
    loaded(load, move |access| access.map(|a| sections(a, slug, i18n)))
}

fn organisation_options(organisations: &[(i32, String)]) -> impl IntoView {
    organisations
        .iter()
        .map(|(id, name)| view! { <option value=id.to_string()>{name.clone()}</option> })
        .collect_view()
}

fn sections(a: NetworkAccess, slug: String, i18n: I18n) -> impl IntoView {
    let manage = a.manages.then(|| manage(&a, slug.clone(), i18n));
    let join = (!a.signed_in && !a.organisations.is_empty()).then(|| {
        view! {
            <section id="join" class="account-section" aria-labelledby="join-heading">
                <h2 id="join-heading">{t("join-title")}</h2>
                <p>{t("join-intro")}</p>
                {refusal(paths::ASK_TO_JOIN)}
                <form class="stacked-form" method="post" action=paths::ASK_TO_JOIN>
                    <LocaleField/>
                    <input type="hidden" name="network" value=slug.clone()/>
                    <label for="join-organisation">{t("field-organisation")}</label>
                    <select id="join-organisation" name="organisation" required>{organisation_options(&a.organisations)}</select>
                    <label for="join-given">{t("field-given-name")}</label>
                    <input id="join-given" name="given_name" autocomplete="given-name" maxlength="200" required/>
                    <label for="join-family">{t("field-family-name")}</label>
                    <input id="join-family" name="family_name" autocomplete="family-name" maxlength="200" required/>
                    <label for="join-email">{t("field-email")}</label>
                    <input id="join-email" name="email" type="email" autocomplete="email" required/>
                    <label for="join-message">{t("field-message")}</label>
                    <textarea id="join-message" name="message" rows="4" maxlength="2000"></textarea>
                    <button type="submit">{t("join-submit")}</button>
                </form>
            </section>
        }
    });
    view! {
        <DoneNotice/>
        {manage}
        {join}
    }
}

fn manage(a: &NetworkAccess, slug: String, i18n: I18n) -> impl IntoView {
    let mut roles = vec![Role::Member, Role::Facilitator];
    if a.coordinator {
        roles.push(Role::Coordinator);
    }
    let role_options = roles
        .into_iter()
        .map(|r| view! { <option value=r.key()>{i18n.format(r.message_id(), &[])}</option> })
        .collect_view();
    let here = i18n.locale();
    let locale_options = locales::LOCALES
        .iter()
        .map(|(code, endonym)| view! { <option value=*code selected=*code == here>{*endonym}</option> })
        .collect_view();
    let pending = if a.pending.is_empty() {
        view! { <p class="muted">{t("requests-none")}</p> }.into_any()
    } else {
        let items = a
            .pending
            .iter()
            .cloned()
            .map(|r| request_item(r, slug.clone(), i18n))
            .collect_view();
        view! { <ul class="request-list">{items}</ul> }.into_any()
    };
    view! {
        <section id="manage" class="account-section" aria-labelledby="invite-heading">
            <h2 id="invite-heading">{t("invite-title")}</h2>
            <p>{t("invite-intro")}</p>
            {refusal(paths::INVITE)}
            <form class="stacked-form" method="post" action=paths::INVITE>
                <LocaleField/>
                <input type="hidden" name="network" value=slug.clone()/>
                <label for="invite-email">{t("field-email")}</label>
                <input id="invite-email" name="email" type="email" required/>
                <label for="invite-organisation">{t("field-organisation")}</label>
                <select id="invite-organisation" name="organisation" required>{organisation_options(&a.organisations)}</select>
                <label for="invite-role">{t("field-role")}</label>
                <select id="invite-role" name="role">{role_options}</select>
                <label for="invite-locale">{t("field-invitation-locale")}</label>
                <select id="invite-locale" name="invitation_locale">{locale_options}</select>
                <button type="submit">{t("invite-submit")}</button>
            </form>
            <h2>{t("requests-title")}</h2>
            {refusal(paths::DECIDE_REQUEST)}
            {pending}
        </section>
    }
}

fn request_item(r: JoinRequestView, slug: String, i18n: I18n) -> impl IntoView {
    let from = i18n.format(
        "request-from",
        &[
            ("name", Arg::from(r.name)),
            ("email", Arg::from(r.email)),
            ("organisation", Arg::from(r.organisation)),
        ],
    );
    let message = (!r.message.is_empty()).then(|| view! { <blockquote>{r.message}</blockquote> });
    view! {
        <li class="request">
            <p>{from}</p>
            <p class="muted"><time>{r.created_at}</time></p>
            {message}
            <form method="post" action=paths::DECIDE_REQUEST class="inline-form">
                <LocaleField/>
                <input type="hidden" name="network" value=slug/>
                <input type="hidden" name="request" value=r.id.to_string()/>
                <button type="submit" name="decision" value="approve">{t("request-approve")}</button>
                <button type="submit" name="decision" value="decline" class="secondary">{t("request-decline")}</button>
            </form>
        </li>
    }
}
