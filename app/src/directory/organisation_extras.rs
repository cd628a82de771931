//! What an organisation's page shows beyond its record: its offers and needs,
//! the offers that answer its needs, and, for those allowed, the forms that
//! change them and the organisation's memberships.

use leptos::prelude::*;

use super::card::{partnership_card, suggestion_item};
use super::edit_api::load_organisation_extras;
use super::edit_model::{ManagedMembership, OrganisationExtras, SuggestionView};
use super::paths;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::choices::{check_grid, labelled, named, options};
use crate::ui::{loaded, refusal, LocaleField};
use store::vocabulary::{MembershipLevel, PartnershipKind, Topic};

/// What the organisation's own members and coordinators see below its page
/// (nothing for a visitor or a record that does not exist).
pub fn organisation_extras(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let load = load_organisation_extras(slug.clone());
    loaded(load, move |extras| extras.map(|x| sections(x, slug, i18n)))
}

fn sections(x: OrganisationExtras, slug: String, i18n: I18n) -> impl IntoView {
    let edit_link = x.can_edit.then(|| {
        let slug = slug.clone();
        view! {
            <p class="link-row">
                <a class="button-link" href=move || format!("/{}/directory/organisations/{slug}/edit", i18n.locale())>{t("organisation-edit")}</a>
            </p>
        }
    });
    let items = x
        .partnerships
        .iter()
        .cloned()
        .map(|p| {
            let id = p.id;
            let withdraw = x.can_edit.then(|| {
                view! {
                    <form method="post" action=paths::REMOVE_PARTNERSHIP class="inline-form">
                        <LocaleField/>
                        <input type="hidden" name="slug" value=slug.clone()/>
                        <input type="hidden" name="id" value=id.to_string()/>
                        <button type="submit" class="secondary">{t("partnership-withdraw")}</button>
                    </form>
                }
            });
            view! { <li>{partnership_card(p, false, i18n)}{withdraw}</li> }
        })
        .collect_view();
    let none = x
        .partnerships
        .is_empty()
        .then(|| view! { <p class="muted">{t("partnerships-none-here")}</p> });
    let add = x.can_edit.then(|| add_form(&x, slug.clone(), i18n));
    let suggestions =
        (!x.suggestions.is_empty()).then(|| suggestion_list(x.suggestions.clone(), i18n));
    let memberships = (!x.managed.is_empty()).then(|| memberships(&x, slug.clone(), i18n));
    view! {
        {edit_link}
        <section id="partnerships" aria-labelledby="partnerships-heading">
            <h2 id="partnerships-heading">{t("partnerships-title")}</h2>
            {refusal(paths::REMOVE_PARTNERSHIP)}
            {none}
            <ul class="plain-list partnership-list">{items}</ul>
            {add}
        </section>
        {suggestions}
        {memberships}
    }
}

fn add_form(x: &OrganisationExtras, slug: String, i18n: I18n) -> impl IntoView {
    let o = &x.options;
    let directions = vec![
        ("offer".to_owned(), i18n.format("partnership-offer", &[])),
        ("seek".to_owned(), i18n.format("partnership-seek", &[])),
    ];
    let here = i18n.locale();
    view! {
        <details class="account-section" open=false>
            <summary>{t("partnership-add")}</summary>
            {refusal(paths::ADD_PARTNERSHIP)}
            <form class="stacked-form" method="post" action=paths::ADD_PARTNERSHIP>
                <LocaleField/>
                <input type="hidden" name="slug" value=slug/>
                <label for="partnership-direction">{t("field-direction")}</label>
                <select id="partnership-direction" name="direction">{options(directions, "offer")}</select>
                <label for="partnership-kind">{t("field-partnership-kind")}</label>
                <select id="partnership-kind" name="kind">{options(named(&PartnershipKind::ALL, i18n), "")}</select>
                {check_grid("topics", "field-topics", named(&Topic::ALL, i18n), &[] as &[&str])}
                <label for="partnership-countries">{t("field-open-to")}</label>
                <input type="hidden" name="countries[]" value=""/>
                <select id="partnership-countries" name="countries[]" multiple size="6" aria-describedby="partnership-countries-hint">
                    {options(labelled(&o.countries, "country-", i18n), "")}
                </select>
                <p id="partnership-countries-hint" class="hint">{t("field-open-to-hint")}</p>
                <label for="partnership-description">{t("field-description")}</label>
                <textarea id="partnership-description" name="description" rows="3" maxlength="2000"></textarea>
                <label for="partnership-lang">{t("field-description-language")}</label>
                <select id="partnership-lang" name="description_lang">{options(labelled(&o.languages, "language-", i18n), &here)}</select>
                <button type="submit">{t("partnership-add-submit")}</button>
            </form>
        </details>
    }
}

fn suggestion_list(list: Vec<SuggestionView>, i18n: I18n) -> impl IntoView {
    let items = list
        .into_iter()
        .map(|s| suggestion_item(s, i18n))
        .collect_view();
    view! {
        <section id="suggestions" aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading">{t("suggestions-title")}</h2>
            <p class="muted">{t("suggestions-intro")}</p>
            <ul class="plain-list partnership-list">{items}</ul>
        </section>
    }
}

fn memberships(x: &OrganisationExtras, slug: String, i18n: I18n) -> impl IntoView {
    let levels = named(&MembershipLevel::ALL, i18n);
    let rows = x
        .managed
        .iter()
        .filter(|m| m.level.is_some())
        .cloned()
        .map(|m| membership_row(m, slug.clone(), levels.clone()))
        .collect_view();
    let joinable: Vec<(String, String)> = x
        .managed
        .iter()
        .filter(|m| m.level.is_none())
        .map(|m| (m.network_slug.clone(), m.network_name.clone()))
        .collect();
    let add = (!joinable.is_empty()).then(|| {
        view! {
            <form method="post" action=paths::ADD_MEMBERSHIP class="inline-form">
                <LocaleField/>
                <input type="hidden" name="slug" value=slug.clone()/>
                <label for="membership-network">{t("field-network")}</label>
                " "
                <select id="membership-network" name="network">{options(joinable, "")}</select>
                " "
                <label for="membership-level">{t("field-level")}</label>
                " "
                <select id="membership-level" name="level">{options(levels.clone(), "member")}</select>
                " "
                <button type="submit">{t("membership-add")}</button>
            </form>
        }
    });
    view! {
        <section id="memberships" class="account-section" aria-labelledby="memberships-heading">
            <h2 id="memberships-heading">{t("memberships-title")}</h2>
            <p class="muted">{t("memberships-intro")}</p>
            {refusal(paths::ADD_MEMBERSHIP)}
            {refusal(paths::SET_LEVEL)}
            {refusal(paths::REMOVE_MEMBERSHIP)}
            <ul class="plain-list">{rows}</ul>
            {add}
        </section>
    }
}

/// A network the organisation belongs to: its level, changed or removed.
fn membership_row(
    m: ManagedMembership,
    slug: String,
    levels: Vec<(String, String)>,
) -> impl IntoView {
    let id = format!("level-{}", m.network_slug);
    let current = m.level.map(MembershipLevel::key).unwrap_or_default();
    view! {
        <li class="membership-row">
            <form method="post" action=paths::SET_LEVEL class="inline-form">
                <LocaleField/>
                <input type="hidden" name="slug" value=slug.clone()/>
                <input type="hidden" name="network" value=m.network_slug.clone()/>
                <label for=id.clone()>{m.network_name.clone()}</label>
                " "
                <select id=id name="level">{options(levels, current)}</select>
                " "
                <button type="submit">{t("membership-save")}</button>
            </form>
            <form method="post" action=paths::REMOVE_MEMBERSHIP class="inline-form">
                <LocaleField/>
                <input type="hidden" name="slug" value=slug/>
                <input type="hidden" name="network" value=m.network_slug.clone()/>
                <button type="submit" class="secondary">{t("membership-remove")}</button>
            </form>
        </li>
    }
}
