//! A Markdown text area. Without JavaScript it is a plain textarea; in the
//! browser (an island), a pause in typing shows the text as it will read,
//! rendered and cleaned by the server (the browser carries no Markdown renderer).

use leptos::prelude::*;

/// The field with its preview; its texts come translated in its props.
#[island]
pub fn MarkdownEditor(
    id: String,
    name: String,
    label: String,
    help: String,
    preview_title: String,
    initial: String,
    lang: Option<String>,
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
                    } else if let Ok(rendered) = super::preview_api::preview(text).await {
                        html.set(rendered);
                    }
                })
            },
            std::time::Duration::from_millis(300),
        )
        .ok();
        pending.set_value(handle);
    };
    let (help_id, preview_id) = (format!("{id}-help"), format!("{id}-preview"));
    view! {
        <label for=id.clone()>{label}</label>
        <textarea id=id name=name rows="8" maxlength="20000" required lang=lang aria-describedby=help_id.clone() on:input=on_input>
            {initial}
        </textarea>
        <p id=help_id class="hint">{help}</p>
        <section class="markdown-preview" aria-live="polite" hidden=move || html.with(String::is_empty) aria-labelledby=preview_id.clone()>
            <h3 id=preview_id.clone()>{preview_title}</h3>
            <div class="post__body" inner_html=move || html.get()></div>
        </section>
    }
}
