//! Choices from the product's closed lists, the one way every form and
//! filter offers them: translated, sorted by what the reader sees.

use leptos::prelude::*;

use crate::i18n::{t, I18n};

/// Every value of a closed list: its key and its message, sorted by the message.
pub fn named<T: store::vocabulary::Named>(values: &[T], i18n: I18n) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = values
        .iter()
        .map(|v| (v.key().to_owned(), i18n.format(v.message_id(), &[])))
        .collect();
    out.sort_by_cached_key(|(_, text)| text.to_lowercase());
    out
}

/// Vocabulary keys with their messages (`{prefix}{key}`), sorted by the message.
pub fn labelled(keys: &[String], prefix: &str, i18n: I18n) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = keys
        .iter()
        .map(|k| (k.clone(), i18n.format(&format!("{prefix}{k}"), &[])))
        .collect();
    out.sort_by_cached_key(|(_, text)| text.to_lowercase());
    out
}

/// `<option>`s, the one whose value is `selected` chosen.
pub fn options(choices: Vec<(String, String)>, selected: &str) -> impl IntoView {
    choices
        .into_iter()
        .map(|(value, text)| {
            let chosen = value == selected;
            view! { <option value=value selected=chosen>{text}</option> }
        })
        .collect_view()
}

/// A fieldset of checkboxes posting `{name}[]`, with an empty hidden value
/// first so that a form with none ticked still names the list.
pub fn check_grid(
    name: &'static str,
    legend: &'static str,
    choices: Vec<(String, String)>,
    checked: &[impl AsRef<str>],
) -> impl IntoView {
    let field = format!("{name}[]");
    let boxes = choices
        .into_iter()
        .map(|(value, text)| {
            let on = checked.iter().any(|c| c.as_ref() == value);
            let field = field.clone();
            view! {
                <label class="check">
                    <input type="checkbox" name=field value=value checked=on/>
                    {text}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="check-grid">
            <legend>{t(legend)}</legend>
            <input type="hidden" name=field.clone() value=""/>
            {boxes}
        </fieldset>
    }
}
