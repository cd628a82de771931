use crate::ui::query::path_text;
use leptos::prelude::*;

use super::card::{network_href, network_line, organisation_cards};
use super::model::{LevelView, NetworkDetail};
use super::network_view;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::query::query_string;
use crate::ui::{found, loaded, Figures};

/// `/{locale}/directory/networks/{slug}`: one network, its place in the tree
/// and its members.
#[component]
pub fn NetworkPage() -> impl IntoView {
    let slug = path_text("slug");
    let i18n = use_i18n();
    view! {
        {loaded(network_view(slug), found(move |n| details(n, i18n)))}
    }
}

/// The organisation list, filtered to this network's members.
fn list_href(i18n: I18n, slug: &str) -> String {
    format!(
        "/{}/directory/organisations{}",
        i18n.locale(),
        query_string([("network", slug.to_owned())])
    )
}

fn details(v: NetworkDetail, i18n: I18n) -> impl IntoView {
    let n = v.network;
    let access_slug = n.slug.clone();
    let lang = n.lang.clone();
    let own_lang = move || (lang != i18n.locale()).then(|| lang.clone());
    let kind = format!("network-kind-{}", n.kind);
    let country = n.country_code.clone().map(|c| format!("country-{c}"));
    let city = n.city.clone();
    let place = move || {
        let country = country.as_deref().map(|c| i18n.format(c, &[]));
        [city.clone(), country]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let parent = v.parent.map(|p| {
        let slug = p.slug.clone();
        let lang = p.lang.clone();
        let lang = move || (lang != i18n.locale()).then(|| lang.clone());
        view! {
            <p class="network-page__parent">
                {t("network-parent")} " "
                <a href=move || network_href(i18n, &slug) lang=lang>{p.name}</a>
            </p>
        }
    });
    let figures = vec![
        ("figure-organisations", n.organisations.max(0) as u64),
        ("figure-networks", v.member_networks.len() as u64),
        ("figure-members", v.members),
    ];
    let member_networks = (!v.member_networks.is_empty()).then(|| {
        let items = v
            .member_networks
            .into_iter()
            .map(|m| view! { <li class="network">{network_line(m, i18n)}</li> })
            .collect_view();
        view! {
            <section aria-labelledby="member-networks">
                <h2 id="member-networks">{t("network-member-networks")}</h2>
                <ul class="network-tree">{items}</ul>
            </section>
        }
    });
    let facilitators = (!v.facilitators.is_empty()).then(|| {
        let items = v
            .facilitators
            .into_iter()
            .map(|(id, name, organisation)| {
                view! {
                    <li>
                        <a href=move || format!("/{}/directory/members/{id}", i18n.locale())>{name}</a>
                        " "
                        <span class="muted">{organisation}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="facilitators">
                <h2 id="facilitators">{t("network-facilitators")}</h2>
                <ul class="plain-list">{items}</ul>
            </section>
        }
    });
    let events = (!v.events.is_empty()).then(|| {
        let href = format!(
            "{}{}",
            crate::events::paths::events(&i18n.locale()),
            query_string([("network", n.slug.clone())])
        );
        let items = v
            .events
            .into_iter()
            .map(|e| crate::events::event_line(e, i18n))
            .collect_view();
        view! {
            <section aria-labelledby="network-events">
                <h2 id="network-events"><a href=href>{t("events-title")}</a></h2>
                <ol class="event-list">{items}</ol>
            </section>
        }
    });
    let levels = v.levels.into_iter().map(|l| level(l, i18n)).collect_view();
    let all_slug = n.slug.clone();
    let all = (n.organisations > 0).then(|| {
        let count = n.organisations;
        view! {
            <p>
                <a class="button-link" href=move || list_href(i18n, &all_slug)>
                    {move || i18n.format("network-all-organisations", &[("count", Arg::from(count))])}
                </a>
            </p>
        }
    });
    view! {
        <crate::ui::PageTitleText text=n.name.clone()/>
        <p><a href=move || format!("/{}/directory", i18n.locale())>{t("network-back")}</a></p>
        <article class="organisation">
            <header class="organisation__header">
                <h1 lang=own_lang.clone()>{n.name}</h1>
                <p class="organisation__meta">
                    <span class="badge">{move || i18n.format(&kind, &[])}</span>
                    " "
                    <span>{place}</span>
                </p>
                {parent}
            </header>
            <Figures label="network-figures" figures/>
            <section aria-labelledby="about">
                <h2 id="about">{t("network-description")}</h2>
                <p lang=own_lang>{v.description}</p>
            </section>
            {events}
            {facilitators}
            {member_networks}
            <section aria-labelledby="member-organisations">
                <h2 id="member-organisations">{t("network-organisations")}</h2>
                {all}
                {levels}
            </section>
            {crate::account::network_access(access_slug)}
        </article>
    }
}

/// The first organisations of one membership level, and how many it has.
fn level(l: LevelView, i18n: I18n) -> impl IntoView {
    let heading = l.level.message_id();
    let id = format!("level-{}", l.level.key());
    let labelled_by = id.clone();
    let total = l.total;
    let cards = organisation_cards(l.organisations, i18n);
    view! {
        <section class="network-level" aria-labelledby=labelled_by data-level=l.level.key()>
            <h3 id=id>
                {move || i18n.format(heading, &[])}
                " "
                <span class="muted">{move || i18n.number(total as f64)}</span>
            </h3>
            <ul class="card-list" inner_html=cards></ul>
        </section>
    }
}
