//! A Markdown text area as a form places it: the editor island with its
//! texts translated (server only).

use leptos::prelude::*;

use super::markdown_editor::MarkdownEditor;
use crate::i18n::t;

/// The field `name`, labelled by the message `label`, starting with `initial`.
#[component]
pub fn MarkdownField(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    initial: String,
    #[prop(optional)] lang: Option<String>,
) -> impl IntoView {
    view! {
        <MarkdownEditor
            id=id.to_owned()
            name=name.to_owned()
            label=t(label)()
            help=t("markdown-help")()
            preview_title=t("markdown-preview")()
            initial
            lang
        />
    }
}
