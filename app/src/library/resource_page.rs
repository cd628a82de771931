//! `/{locale}/library/{id}`: a resource in the reader's language (or
//! `?lang=` chosen), its other language versions named in their own
//! language, its file opened in the browser (PDF viewer, `<video>`) and
//! every earlier file; its licence's attribution; and, for those who edit
//! it, a new file, a translation, the review.

use leptos::prelude::*;

use super::add_page::{file_field, upload_form};
use super::api::load_resource;
use super::model::{FileView, ResourceView, VersionView};
use super::paths;
use crate::counselling::MarkdownField;
use crate::i18n::locales::endonym;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::choices::{labelled, options};
use crate::ui::query::{path_number, query_text};
use crate::ui::{allowed, loaded, refusal, DoneNotice, LocaleField, PageTitleText};
use store::vocabulary::{Licence, ResourceStatus};

#[component]
pub fn ResourcePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = path_number("id").unwrap_or(0);
    let chosen = query_text("lang").filter(|l| crate::i18n::locales::is_supported(l));
    let locale = chosen.clone().unwrap_or_else(|| i18n.locale());
    view! {
        <DoneNotice/>
        {loaded(load_resource(id, locale), allowed(move |r| resource_page(r, chosen, i18n)))}
    }
}

fn name_of(lang: &str) -> String {
    endonym(lang).unwrap_or(lang).to_owned()
}

fn resource_page(r: ResourceView, chosen: Option<String>, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let shown = r.shown.clone();
    let language_note = (!r.in_reader_language && chosen.is_none()).then(|| {
        let note = i18n.format(
            "resource-not-in-your-language",
            &[
                ("language", Arg::from(i18n.format(&format!("language-{locale}"), &[]))),
                ("shown", Arg::from(name_of(&shown.lang))),
            ],
        );
        view! { <p class="notice">{note}</p> }
    });
    let others = (!r.others.is_empty()).then(|| {
        let links = r
            .others
            .iter()
            .map(|v| {
                let href = format!("{}?lang={}", paths::resource(&locale, r.id), v.lang);
                let original = v.original.then(|| view! { " " <span class="badge">{t("resource-original")}</span> });
                view! {
                    <li>
                        <a href=href hreflang=v.lang.clone() lang=v.lang.clone()>{name_of(&v.lang)}": " {v.title.clone()}</a>
                        {original}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="resource-versions-title">
                <h2 id="resource-versions-title">{t("resource-other-languages")}</h2>
                <ul class="plain-list">{links}</ul>
            </section>
        }
    });
    let status = (r.status != ResourceStatus::Published)
        .then(|| view! { <p class="notice">{t(r.status.message_id())}": " {t(status_hint(r.status))}</p> });
    let hidden = r
        .hidden_reason
        .clone()
        .map(|reason| view! { <p class="notice notice--error">{t("resource-hidden")}": " {reason}</p> });
    let kind = t(r.kind.message_id());
    view! {
        <PageTitleText text=shown.title.clone()/>
        <p class="eyebrow"><a href=paths::library(&locale)>{t("library-title")}</a> " · " {kind}</p>
        <h1 lang=shown.lang.clone()>{shown.title.clone()}</h1>
        {language_note}
        {status}
        {hidden}
        <div class="post__body" lang=shown.lang.clone() inner_html=shown.summary_html.clone()></div>
        {opening(&shown, i18n)}
        {others}
        {details(&r, i18n)}
        {files(&shown, i18n)}
        {used_in(&r, i18n)}
        {collecting(&r, i18n)}
        {reporting(&r)}
        {r.editable.then(|| editing(&r, i18n))}
    }
}

/// Where it is used: the collections that hold it, the posts and the plan
/// activities that attach it.
fn used_in(r: &ResourceView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let used = &r.used_in;
    (!used.is_empty()).then(|| {
        let collections = used
            .collections
            .iter()
            .map(|(id, title, lang)| {
                view! { <li>{t("used-in-collection")}": " <a href=paths::collection(&locale, *id) lang=lang.clone()>{title.clone()}</a></li> }
            })
            .collect_view();
        let posts = used
            .posts
            .iter()
            .map(|(id, title, lang)| {
                let href = crate::counselling::paths::post(&locale, *id);
                view! { <li>{t("used-in-thread")}": " <a href=href lang=lang.clone()>{title.clone()}</a></li> }
            })
            .collect_view();
        let activities = used
            .activities
            .iter()
            .map(|(plan, id, title)| {
                let href = crate::plans::paths::activity(&locale, *plan, *id);
                view! { <li>{t("used-in-activity")}": " <a href=href>{title.clone()}</a></li> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="used-in-title">
                <h2 id="used-in-title">{t("used-in-title")}</h2>
                <ul class="plain-list">{collections} {posts} {activities}</ul>
            </section>
        }
    })
}

/// For curators: put it into one of their collections, with a note.
fn collecting(r: &ResourceView, i18n: I18n) -> impl IntoView {
    (!r.collections.is_empty()).then(|| {
        let choices = r
            .collections
            .iter()
            .map(|(id, title)| view! { <option value=id.to_string()>{title.clone()}</option> })
            .collect_view();
        view! {
            <section aria-labelledby="collect-title">
                <h2 id="collect-title">{t("collection-add-to")}</h2>
                {refusal(paths::ADD_TO_COLLECTION)}
                <form method="post" action=paths::ADD_TO_COLLECTION class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="resource" value=r.id/>
                    <label for="collect-collection">{t("collection-which")}</label>
                    <select id="collect-collection" name="collection">{choices}</select>
                    <label for="collect-note">{t("collection-note")}</label>
                    <textarea id="collect-note" name="note" maxlength="1000" rows="2"></textarea>
                    <button type="submit">{t("collection-add-send")}</button>
                </form>
                <p class="hint"><a href=paths::collections(&i18n.locale())>{t("collections-title")}</a></p>
            </section>
        }
    })
}

/// A member reports it; its reviewers hide or restore it.
fn reporting(r: &ResourceView) -> impl IntoView {
    let report = (r.signed_in && !r.own && r.hidden_reason.is_none()).then(|| {
        view! {
            <details class="post__tool">
                <summary>{t("resource-flag")}</summary>
                <form method="post" action=paths::FLAG class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="resource" value=r.id/>
                    <label for="flag-reason">{t("flag-reason")}</label>
                    <input id="flag-reason" name="reason" maxlength="500" required/>
                    <button type="submit">{t("flag-send")}</button>
                </form>
            </details>
        }
    });
    let moderate = r
        .reviewable
        .then(|| super::review_page::moderation_form(r.id, r.hidden_reason.is_some(), false));
    (report.is_some() || moderate.is_some()).then(|| {
        view! {
            <div class="post__actions">
                {refusal(paths::FLAG)}
                {refusal(paths::MODERATE)}
                {report}
                {moderate}
            </div>
        }
    })
}

fn status_hint(status: ResourceStatus) -> &'static str {
    match status {
        ResourceStatus::Draft => "resource-draft-hint",
        ResourceStatus::Submitted => "resource-submitted-hint",
        ResourceStatus::Published => "resource-status-published",
    }
}

/// The resource itself: its current file opened (PDF in the browser's
/// viewer, video and audio in their elements) or its link.
fn opening(version: &VersionView, i18n: I18n) -> impl IntoView {
    let file = version.files.first().cloned();
    let player = file.as_ref().and_then(|f| {
        if f.is_video() {
            Some(view! { <video class="resource-video" controls preload="metadata" src=f.href.clone()></video> }.into_any())
        } else if f.is_audio() {
            Some(view! { <audio controls preload="metadata" src=f.href.clone()></audio> }.into_any())
        } else {
            None
        }
    });
    let open = file.map(|f| {
        let label = if f.is_pdf() { "resource-open-pdf" } else { "resource-download" };
        let size = size_text(f.size, i18n);
        view! {
            <a class="button" href=f.href.clone()>{t(label)}</a>
            " " <span class="muted">{f.file_name.clone()} " · " {size}</span>
        }
    });
    let link = version.link.clone().map(|href| {
        view! { <a class="button" href=href rel="noopener noreferrer" target="_blank">{t("resource-open-link")}</a> }
    });
    view! {
        {player}
        <p class="toolbar">{open} {link}</p>
    }
}

fn size_text(bytes: i64, i18n: I18n) -> String {
    let bytes = bytes.max(0) as f64;
    if bytes >= 1024.0 * 1024.0 {
        let mb = (bytes / (1024.0 * 1024.0) * 10.0).round() / 10.0;
        i18n.format("file-size-mb", &[("size", Arg::from(mb))])
    } else {
        let kb = (bytes / 1024.0).ceil();
        i18n.format("file-size-kb", &[("size", Arg::from(kb))])
    }
}

fn details(r: &ResourceView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let list = |keys: Vec<&'static str>| {
        keys.into_iter()
            .map(|id| i18n.format(id, &[]))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let topics = list(r.topics.iter().map(|t| t.message_id()).collect());
    let sectors = list(r.sectors.iter().map(|s| s.message_id()).collect());
    let countries = r
        .countries
        .iter()
        .map(|c| i18n.format(&format!("country-{c}"), &[]))
        .collect::<Vec<_>>()
        .join(", ");
    let row = |label: &'static str, value: String| {
        (!value.is_empty()).then(|| view! { <dt>{t(label)}</dt> <dd>{value}</dd> })
    };
    let organisation = r.organisation.clone().map(|(slug, name)| {
        view! {
            <dt>{t("resource-organisation")}</dt>
            <dd><a href=format!("/{locale}/directory/organisations/{slug}")>{name}</a></dd>
        }
    });
    let network = r.network.clone().map(|(slug, name)| {
        view! {
            <dt>{t("resource-network")}</dt>
            <dd><a href=format!("/{}/directory/networks/{slug}", i18n.locale())>{name}</a></dd>
        }
    });
    view! {
        <section aria-labelledby="resource-about-title">
            <h2 id="resource-about-title">{t("resource-about")}</h2>
            <dl class="facts">
                {row("resource-audience", i18n.format(r.audience.message_id(), &[]))}
                {row("resource-topics", topics)}
                {row("resource-sectors", sectors)}
                {row("resource-countries", countries)}
                {organisation}
                {network}
                {row("resource-visibility", i18n.format(r.visibility.message_id(), &[]))}
                {row("resource-added-by", r.owner_name.clone())}
                <dt>{t("resource-updated")}</dt>
                <dd><time datetime=r.updated_iso.clone()>{r.updated.clone()}</time></dd>
                <dt>{t("resource-licence")}</dt>
                <dd>{attribution(r, i18n)}</dd>
            </dl>
        </section>
    }
}

/// The line a reuser copies: title, creators, licence and its deed.
fn attribution(r: &ResourceView, i18n: I18n) -> impl IntoView {
    let args = [
        ("title", Arg::from(r.shown.title.clone())),
        ("author", Arg::from(r.author.clone())),
        ("licence", Arg::from(r.licence.short_name())),
    ];
    match (r.licence, r.licence.deed()) {
        (Licence::AllRightsReserved, _) | (_, None) => {
            view! { <span class="attribution">{i18n.format("resource-rights-reserved", &args)}</span> }
                .into_any()
        }
        (_, Some(deed)) => view! {
            <span class="attribution">{i18n.format("resource-attribution", &args)}</span>
            " " <a href=deed rel="license noopener noreferrer">{t("resource-licence-deed")}</a>
        }
        .into_any(),
    }
}

fn files(version: &VersionView, i18n: I18n) -> impl IntoView {
    (!version.files.is_empty()).then(|| {
        let rows = version
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| file_row(f, i == 0, i18n))
            .collect_view();
        view! {
            <section aria-labelledby="resource-files-title">
                <h2 id="resource-files-title">{t("resource-files")}</h2>
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{t("resource-file-name")}</th>
                            <th scope="col">{t("resource-file-size")}</th>
                            <th scope="col">{t("resource-file-uploaded")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    })
}

fn file_row(f: &FileView, current: bool, i18n: I18n) -> impl IntoView {
    let pages = f
        .pages
        .map(|n| i18n.format("resource-pages", &[("count", Arg::from(n as i64))]));
    let current = current.then(|| view! { " " <span class="badge badge--strong">{t("resource-file-current")}</span> });
    view! {
        <tr>
            <td><a href=f.href.clone()>{f.file_name.clone()}</a> {current} {pages.map(|p| view! { " · " {p} })}</td>
            <td>{size_text(f.size, i18n)}</td>
            <td><time datetime=f.uploaded_iso.clone()>{f.uploaded.clone()}</time></td>
        </tr>
    }
}

/// For those who edit it: a new file, a translation, the review, publishing a draft.
fn editing(r: &ResourceView, i18n: I18n) -> impl IntoView {
    let limits = r.limits;
    let new_file = {
        let action = paths::add_file(r.shown.id);
        let fields = file_field("new-file", limits, i18n, true);
        let heading = i18n.format("resource-new-file", &[("language", Arg::from(name_of(&r.shown.lang)))]);
        view! {
            <section aria-labelledby="new-file-title">
                <h2 id="new-file-title">{heading}</h2>
                <p class="hint">{t("resource-new-file-hint")}</p>
                {refusal(paths::ADD_FILE)}
                {upload_form("new-file-form", action, limits, i18n, fields, "resource-new-file-send")}
            </section>
        }
    };
    let translation = (!r.missing_languages.is_empty()).then(|| {
        let action = paths::add_version(r.id);
        let fields = view! {
            <input type="hidden" name="kind" value=r.kind.key()/>
            <label for="version-lang">{t("resource-language")}</label>
            <select id="version-lang" name="lang">{options(labelled(&r.missing_languages, "language-", i18n), "")}</select>
            <label for="version-title">{t("resource-field-title")}</label>
            <input id="version-title" name="title" maxlength="300" required/>
            <MarkdownField id="version-summary" name="summary" label="resource-field-summary" initial=String::new()/>
            <label for="version-link">{t("resource-field-link")}</label>
            <input id="version-link" type="url" name="link" maxlength="2000" placeholder="https://"/>
            {file_field("version-file", limits, i18n, false)}
        };
        view! {
            <section aria-labelledby="translation-title">
                <h2 id="translation-title">{t("resource-add-translation")}</h2>
                {refusal(paths::ADD_VERSION)}
                {upload_form("translation-form", action, limits, i18n, fields, "resource-add-translation-send")}
            </section>
        }
    });
    let review = (r.reviewable && r.status == ResourceStatus::Submitted).then(|| {
        view! {
            <section aria-labelledby="review-title">
                <h2 id="review-title">{t("resource-review")}</h2>
                {refusal(paths::REVIEW)}
                <form method="post" action=paths::REVIEW class="inline-form">
                    <LocaleField/>
                    <input type="hidden" name="resource" value=r.id.to_string()/>
                    <button type="submit" name="decision" value="publish">{t("resource-review-publish")}</button>
                    <button type="submit" name="decision" value="return" class="secondary">{t("resource-review-return")}</button>
                </form>
            </section>
        }
    });
    let publish = (r.status == ResourceStatus::Draft).then(|| {
        view! {
            <form method="post" action=paths::SUBMIT class="inline-form">
                <LocaleField/>
                <input type="hidden" name="resource" value=r.id.to_string()/>
                {refusal(paths::SUBMIT)}
                <button type="submit">{t("resource-publish")}</button>
            </form>
        }
    });
    let locale = i18n.locale();
    view! {
        {review}
        {publish}
        <p class="toolbar"><a class="button secondary" href=paths::edit(&locale, r.id, r.shown.id)>{t("resource-edit")}</a></p>
        {new_file}
        {translation}
    }
}
