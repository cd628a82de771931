//! `/{locale}/directory/import`: upload a CSV file of organisations into a
//! network; `/{locale}/directory/import/{id}`: its preview, row by row, and
//! the button that imports it all at once.

use leptos::prelude::*;

use super::edit_api::load_directory_tools;
use super::edit_model::{DirectoryTools, Editable, ImportPreview};
use super::import_api::load_import;
use super::paths;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::options;
use crate::ui::query::path_number;
use crate::ui::{allowed, loaded, refusal, DoneNotice, LocaleField, PageTitle};

#[component]
pub fn ImportPage() -> impl IntoView {
    let i18n = use_i18n();
    let form = move |tools: DirectoryTools| {
        if tools.managed.is_empty() {
            view! { <p class="notice notice--error">{t("import-not-allowed")}</p> }.into_any()
        } else {
            upload_form(tools, i18n).into_any()
        }
    };
    view! {
        <PageTitle id="import-title"/>
        <h1>{t("import-title")}</h1>
        <p class="lead">{t("import-lead")}</p>
        {loaded(load_directory_tools(), form)}
    }
}

fn upload_form(tools: DirectoryTools, i18n: I18n) -> impl IntoView {
    let networks: Vec<(String, String)> = tools.managed;
    let (required, optional) = (
        tools.import_columns.0.join(", "),
        tools.import_columns.1.join(", "),
    );
    let columns = move || {
        i18n.format(
            "import-columns",
            &[
                ("required", Arg::from(required.clone())),
                ("optional", Arg::from(optional.clone())),
            ],
        )
    };
    view! {
        <p>{columns}</p>
        <p class="hint">{t("import-lists-hint")}</p>
        {refusal(paths::UPLOAD_IMPORT)}
        <form class="stacked-form" method="post" action=paths::UPLOAD_IMPORT enctype="multipart/form-data">
            <LocaleField/>
            <label for="import-network">{t("import-network")}</label>
            <select id="import-network" name="network">{options(networks, "")}</select>
            <label for="import-file">{t("import-file")}</label>
            <input id="import-file" name="file" type="file" accept=".csv,text/csv" required/>
            <button type="submit">{t("import-upload")}</button>
        </form>
    }
}

#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let id = path_number("id");
    let i18n = use_i18n();
    let load = async move {
        match id {
            Some(id) => load_import(id).await,
            None => Ok(Editable::Missing),
        }
    };
    let preview = move |preview: Editable<ImportPreview>| match preview {
        Editable::NotAllowed => {
            view! { <p class="notice notice--error">{t("import-not-allowed")}</p> }.into_any()
        }
        other => allowed(move |p| preview_view(p, i18n))(other),
    };
    view! {
        <PageTitle id="import-preview-title"/>
        <DoneNotice/>
        {loaded(load, preview)}
    }
}

fn preview_view(p: ImportPreview, i18n: I18n) -> impl IntoView {
    let network_slug = p.network_slug.clone();
    let network_link = move || format!("/{}/directory/networks/{network_slug}", i18n.locale());
    let heading = {
        let file = p.file_name.clone();
        let network = p.network_name.clone();
        move || {
            i18n.format(
                "import-preview-heading",
                &[
                    ("file", Arg::from(file.clone())),
                    ("network", Arg::from(network.clone())),
                ],
            )
        }
    };
    if let Some(added) = p.applied {
        return view! {
            <h1>{heading}</h1>
            <p class="notice" role="status">{move || i18n.format("import-done", &[("count", Arg::from(added as u64))])}</p>
            <p><a href=network_link>{p.network_name.clone()}</a></p>
        }
        .into_any();
    }
    let ready = p.ready_count;
    let problems = p.problems.len() as u64;
    let summary = move || {
        i18n.format(
            "import-summary",
            &[
                ("ready", Arg::from(ready)),
                ("problems", Arg::from(problems)),
            ],
        )
    };
    let problem_table = (!p.problems.is_empty()).then(|| {
        let rows = p
            .problems
            .iter()
            .cloned()
            .map(|e| {
                let column = e.column.clone().unwrap_or_default();
                let message = e.message.clone();
                view! {
                    <tr>
                        <td>{e.line}</td>
                        <td><code>{column}</code></td>
                        <td>{move || i18n.format(&message, &[])}</td>
                        <td>{e.value}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h2>{t("import-problems")}</h2>
            <table class="data-table import-problems">
                <thead><tr>
                    <th scope="col">{t("import-line")}</th>
                    <th scope="col">{t("import-column")}</th>
                    <th scope="col">{t("import-problem")}</th>
                    <th scope="col">{t("import-value")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p>{t("import-fix-and-upload")}</p>
        }
    });
    let ready_rows = p
        .ready
        .iter()
        .cloned()
        .map(|r| {
            let kind = r.organisation_type.message_id();
            let country = format!("country-{}", r.country_code);
            let level = r.level.message_id();
            view! {
                <tr>
                    <td>{r.line}</td>
                    <td>{r.name}</td>
                    <td>{move || i18n.format(kind, &[])}</td>
                    <td>{move || format!("{} · {}", r.city, i18n.format(&country, &[]))}</td>
                    <td>{move || i18n.format(level, &[])}</td>
                </tr>
            }
        })
        .collect_view();
    let apply = p.problems.is_empty().then(|| {
        view! {
            <form method="post" action=paths::APPLY_IMPORT>
                <LocaleField/>
                <input type="hidden" name="id" value=p.id.to_string()/>
                <button type="submit">{move || i18n.format("import-apply", &[("count", Arg::from(ready))])}</button>
            </form>
        }
    });
    view! {
        <h1>{heading}</h1>
        <p class="result-count" role="status">{summary}</p>
        {refusal(paths::APPLY_IMPORT)}
        {problem_table}
        <h2>{t("import-ready")}</h2>
        <table class="data-table">
            <thead><tr>
                <th scope="col">{t("import-line")}</th>
                <th scope="col">{t("field-organisation-name")}</th>
                <th scope="col">{t("filter-type")}</th>
                <th scope="col">{t("field-city")}</th>
                <th scope="col">{t("field-level")}</th>
            </tr></thead>
            <tbody>{ready_rows}</tbody>
        </table>
        {apply}
        <p><a href=move || format!("/{}/directory/import", i18n.locale())>{t("import-another")}</a></p>
    }
    .into_any()
}
