//! The one way an organisation, and a network, appears in a list.

use std::sync::{Arc, LazyLock};

use leptos::prelude::*;

use super::model::{NetworkSummary, OrganisationCard};
use crate::i18n::{Arg, I18n};
use crate::ui::Kept;
use store::vocabulary::Named;

/// Lists of cards, kept by their organisations (as read) and the locale: a
/// page of the directory that shows the same organisations again draws none.
static CARD_LISTS: LazyLock<Kept<(Vec<OrganisationCard>, String)>> =
    LazyLock::new(|| Kept::new(4 << 20));

/// The markup of a list of cards (the items of a `ul.card-list`).
pub fn organisation_cards(cards: Vec<OrganisationCard>, i18n: I18n) -> Arc<str> {
    CARD_LISTS.get((cards, i18n.locale()), |(cards, _)| {
        cards
            .iter()
            .map(|o| organisation_card(o.clone(), i18n))
            .collect_view()
            .to_html()
    })
}

/// A list item linking to the organisation's page, with its type and place.
fn organisation_card(o: OrganisationCard, i18n: I18n) -> impl IntoView {
    let kind = o.organisation_type.message_id();
    let country = format!("country-{}", o.country_code);
    let city = o.city.clone();
    let lang = o.lang.clone();
    let lang = move || (lang != i18n.locale()).then(|| lang.clone());
    let slug = o.slug.clone();
    view! {
        <li class="card" data-organisation=o.slug>
            <a class="card__title" lang=lang href=move || format!("/{}/directory/organisations/{slug}", i18n.locale())>{o.name}</a>
            <span class="badge">{move || i18n.format(kind, &[])}</span>
            <span class="card__meta">{move || format!("{} · {}", city, i18n.format(&country, &[]))}</span>
        </li>
    }
}

/// Values of a closed list (topics, sectors) as a list of badges.
pub fn badges<T: Named>(values: &[T], i18n: I18n) -> impl IntoView {
    badge_list(values.iter().map(|v| v.message_id().to_owned()).collect(), i18n)
}

/// Languages (their codes) as a list of badges, each in the reader's language.
pub fn language_badges(codes: &[String], i18n: I18n) -> impl IntoView {
    badge_list(codes.iter().map(|c| format!("language-{c}")).collect(), i18n)
}

fn badge_list(ids: Vec<String>, i18n: I18n) -> impl IntoView {
    let items = ids
        .into_iter()
        .map(|id| view! { <li class="badge">{move || i18n.format(&id, &[])}</li> })
        .collect_view();
    view! { <ul class="badge-list">{items}</ul> }
}

/// The address of a network's page, in the locale on screen.
pub fn network_href(i18n: I18n, slug: &str) -> String {
    format!("/{}/directory/networks/{slug}", i18n.locale())
}

/// A network as a link with its kind and place, and its count of organisations.
pub fn network_line(n: NetworkSummary, i18n: I18n) -> impl IntoView {
    let kind = n.kind.message_id();
    let country = n.country_code.map(|c| format!("country-{c}"));
    let place = move || {
        let country = country.as_deref().map(|c| i18n.format(c, &[]));
        [country, n.city.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let organisations = n.organisations;
    let lang = move || (n.lang != i18n.locale()).then(|| n.lang.clone());
    let slug = n.slug;
    view! {
        <div class="network__card">
            <a class="network__name" lang=lang href=move || network_href(i18n, &slug)>{n.name}</a>
            <span class="badge">{move || i18n.format(kind, &[])}</span>
            <span class="network__place">{place}</span>
            <span class="network__count">
                {move || i18n.format("organisation-count", &[("count", Arg::from(organisations))])}
            </span>
        </div>
    }
}

/// An offer or need: its kind, topics, the countries it is open to, its
/// description and, in lists of many organisations, who states it.
pub fn partnership_card(
    p: super::edit_model::PartnershipView,
    with_organisation: bool,
    i18n: I18n,
) -> impl IntoView {
    let direction = p.direction.message_id();
    let kind = p.kind.message_id();
    let countries = p.countries.clone();
    let open_to = move || {
        if countries.is_empty() {
            i18n.format("partnership-any-country", &[])
        } else {
            let names: Vec<String> = countries
                .iter()
                .map(|c| i18n.format(&format!("country-{c}"), &[]))
                .collect();
            i18n.format(
                "partnership-open-to",
                &[("countries", Arg::from(names.join(", ")))],
            )
        }
    };
    let lang = p.lang.clone();
    let own_lang = move || (lang != i18n.locale()).then(|| lang.clone());
    let description = (!p.description.is_empty())
        .then(|| view! { <p class="partnership__text" lang=own_lang>{p.description.clone()}</p> });
    let organisation = with_organisation.then(|| {
        let slug = p.organisation_slug.clone();
        let country = format!("country-{}", p.organisation_country);
        let city = p.organisation_city.clone();
        let name_lang = p.organisation_lang.clone();
        let name_lang = move || (name_lang != i18n.locale()).then(|| name_lang.clone());
        view! {
            <p class="partnership__who">
                <a lang=name_lang href=move || format!("/{}/directory/organisations/{slug}", i18n.locale())>{p.organisation_name.clone()}</a>
                " "
                <span class="muted">{move || format!("{} · {}", city, i18n.format(&country, &[]))}</span>
            </p>
        }
    });
    view! {
        <div class="partnership" data-direction=p.direction.key()>
            <p class="partnership__what">
                <span class="badge badge--strong">{move || i18n.format(direction, &[])}</span>
                " "
                <strong>{move || i18n.format(kind, &[])}</strong>
            </p>
            {organisation}
            {badges(&p.topics, i18n)}
            <p class="muted">{open_to}</p>
            {description}
        </div>
    }
}

/// Another organisation's offer that answers a need, with the need it answers.
pub fn suggestion_item(s: super::edit_model::SuggestionView, i18n: I18n) -> impl IntoView {
    let kind = format!("partnership-kind-{}", s.need.kind);
    let answers = move || {
        i18n.format(
            "suggestion-for",
            &[("kind", Arg::from(i18n.format(&kind, &[])))],
        )
    };
    view! {
        <li>
            <p class="muted">{answers}</p>
            {partnership_card(s.offer, true, i18n)}
        </li>
    }
}
