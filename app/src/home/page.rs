use leptos::prelude::*;

use super::{home_totals, Totals};
use crate::i18n::{t, use_i18n, Arg};
use crate::ui::PageTitle;

#[component]
pub fn HomePage() -> impl IntoView {
    let totals = Resource::new(|| (), |_| home_totals());
    let locale = use_i18n();
    let link = move |section: &'static str| move || format!("/{}/{section}", locale.locale());
    view! {
        <PageTitle id="home-title"/>
        <section class="hero">
            <h1>{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
        </section>
        <Suspense>
            {move || Suspend::new(async move {
                match totals.await {
                    Ok(totals) => view! { <Figures totals/> }.into_any(),
                    Err(_) => view! { <p class="notice notice--error">{t("error-load")}</p> }.into_any(),
                }
            })}
        </Suspense>
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

#[component]
fn Figures(totals: Totals) -> impl IntoView {
    let i18n = use_i18n();
    let figure = move |id: &'static str, n: u64| {
        view! {
            <div class="figure" data-figure=id>
                <dt class="figure__label">{move || i18n.format(id, &[("count", Arg::from(n))])}</dt>
                <dd class="figure__value">{move || i18n.number(n as f64)}</dd>
            </div>
        }
    };
    view! {
        <dl class="figures" aria-label=t("home-figures")>
            {figure("figure-networks", totals.networks)}
            {figure("figure-organisations", totals.organisations)}
            {figure("figure-members", totals.members)}
            {figure("figure-countries", totals.countries)}
        </dl>
    }
}
