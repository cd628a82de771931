//! `/{locale}/directory/organisations/{slug}/edit`: an organisation's record,
//! for its own members and for coordinators.

use crate::ui::query::path_text;
use leptos::prelude::*;

use super::edit_api::load_organisation_form;
use super::edit_model::{Editable, OrganisationForm};
use super::paths;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::choices::{check_grid, labelled, named, options};
use crate::ui::{allowed, loaded, refusal, sign_in_first, LocaleField, PageTitle};
use store::vocabulary::{OrganisationType, Sector, Topic};

#[component]
pub fn OrganisationEditPage() -> impl IntoView {
    let slug = path_text("slug");
    let i18n = use_i18n();
    let form = move |form: Editable<OrganisationForm>| match form {
        Editable::NotAllowed => view! {
            <h1>{t("organisation-edit-title")}</h1>
            <p class="notice notice--error">{t("organisation-edit-not-allowed")}</p>
        }
        .into_any(),
        Editable::SignInFirst => view! {
            <h1>{t("organisation-edit-title")}</h1>
            {sign_in_first()}
        }
        .into_any(),
        other => allowed(move |f| edit_form(f, i18n))(other),
    };
    view! {
        <PageTitle id="organisation-edit-title"/>
        {loaded(load_organisation_form(slug), form)}
    }
}

fn edit_form(f: OrganisationForm, i18n: I18n) -> impl IntoView {
    let o = &f.options;
    let back = {
        let slug = f.slug.clone();
        move || format!("/{}/directory/organisations/{slug}", i18n.locale())
    };
    view! {
        <p><a href=back.clone()>{t("organisation-edit-back")}</a></p>
        <h1>{t("organisation-edit-title")}</h1>
        {refusal(paths::SAVE_ORGANISATION)}
        <form class="stacked-form" method="post" action=paths::SAVE_ORGANISATION>
            <LocaleField/>
            <input type="hidden" name="slug" value=f.slug.clone()/>
            <label for="org-name">{t("field-organisation-name")}</label>
            <input id="org-name" name="name" value=f.name.clone() lang=f.description_lang.clone() maxlength="200" required/>
            <label for="org-type">{t("filter-type")}</label>
            <select id="org-type" name="organisation_type">
                {options(named(&OrganisationType::ALL, i18n), &f.organisation_type)}
            </select>
            <label for="org-country">{t("filter-country")}</label>
            <select id="org-country" name="country_code">
                {options(labelled(&o.countries, "country-", i18n), &f.country_code)}
            </select>
            <label for="org-city">{t("field-city")}</label>
            <input id="org-city" name="city" value=f.city.clone() lang=f.description_lang.clone() maxlength="200" required/>
            <label for="org-description">{t("field-description")}</label>
            <textarea id="org-description" name="description" lang=f.description_lang.clone() rows="6" maxlength="4000" required>{f.description.clone()}</textarea>
            <label for="org-description-lang">{t("field-description-language")}</label>
            <select id="org-description-lang" name="description_lang">
                {options(labelled(&o.languages, "language-", i18n), &f.description_lang)}
            </select>
            <label for="org-website">{t("organisation-website")}</label>
            <input id="org-website" name="website" type="url" value=f.website.clone() maxlength="500" placeholder="https://"/>
            {check_grid("sectors", "filter-sector", named(&Sector::ALL, i18n), &f.sectors)}
            {check_grid("topics", "field-topics", named(&Topic::ALL, i18n), &f.topics)}
            {check_grid("languages", "organisation-languages", labelled(&o.languages, "language-", i18n), &f.languages)}
            <button type="submit">{t("organisation-save")}</button>
        </form>
    }
}
