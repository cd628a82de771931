//! `/{locale}/library/{id}/edit?version=`: those who edit a resource change
//! what describes it and one language version's title, summary and link
//! (its files are added on the resource's page; none is ever replaced).

use leptos::prelude::*;

use super::add_page::{description_fields, Described};
use super::api::load_edit_form;
use super::model::EditForm;
use super::paths;
use crate::counselling::MarkdownField;
use crate::i18n::locales::endonym;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::query::{path_number, query_text};
use crate::ui::{allowed, loaded, refusal, LocaleField, PageTitle};

#[component]
pub fn EditResourcePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = path_number("id").unwrap_or(0);
    let version = query_text("version").and_then(|v| v.parse().ok());
    view! {
        <PageTitle id="resource-edit"/>
        {refusal(paths::EDIT)}
        {loaded(load_edit_form(id, version, i18n.locale()), allowed(move |f| edit_form(f, i18n)))}
    }
}

fn edit_form(f: EditForm, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let r = &f.resource;
    let language = endonym(&f.version_lang).unwrap_or(&f.version_lang).to_owned();
    let heading = i18n.format("resource-edit-version", &[("language", Arg::from(language))]);
    let others = std::iter::once(&r.shown)
        .chain(r.others.iter())
        .filter(|v| v.id != f.version_id)
        .map(|v| {
            let name = endonym(&v.lang).unwrap_or(&v.lang).to_owned();
            view! { <li><a href=paths::edit(&locale, r.id, v.id) hreflang=v.lang.clone()>{name}</a></li> }
        })
        .collect_view();
    let described = Described {
        kind: r.kind.key().into(),
        audience: r.audience.key().into(),
        author: r.author.clone(),
        licence: r.licence.key().into(),
        visibility: r.visibility.key().into(),
        topics: r.topics.iter().map(|t| t.key().to_owned()).collect(),
        sectors: r.sectors.iter().map(|s| s.key().to_owned()).collect(),
        countries: r.countries.clone(),
    };
    view! {
        <p class="eyebrow"><a href=paths::resource(&locale, r.id)>{r.shown.title.clone()}</a></p>
        <h1>{t("resource-edit")}</h1>
        <p class="lead">{t("resource-edit-lead")}</p>
        <nav aria-label=i18n.format("resource-edit-other-versions", &[])>
            <ul class="plain-list inline-list">{others}</ul>
        </nav>
        <form class="stacked-form" method="post" action=paths::EDIT>
            <LocaleField/>
            <input type="hidden" name="resource" value=r.id/>
            <input type="hidden" name="version" value=f.version_id/>
            <fieldset>
                <legend>{heading}</legend>
                <label for="edit-title">{t("resource-field-title")}</label>
                <input id="edit-title" name="title" maxlength="300" required value=f.title.clone() lang=f.version_lang.clone()/>
                <MarkdownField id="edit-summary" name="summary" label="resource-field-summary" initial=f.summary.clone() lang=f.version_lang.clone()/>
                <label for="edit-link">{t("resource-field-link")}</label>
                <input id="edit-link" type="url" name="link" maxlength="2000" placeholder="https://" value=f.link.clone()/>
            </fieldset>
            {description_fields(&described, &f.countries, i18n)}
            <button type="submit">{t("resource-edit-save")}</button>
        </form>
    }
}
