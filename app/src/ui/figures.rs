use leptos::prelude::*;

use crate::i18n::{t, use_i18n, Arg};

/// Headline numbers, each with its pluralised label (`figure-networks`, ...).
#[component]
pub fn Figures(
    /// The list's accessible name (a message id).
    label: &'static str,
    /// Message id and number, in order.
    figures: Vec<(&'static str, u64)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let items = figures
        .into_iter()
        .map(|(id, n)| {
            view! {
                <div class="figure" data-figure=id>
                    <dt class="figure__label">{move || i18n.format(id, &[("count", Arg::from(n))])}</dt>
                    <dd class="figure__value">{move || i18n.number(n as f64)}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="figures" aria-label=t(label)>{items}</dl> }
}
