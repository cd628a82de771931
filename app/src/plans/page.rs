use leptos::prelude::*;

use super::planning_networks;
use crate::i18n::{t, use_i18n, Arg};
use crate::ui::PageTitle;

#[component]
pub fn PlansPage() -> impl IntoView {
    let networks = Resource::new(|| (), |_| planning_networks());
    let i18n = use_i18n();
    view! {
        <PageTitle id="plans-title"/>
        <h1>{t("plans-title")}</h1>
        <p class="lead">{t("plans-lead")}</p>
        <Suspense>
            {move || Suspend::new(async move {
                match networks.await {
                    Ok(networks) => view! {
                        <ul class="card-list">
                            {networks.into_iter().map(|n| {
                                let country = n.country_code.map(|c| format!("country-{c}"));
                                let organisations = n.organisations;
                                view! {
                                    <li class="card">
                                        <h2 class="card__title">{n.name}</h2>
                                        <p class="card__meta">
                                            {move || country.as_deref().map(|c| i18n.format(c, &[]))}
                                        </p>
                                        <p class="card__meta">
                                            {move || i18n.format("organisation-count", &[("count", Arg::from(organisations))])}
                                        </p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(_) => view! { <p class="notice notice--error">{t("error-load")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}
