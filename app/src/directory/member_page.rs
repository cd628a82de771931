//! `/{locale}/directory/members/{id}`: a member's profile. The e-mail address
//! shows to signed-in members only.

use leptos::prelude::*;

use super::card::{badges, language_badges, network_href};
use super::edit_api::load_member;
use super::edit_model::MemberProfile;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::query::path_number;
use crate::ui::{found, loaded, PageTitleText};

#[component]
pub fn MemberPage() -> impl IntoView {
    let id = path_number("id");
    let i18n = use_i18n();
    let load = async move {
        match id {
            Some(id) => load_member(id).await,
            None => Ok(None),
        }
    };
    loaded(load, found(move |m| profile(m, i18n)))
}

fn profile(m: MemberProfile, i18n: I18n) -> impl IntoView {
    let slug = m.organisation_slug.clone();
    let country = format!("country-{}", m.organisation_country);
    let lang = m.organisation_lang.clone();
    let lang = move || (lang != i18n.locale()).then(|| lang.clone());
    let mut roles: Vec<AnyView> = vec![view! { <li>{t("role-member")}</li> }.into_any()];
    if m.coordinator {
        roles.push(view! { <li>{t("role-coordinator-held")}</li> }.into_any());
    }
    for (network_slug, name) in m.facilitates.clone() {
        roles.push(
            view! {
                <li>
                    <a href=move || network_href(i18n, &network_slug)>
                        {move || i18n.format("role-facilitator-of", &[("network", Arg::from(name.clone()))])}
                    </a>
                </li>
            }
            .into_any(),
        );
    }
    let contact = match m.email.clone() {
        Some(email) => {
            let href = format!("mailto:{email}");
            view! { <dt>{t("field-email")}</dt><dd><a href=href>{email}</a></dd> }.into_any()
        }
        None => view! { <dt>{t("field-email")}</dt><dd class="muted">{t("organisation-contact-private")}</dd> }.into_any(),
    };
    let expertise = if m.expertise.is_empty() {
        view! { <p class="muted">{t("member-no-expertise")}</p> }.into_any()
    } else {
        badges(&m.expertise, i18n).into_any()
    };
    let languages = (!m.languages.is_empty()).then(|| {
        view! {
            <dt>{t("organisation-languages")}</dt>
            <dd>{language_badges(&m.languages, i18n)}</dd>
        }
    });
    let job_lang = m.organisation_lang.clone();
    let job_lang = move || (job_lang != i18n.locale()).then(|| job_lang.clone());
    view! {
        <PageTitleText text=m.name.clone()/>
        <article class="organisation">
            <header class="organisation__header">
                <h1>{m.name.clone()}</h1>
                <p class="organisation__meta">
                    <span lang=job_lang>{m.job_title.clone()}</span>
                    " · "
                    <a lang=lang href=move || format!("/{}/directory/organisations/{slug}", i18n.locale())>{m.organisation_name.clone()}</a>
                    " · "
                    {move || i18n.format(&country, &[])}
                </p>
            </header>
            <dl class="facts">
                <dt>{t("account-roles")}</dt>
                <dd><ul class="plain-list">{roles}</ul></dd>
                <dt>{t("field-expertise")}</dt>
                <dd>{expertise}</dd>
                {languages}
                {contact}
            </dl>
        </article>
    }
}
