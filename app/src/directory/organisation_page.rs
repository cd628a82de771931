use crate::ui::query::path_text;
use leptos::prelude::*;

use super::card::{badges, language_badges, network_href};
use super::model::OrganisationView;
use super::organisation_extras::organisation_extras;
use super::organisation_view;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::query::query_string;
use crate::ui::{found, loaded, DoneNotice};

/// `/{locale}/directory/organisations/{slug}`: one organisation.
#[component]
pub fn OrganisationPage() -> impl IntoView {
    let slug = path_text("slug");
    let i18n = use_i18n();
    view! {
        <DoneNotice/>
        {loaded(organisation_view(slug.clone()), found(move |o| details(o, i18n)))}
        {organisation_extras(slug)}
    }
}

fn details(o: OrganisationView, i18n: I18n) -> impl IntoView {
    let lang = o.lang.clone();
    let own_lang = move || (lang != i18n.locale()).then(|| lang.clone());
    let title = o.name.clone();
    let kind = o.organisation_type.message_id();
    let country = format!("country-{}", o.country_code);
    let city = o.city.clone();
    let list = move |extra: (&'static str, String)| {
        format!(
            "/{}/directory/organisations{}",
            i18n.locale(),
            query_string([extra])
        )
    };
    let country_code = o.country_code.clone();
    let networks = o
        .networks
        .into_iter()
        .map(|n| {
            let level = n.level.message_id();
            let kind = n.kind.message_id();
            let slug = n.slug.clone();
            let lang = n.lang.clone();
            let lang = move || (lang != i18n.locale()).then(|| lang.clone());
            view! {
                <li>
                    <a href=move || network_href(i18n, &slug) lang=lang>{n.name}</a>
                    " "
                    <span class="badge">{move || i18n.format(kind, &[])}</span>
                    " "
                    <span class="muted">{move || i18n.format(level, &[])}</span>
                </li>
            }
        })
        .collect_view();
    let members = o
        .members
        .into_iter()
        .map(|m| {
            let email = m.email.map(|e| {
                let href = format!("mailto:{e}");
                view! { " " <a href=href>{e}</a> }
            });
            let id = m.id;
            view! {
                <li>
                    <a class="member__name" href=move || format!("/{}/directory/members/{id}", i18n.locale())>{m.name}</a>
                    " "
                    <span class="muted">{m.job_title}</span>
                    {email}
                </li>
            }
        })
        .collect_view();
    let private_note = (!o.contacts_shown)
        .then(|| view! { <p class="muted">{t("organisation-contact-private")}</p> });
    let website = o.website.map(|w| {
        let href = w.clone();
        view! {
            <dt>{t("organisation-website")}</dt>
            <dd><a href=href rel="nofollow noopener">{w}</a></dd>
        }
    });
    view! {
        <crate::ui::PageTitleText text=title/>
        <p><a href=move || list(("", String::new()))>{t("organisation-back")}</a></p>
        <article class="organisation">
            <header class="organisation__header">
                <h1 lang=own_lang.clone()>{o.name}</h1>
                <p class="organisation__meta">
                    <span class="badge">{move || i18n.format(kind, &[])}</span>
                    " "
                    <a href=move || list(("country", country_code.clone()))>
                        {move || format!("{} · {}", city, i18n.format(&country, &[]))}
                    </a>
                </p>
            </header>
            <section aria-labelledby="about">
                <h2 id="about">{t("organisation-description")}</h2>
                <p lang=own_lang.clone()>{o.description}</p>
            </section>
            <dl class="facts">
                <dt>{t("filter-sector")}</dt>
                <dd>{badges(&o.sectors, i18n)}</dd>
                <dt>{t("filter-topic")}</dt>
                <dd>{badges(&o.topics, i18n)}</dd>
                <dt>{t("organisation-languages")}</dt>
                <dd>{language_badges(&o.languages, i18n)}</dd>
                {website}
            </dl>
            <section aria-labelledby="networks">
                <h2 id="networks">{t("organisation-networks")}</h2>
                <ul class="plain-list">{networks}</ul>
            </section>
            <section aria-labelledby="members">
                <h2 id="members">{t("organisation-members")}</h2>
                <ul class="plain-list" lang=own_lang.clone()>{members}</ul>
                {private_note}
            </section>
        </article>
    }
}
