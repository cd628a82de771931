//! `/{locale}/library/new`: a member adds a resource with its first
//! language version and its file or link. A plain multipart form; with
//! JavaScript the upload shows its progress.

use leptos::prelude::*;
use store::vocabulary::{Audience, Licence, ResourceKind, Sector, Topic, Visibility};

use super::api::load_add_form;
use super::model::{AddForm, UploadLimits};
use super::paths;
use super::upload_form::{self, UploadForm};
use crate::counselling::MarkdownField;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::{check_grid, labelled, named, options};
use crate::ui::{allowed, loaded, refusal, LocaleField, PageTitle};

#[component]
pub fn AddResourcePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="library-add"/>
        <h1>{t("library-add")}</h1>
        {loaded(load_add_form(), allowed(move |f| add_form(f, i18n)))}
    }
}

/// The file input with the limits it takes, as every upload form has it.
pub fn file_field(id: &'static str, limits: UploadLimits, i18n: I18n, required: bool) -> impl IntoView {
    let megabytes = |bytes: u64| Arg::from((bytes / (1024 * 1024)) as f64);
    let hint = i18n.format(
        "library-file-hint",
        &[
            ("size", megabytes(limits.file)),
            ("video", megabytes(limits.video)),
        ],
    );
    let hint_id = format!("{id}-hint");
    let accept = store::files::FileType::ALL
        .iter()
        .flat_map(|t| t.extensions().iter().map(|e| format!(".{e}")))
        .collect::<Vec<_>>()
        .join(",");
    view! {
        <label for=id>{t("library-file")}</label>
        <input id=id type="file" name="file" accept=accept required=required aria-describedby=hint_id.clone()/>
        <p id=hint_id class="hint">{hint}</p>
    }
}

/// An upload form inside the island that shows its progress.
pub fn upload_form(
    id: &'static str,
    action: String,
    limits: UploadLimits,
    i18n: I18n,
    fields: impl IntoView + 'static,
    submit: &'static str,
) -> impl IntoView {
    let messages = i18n.pick(upload_form::MESSAGES);
    view! {
        <UploadForm form=id.to_owned() limit=limits.file video_limit=limits.video messages>
            <form id=id class="stacked-form" method="post" action=action enctype="multipart/form-data">
                <LocaleField/>
                {fields}
                <button type="submit">{t(submit)}</button>
            </form>
        </UploadForm>
    }
}

/// What describes a resource, as its forms hold it (keys of the closed lists).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub kind: String,
    pub audience: String,
    pub author: String,
    pub licence: String,
    pub visibility: String,
    pub topics: Vec<String>,
    pub sectors: Vec<String>,
    pub countries: Vec<String>,
}

impl Default for Described {
    /// What a new resource's form starts with.
    fn default() -> Self {
        Self {
            kind: ResourceKind::Document.key().into(),
            audience: Audience::Trainers.key().into(),
            author: String::new(),
            licence: Licence::CcBy.key().into(),
            visibility: Visibility::Everyone.key().into(),
            topics: Vec::new(),
            sectors: Vec::new(),
            countries: Vec::new(),
        }
    }
}

/// The fields that describe a resource, in the forms that add and edit one.
pub fn description_fields(d: &Described, countries: &[String], i18n: I18n) -> impl IntoView {
    view! {
        <label for="resource-kind">{t("resource-kind")}</label>
        <select id="resource-kind" name="kind">{options(named(&ResourceKind::ALL, i18n), &d.kind)}</select>
        <label for="resource-audience">{t("resource-audience")}</label>
        <select id="resource-audience" name="audience">{options(named(&Audience::ALL, i18n), &d.audience)}</select>
        <label for="resource-author">{t("resource-field-author")}</label>
        <input id="resource-author" name="author" maxlength="300" required value=d.author.clone()/>
        <label for="resource-licence">{t("resource-licence")}</label>
        <select id="resource-licence" name="licence">{options(named(&Licence::ALL, i18n), &d.licence)}</select>
        <label for="resource-visibility">{t("resource-visibility")}</label>
        <select id="resource-visibility" name="visibility">{options(named(&Visibility::ALL, i18n), &d.visibility)}</select>
        {check_grid("topics", "resource-topics", named(&Topic::ALL, i18n), &d.topics)}
        {check_grid("sectors", "resource-sectors", named(&Sector::ALL, i18n), &d.sectors)}
        {check_grid("countries", "resource-countries", labelled(countries, "country-", i18n), &d.countries)}
    }
}

fn add_form(f: AddForm, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let networks = f
        .networks
        .into_iter()
        .map(|(id, name)| view! { <option value=id.to_string()>{name}</option> })
        .collect_view();
    let fields = view! {
        <label for="resource-title">{t("resource-field-title")}</label>
        <input id="resource-title" name="title" maxlength="300" required/>
        <label for="resource-lang">{t("resource-language")}</label>
        <select id="resource-lang" name="lang">{options(labelled(&f.languages, "language-", i18n), &locale)}</select>
        <MarkdownField id="resource-summary" name="summary" label="resource-field-summary" initial=String::new()/>
        {description_fields(&Described::default(), &f.countries, i18n)}
        <label for="resource-network">{t("resource-network")}</label>
        <select id="resource-network" name="network">
            <option value="">{t("resource-network-none")}</option>
            {networks}
        </select>
        <label class="check">
            <input type="checkbox" name="draft" value="yes"/>
            {t("resource-field-draft")}
        </label>
        <label for="resource-link">{t("resource-field-link")}</label>
        <input id="resource-link" type="url" name="link" maxlength="2000" placeholder="https://"/>
        // The file comes last: the server reads the other fields before it streams the file.
        {file_field("resource-file", f.limits, i18n, false)}
    };
    view! {
        <p class="lead">{t("library-add-lead")}</p>
        {refusal(paths::ADD)}
        {upload_form("resource-form", paths::ADD.to_owned(), f.limits, i18n, fields, "library-add-send")}
    }
}
