//! On the directory page, for coordinators and facilitators: importing
//! organisations, and (coordinators) creating a network.

use leptos::prelude::*;

use super::edit_api::load_directory_tools;
use super::edit_model::DirectoryTools;
use super::paths;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::choices::{labelled, named, options};
use crate::ui::{loaded, refusal, LocaleField};
use store::vocabulary::NetworkKind;

/// Import and export, for those who manage an organisation (nothing for others).
pub fn directory_tools() -> impl IntoView {
    let i18n = use_i18n();
    loaded(load_directory_tools(), move |tools| {
        (!tools.managed.is_empty()).then(|| section(tools, i18n))
    })
}

fn section(tools: DirectoryTools, i18n: I18n) -> impl IntoView {
    let create = tools.coordinator.then(|| {
        let o = &tools.options;
        let here = i18n.locale();
        let mut parents = vec![(String::new(), i18n.format("network-no-parent", &[]))];
        parents.extend(tools.managed.iter().cloned());
        let mut countries = vec![(String::new(), i18n.format("network-no-country", &[]))];
        countries.extend(labelled(&o.countries, "country-", i18n));
        view! {
            <details class="account-section">
                <summary>{t("network-create")}</summary>
                {refusal(paths::CREATE_NETWORK)}
                <form class="stacked-form" method="post" action=paths::CREATE_NETWORK>
                    <LocaleField/>
                    <label for="network-name">{t("field-network-name")}</label>
                    <input id="network-name" name="name" maxlength="200" required/>
                    <label for="network-kind">{t("field-network-kind")}</label>
                    <select id="network-kind" name="kind">{options(named(&NetworkKind::ALL, i18n), "thematic")}</select>
                    <label for="network-country">{t("filter-country")}</label>
                    <select id="network-country" name="country_code" aria-describedby="network-country-hint">{options(countries, "")}</select>
                    <p id="network-country-hint" class="hint">{t("network-country-hint")}</p>
                    <label for="network-city">{t("field-city")}</label>
                    <input id="network-city" name="city" maxlength="200"/>
                    <label for="network-parent">{t("field-network-parent")}</label>
                    <select id="network-parent" name="parent">{options(parents, "")}</select>
                    <label for="network-description">{t("field-description")}</label>
                    <textarea id="network-description" name="description" rows="4" maxlength="4000" required></textarea>
                    <label for="network-lang">{t("field-description-language")}</label>
                    <select id="network-lang" name="description_lang">{options(labelled(&o.languages, "language-", i18n), &here)}</select>
                    <button type="submit">{t("network-create-submit")}</button>
                </form>
            </details>
        }
    });
    view! {
        <p class="link-row">
            <a class="button-link" href=move || format!("/{}/directory/import", i18n.locale())>{t("import-title")}</a>
        </p>
        {create}
    }
}
