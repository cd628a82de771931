//! `/{locale}/plans/{id}/versions`: the kept versions of a strategy and
//! what changed, word by word, between two of them (`?from=&to=`; 0 is the
//! strategy as it stands).

use leptos::prelude::*;

use super::api::load_versions;
use super::model::VersionsView;
use super::paths;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::query::{path_number, query_number};
use crate::ui::{found, loaded, PageTitle};

#[component]
pub fn VersionsPage() -> impl IntoView {
    let (id, from, to) = (path_number("id"), query_number("from"), query_number("to"));
    let i18n = use_i18n();
    let load = async move {
        match id {
            Some(id) => load_versions(id, from, to).await,
            None => Ok(None),
        }
    };
    view! {
        <PageTitle id="strategy-versions"/>
        {loaded(load, found(move |v| versions_view(v, i18n)))}
    }
}

fn version_name(n: i32, i18n: I18n) -> String {
    if n == 0 {
        i18n.format("version-now", &[])
    } else {
        i18n.format("version-number", &[("number", Arg::from(f64::from(n)))])
    }
}

fn versions_view(v: VersionsView, i18n: I18n) -> impl IntoView {
    let id = v.id;
    let choices = |selected: i32| {
        std::iter::once(0)
            .chain(v.versions.iter().map(|x| x.number))
            .map(|n| view! { <option value=n selected=n == selected>{version_name(n, i18n)}</option> })
            .collect_view()
    };
    let list = v
        .versions
        .iter()
        .map(|x| {
            let reason = x.reason.message_id();
            view! {
                <li>
                    <strong>{version_name(x.number, i18n)}</strong> " · " {i18n.format(reason, &[])}
                    " · " {x.member_name.clone()} " · " <time>{x.at.clone()}</time>
                </li>
            }
        })
        .collect_view();
    let empty = v
        .versions
        .is_empty()
        .then(|| view! { <p class="muted">{t("versions-none")}</p> });
    let parts = v
        .diff
        .into_iter()
        .map(|(label, runs)| {
            let changed = runs.iter().any(|r| r.op != "same");
            let runs = runs
                .into_iter()
                .map(|r| match r.op.as_str() {
                    "added" => view! { <ins>{r.text}</ins> }.into_any(),
                    "removed" => view! { <del>{r.text}</del> }.into_any(),
                    _ => view! { <span>{r.text}</span> }.into_any(),
                })
                .collect_view();
            let unchanged =
                (!changed).then(|| view! { <span class="muted">" " {t("diff-unchanged")}</span> });
            view! {
                <h3>{move || i18n.format(&label, &[])} {unchanged}</h3>
                <p class="diff prewrap">{runs}</p>
            }
        })
        .collect_view();
    let title = i18n.format(
        "diff-title",
        &[
            ("from", Arg::from(version_name(v.from, i18n))),
            ("to", Arg::from(version_name(v.to, i18n))),
        ],
    );
    view! {
        <p><a href=move || paths::plan(&i18n.locale(), id)>{v.title.clone()}</a></p>
        <h1>{t("strategy-versions")}</h1>
        {empty}
        <ol class="versions">{list}</ol>
        <form class="filters" method="get">
            <label for="diff-from">{t("diff-from")}</label>
            <select id="diff-from" name="from">{choices(v.from)}</select>
            <label for="diff-to">{t("diff-to")}</label>
            <select id="diff-to" name="to">{choices(v.to)}</select>
            <button type="submit" class="secondary">{t("diff-compare")}</button>
        </form>
        <section class="diff-view" aria-label=title.clone()>
            <h2>{title.clone()}</h2>
            {parts}
        </section>
    }
}
