//! `/{locale}/plans`: every network's strategies, and for facilitators the
//! form that starts one.

use leptos::prelude::*;

use super::api::load_plans;
use super::model::PlansIndex;
use super::paths;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::{loaded, refusal, DoneNotice, LocaleField, PageTitle};

#[component]
pub fn PlansPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="plans-title"/>
        <h1>{t("plans-title")}</h1>
        <p class="lead">{t("plans-lead")}</p>
        <DoneNotice/>
        {loaded(load_plans(), move |index| index_view(index, i18n))}
    }
}

fn index_view(index: PlansIndex, i18n: I18n) -> impl IntoView {
    let empty = index
        .strategies
        .is_empty()
        .then(|| view! { <p>{t("plans-none")}</p> });
    let cards = index
        .strategies
        .into_iter()
        .map(|s| {
            let href = move || paths::plan(&i18n.locale(), s.id);
            let status = s.status.message_id();
            let activities = s.activities;
            view! {
                <li class="card">
                    <h2 class="card__title"><a href=href>{s.title}</a></h2>
                    <p class="card__meta">{s.network_name} " · " {s.period}</p>
                    <p class="card__meta">
                        <span class=format!("badge badge--{}", s.status.key())>{move || i18n.format(status, &[])}</span>
                        " "
                        {move || i18n.format("plan-activity-count", &[("count", Arg::from(activities))])}
                    </p>
                </li>
            }
        })
        .collect_view();
    let create = (!index.networks.is_empty()).then(|| {
        let networks = index
            .networks
            .into_iter()
            .map(|(id, name)| view! { <option value=id>{name}</option> })
            .collect_view();
        view! {
            <section aria-labelledby="create-title">
                <h2 id="create-title">{t("strategy-create-title")}</h2>
                {refusal(paths::CREATE_STRATEGY)}
                <form class="stacked-form" method="post" action=paths::CREATE_STRATEGY>
                    <LocaleField/>
                    <label for="create-network">{t("strategy-network")}</label>
                    <select id="create-network" name="network">{networks}</select>
                    <label for="create-title-field">{t("strategy-field-title")}</label>
                    <input id="create-title-field" name="title" required maxlength="200"/>
                    <label for="create-period">{t("strategy-field-period")}</label>
                    <input id="create-period" name="period" required placeholder="2026-2030" pattern="[0-9]{4} *- *[0-9]{4}"/>
                    <button type="submit">{t("strategy-create")}</button>
                </form>
            </section>
        }
    });
    view! {
        {empty}
        <ul class="card-list">{cards}</ul>
        {create}
    }
}
