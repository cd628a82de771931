//! A Markdown text area. Without JavaScript it is a plain textarea; in the
//! browser, a pause in typing shows the text as it will read, rendered and
//! cleaned by the server (the browser carries no Markdown renderer).

use leptos::prelude::*;

use crate::i18n::t;

/// The field `name`, labelled by `label`, starting with `initial`.
#[component]
pub fn MarkdownField(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    initial: String,
    #[prop(optional)] lang: Option<String>,
) -> impl IntoView {
    let html = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                leptos::task::spawn_local(async move {
                    if text.trim().is_empty() {
                        html.set(String::new());
                    } else if let Ok(rendered) = super::api::preview(text).await {
                        html.set(rendered);
                    }
                })
            },
            std::time::Duration::from_millis(300),
        )
        .ok();
        pending.set_value(handle);
    };
    let preview_id = format!("{id}-preview");
    // The text as the server renders it, and as a property for a page drawn in
    // the browser (where a textarea's children do not set its value).
    let value = initial.clone();
    view! {
        <label for=id>{t(label)}</label>
        <textarea id=id name=name rows="8" maxlength="20000" required lang=lang aria-describedby=format!("{id}-help") prop:value=value on:input=on_input>
            {initial}
        </textarea>
        <p id=format!("{id}-help") class="hint">{t("markdown-help")}</p>
        <section class="markdown-preview" aria-live="polite" hidden=move || html.with(String::is_empty) aria-labelledby=preview_id.clone()>
            <h3 id=preview_id.clone()>{t("markdown-preview")}</h3>
            <div class="post__body" inner_html=move || html.get()></div>
        </section>
    }
}
