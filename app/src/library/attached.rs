//! The resources attached to a thread's post or a plan activity, as their
//! readers see them; for those who attach, the form that adds one by its
//! address or number and a button that takes one off.

use leptos::prelude::*;

use super::model::AttachedView;
use super::paths;
use crate::i18n::{t, I18n};
use crate::ui::LocaleField;

/// What resources are attached to: its kind (`post`, `activity`) and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attaching {
    pub host: &'static str,
    pub id: i32,
    /// Whether the viewer attaches and detaches here.
    pub may_attach: bool,
}

impl Attaching {
    pub fn post(id: i32, may_attach: bool) -> Self {
        Self {
            host: "post",
            id,
            may_attach,
        }
    }

    pub fn activity(id: i32, may_attach: bool) -> Self {
        Self {
            host: "activity",
            id,
            may_attach,
        }
    }
}

/// The list (nothing when empty and the viewer does not attach).
pub fn attached_resources(resources: &[AttachedView], at: Attaching, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let items = resources
        .iter()
        .map(|r| {
            let detach = at.may_attach.then(|| {
                view! {
                    <form method="post" action=paths::DETACH class="inline-form">
                        <LocaleField/>
                        <input type="hidden" name="host" value=at.host/>
                        <input type="hidden" name="id" value=at.id/>
                        <input type="hidden" name="resource" value=r.resource_id/>
                        <button type="submit" class="link-button">{t("attached-remove")}</button>
                    </form>
                }
            });
            view! {
                <li>
                    <a href=paths::resource(&locale, r.resource_id) lang=r.lang.clone()>{r.title.clone()}</a>
                    " " <span class="badge">{t(r.kind.message_id())}</span>
                    {detach}
                </li>
            }
        })
        .collect_view();
    let list = (!resources.is_empty()).then(|| {
        view! {
            <div class="attached">
                <p class="attached__title">{t("attached-title")}</p>
                <ul class="plain-list">{items}</ul>
            </div>
        }
    });
    let form = at.may_attach.then(|| {
        let field = format!("attach-{}-{}", at.host, at.id);
        view! {
            <details class="post__tool">
                <summary>{t("attached-add")}</summary>
                <form method="post" action=paths::ATTACH class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="host" value=at.host/>
                    <input type="hidden" name="id" value=at.id/>
                    <label for=field.clone()>{t("attached-resource")}</label>
                    <input id=field name="resource" maxlength="500" required aria-describedby=format!("attach-hint-{}-{}", at.host, at.id)/>
                    <p class="hint" id=format!("attach-hint-{}-{}", at.host, at.id)>{t("attached-resource-hint")}</p>
                    <button type="submit">{t("attached-add-send")}</button>
                </form>
            </details>
        }
    });
    view! { {list} {form} }
}
