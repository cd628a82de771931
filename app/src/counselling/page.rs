use leptos::prelude::*;

use super::expertise_by_topic;
use crate::i18n::{t, use_i18n, Arg};
use crate::ui::PageTitle;

#[component]
pub fn CounsellingPage() -> impl IntoView {
    let topics = Resource::new(|| (), |_| expertise_by_topic());
    let i18n = use_i18n();
    view! {
        <PageTitle id="counselling-title"/>
        <h1>{t("counselling-title")}</h1>
        <p class="lead">{t("counselling-lead")}</p>
        <h2>{t("counselling-topics")}</h2>
        <Suspense>
            {move || Suspend::new(async move {
                match topics.await {
                    Ok(topics) => view! {
                        <ul class="topic-list">
                            {topics.into_iter().map(|(topic, count)| {
                                let name = format!("topic-{topic}");
                                view! {
                                    <li class="topic">
                                        <span class="topic__name">{move || i18n.format(&name, &[])}</span>
                                        <span class="topic__count">
                                            {move || i18n.format("expertise-count", &[("count", Arg::from(count))])}
                                        </span>
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
