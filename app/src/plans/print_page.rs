//! `/{locale}/plans/{id}/print`: the whole strategy and action plan on
//! paper: every activity with its details and indicators, nothing to click.

use leptos::prelude::*;

use super::model::PlanView;
use super::plan_page::load_plan_in_address;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::{found, loaded, PageTitleText};

#[component]
pub fn PrintPage() -> impl IntoView {
    let i18n = use_i18n();
    loaded(load_plan_in_address(), found(move |p| print_view(p, i18n)))
}

fn print_view(p: PlanView, i18n: I18n) -> impl IntoView {
    let percent = |v: i32| i18n.format("plan-percent", &[("value", Arg::from(f64::from(v)))]);
    let status = i18n.format(p.status.message_id(), &[]);
    let aspirations = p
        .aspirations
        .iter()
        .map(|a| {
            let rows = p
                .activities
                .iter()
                .filter(|x| x.aspirations.contains(&a.id))
                .map(|x| {
                    let indicators = x
                        .indicators
                        .iter()
                        .map(|n| {
                            i18n.format(
                                "indicator-reached",
                                &[
                                    ("name", Arg::from(n.name.clone())),
                                    ("actual", Arg::from(f64::from(n.actual))),
                                    ("target", Arg::from(f64::from(n.target))),
                                ],
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; ");
                    view! {
                        <tr>
                            <th scope="row">{x.title.clone()}<br/><span class="muted prewrap">{x.description.clone()}</span></th>
                            <td>{x.owner.as_ref().map(|o| o.name.clone())}</td>
                            <td>{x.start_on.clone()} " – " {x.due_on.clone()}</td>
                            <td>{i18n.format(x.status.message_id(), &[])}</td>
                            <td>{percent(x.progress)}</td>
                            <td>{indicators}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section class="print-aspiration">
                    <h2>{format!("{}. {}", a.position, a.title)} " · " {percent(i32::from(a.progress))}</h2>
                    <p class="prewrap">{a.description.clone()}</p>
                    <table class="print-table">
                        <thead><tr>
                            <th scope="col">{t("activity-field-title")}</th>
                            <th scope="col">{t("activity-field-owner")}</th>
                            <th scope="col">{t("plan-dates")}</th>
                            <th scope="col">{t("activity-field-status")}</th>
                            <th scope="col">{t("activity-field-progress")}</th>
                            <th scope="col">{t("indicators-title")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </section>
            }
        })
        .collect_view();
    view! {
        <PageTitleText text=p.title.clone()/>
        <article class="print">
            <h1>{p.title.clone()}</h1>
            <p>{p.network_name.clone()} " · " {p.period.clone()} " · " {status} " · " {t("plan-progress")} " " {percent(i32::from(p.progress))}</p>
            <h2>{t("strategy-field-vision")}</h2>
            <p class="prewrap">{p.vision.clone()}</p>
            <h2>{t("strategy-field-mission")}</h2>
            <p class="prewrap">{p.mission.clone()}</p>
            {p.timeline.clone().map(|svg| view! { <div class="timeline-figure" inner_html=svg></div> })}
            {aspirations}
        </article>
    }
}
