use leptos::prelude::*;

use super::country_map;
use super::model::{CountryCount, MemberMap};
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::query::query_string;
use crate::ui::{loaded, PageTitle};

/// `/{locale}/directory/map`: the member countries shaded by their number of
/// organisations, each linked to the filtered list, and the same as a table.
#[component]
pub fn MapPage() -> impl IntoView {
    let i18n = use_i18n();
    let map = move |m: MemberMap| {
        view! {
            <div class="map" inner_html=m.svg></div>
            {table(m.countries, i18n)}
        }
    };
    view! {
        <PageTitle id="map-title"/>
        <h1>{t("map-title")}</h1>
        <p class="lead">{t("map-lead")}</p>
        {loaded(country_map(i18n.locale()), map)}
    }
}

/// The map's figures for everyone, and its only form for screen readers.
fn table(mut countries: Vec<CountryCount>, i18n: I18n) -> impl IntoView {
    countries.sort_by(|a, b| {
        b.organisations
            .cmp(&a.organisations)
            .then(a.code.cmp(&b.code))
    });
    let rows = countries
        .into_iter()
        .map(|c| {
            let name = format!("country-{}", c.code);
            let query = query_string([("country", c.code.clone())]);
            let n = c.organisations;
            view! {
                <tr data-country=c.code>
                    <th scope="row">
                        <a href=move || format!("/{}/directory/organisations{query}", i18n.locale())>
                            {move || i18n.format(&name, &[])}
                        </a>
                    </th>
                    <td>{move || i18n.number(n as f64)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="map-table">
            <caption>{t("map-table")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("filter-country")}</th>
                    <th scope="col">{t("network-organisations")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
