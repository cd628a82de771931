use leptos::prelude::*;

use super::home_totals;
use super::model::Totals;
use crate::i18n::{t, use_i18n};
use crate::ui::{loaded, Figures, PageTitle};

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_i18n();
    let link = move |section: &'static str| move || format!("/{}/{section}", locale.locale());
    let figures = |totals: Totals| {
        view! {
            <Figures label="home-figures" figures=vec![
                ("figure-networks", totals.networks),
                ("figure-organisations", totals.organisations),
                ("figure-members", totals.members),
                ("figure-countries", totals.countries),
            ]/>
        }
    };
    view! {
        <PageTitle id="home-title"/>
        <section class="hero">
            <h1>{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
        </section>
        {loaded(home_totals(), figures)}
        <section class="parts" aria-labelledby="parts-heading">
            <h2 id="parts-heading" class="visually-hidden">{t("home-parts")}</h2>
            <a class="part-card" href=link("directory")>
                <h3>{t("nav-directory")}</h3>
                <p>{t("home-directory")}</p>
            </a>
            <a class="part-card" href=link("counselling")>
                <h3>{t("nav-counselling")}</h3>
                <p>{t("home-counselling")}</p>
            </a>
            <a class="part-card" href=link("plans")>
                <h3>{t("nav-plans")}</h3>
                <p>{t("home-plans")}</p>
            </a>
        </section>
    }
}
