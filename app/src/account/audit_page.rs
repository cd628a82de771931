use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::AuditRow;
use super::FormError;
use crate::i18n::{t, use_i18n};
use crate::ui::query::query_number;
use crate::ui::{loaded, PageTitle};

const PAGE: u64 = 100;

/// The latest security events, for coordinators only.
#[server(endpoint = "account/audit", input = GetUrl)]
pub async fn audit_log(before: Option<i32>) -> Result<Vec<AuditRow>, FormError> {
    use super::api_support::*;
    use store::permission::{check, Action};
    let state = app_state()?;
    check(actor().as_ref(), Action::ReadAuditLog)?;
    let events = store::account::audit::recent(&state.db, PAGE, before).await?;
    Ok(events
        .into_iter()
        .map(|e| AuditRow {
            id: e.id,
            at: e.created_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            kind: e.kind,
            actor: e.actor_id,
            subject: e.subject_id,
            ip: e.ip,
            detail: e.detail,
        })
        .collect())
}

/// `/{locale}/account/audit`
#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let table = move |rows: Vec<AuditRow>| {
        let older = (rows.len() as u64 == PAGE)
            .then(|| rows.last().map(|r| r.id))
            .flatten()
            .map(|id| view! { <p><a href=format!("?before={id}")>{t("audit-older")}</a></p> });
        let body = rows
            .into_iter()
            .map(|r| {
                let kind = i18n.format(&format!("audit-{}", r.kind), &[]);
                let number = |n: Option<i32>| n.map(|n| format!("#{n}")).unwrap_or_default();
                view! {
                    <tr>
                        <td>{r.at}</td>
                        <td>{kind}</td>
                        <td>{number(r.actor)}</td>
                        <td>{number(r.subject)}</td>
                        <td>{r.ip.unwrap_or_default()}</td>
                        <td>{r.detail}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll">
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{t("audit-when")}</th>
                            <th scope="col">{t("audit-event")}</th>
                            <th scope="col">{t("audit-actor")}</th>
                            <th scope="col">{t("audit-subject")}</th>
                            <th scope="col">{t("audit-ip")}</th>
                            <th scope="col">{t("audit-detail")}</th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {older}
        }
    };
    view! {
        <PageTitle id="audit-title"/>
        <h1>{t("audit-title")}</h1>
        {loaded(audit_log(query_number("before")), table)}
    }
}
