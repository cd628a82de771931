//! Previous and next links between the pages of a list.

use leptos::prelude::*;

use crate::i18n::{t, Arg, I18n};

/// The pager of page `page` of `pages` (both one-based); `link` gives the
/// address of a page with the list's filters.
pub fn pager(page: u32, pages: u32, link: impl Fn(u32) -> String, i18n: I18n) -> impl IntoView {
    let page = page.min(pages);
    let previous =
        (page > 1).then(|| view! { <a rel="prev" href=link(page - 1)>{t("page-previous")}</a> });
    let next =
        (page < pages).then(|| view! { <a rel="next" href=link(page + 1)>{t("page-next")}</a> });
    let position = move || {
        i18n.format(
            "page-position",
            &[
                ("page", Arg::from(page as u64)),
                ("pages", Arg::from(pages as u64)),
            ],
        )
    };
    view! {
        <nav class="pager" aria-label=t("page-navigation")>
            {previous}
            <span>{position}</span>
            {next}
        </nav>
    }
}
