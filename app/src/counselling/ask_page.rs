//! `/{locale}/counselling/ask`: a new question to the peers.

use leptos::prelude::*;
use store::vocabulary::Topic;

use super::api::load_ask_form;
use super::markdown_field::MarkdownField;
use super::model::AskForm;
use super::paths;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::choices::{labelled, named, options};
use crate::ui::{allowed, loaded, refusal, LocaleField, PageTitle};

#[component]
pub fn AskPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="ask-title"/>
        <h1>{t("ask-title")}</h1>
        {loaded(load_ask_form(), allowed(move |f| ask_form(f, i18n)))}
    }
}

fn ask_form(f: AskForm, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let networks = f
        .networks
        .into_iter()
        .map(|n| view! { <option value=n.slug>{n.name}</option> })
        .collect_view();
    view! {
        <p class="lead">{t("ask-lead")}</p>
        {refusal(paths::ASK)}
        <form class="stacked-form" method="post" action=paths::ASK>
            <LocaleField/>
            <label for="ask-title">{t("ask-field-title")}</label>
            <input id="ask-title" name="title" maxlength="200" required/>
            <MarkdownField id="ask-body" name="body" label="ask-field-body" initial=String::new()/>
            <label for="ask-topic">{t("thread-topic")}</label>
            <select id="ask-topic" name="topic">{options(named(&Topic::ALL, i18n), "")}</select>
            <label for="ask-lang">{t("post-language")}</label>
            <select id="ask-lang" name="lang">{options(labelled(&f.languages, "language-", i18n), &locale)}</select>
            <label for="ask-network">{t("ask-field-audience")}</label>
            <select id="ask-network" name="network">
                <option value="">{t("thread-platform")}</option>
                {networks}
            </select>
            <button type="submit">{t("ask-send")}</button>
        </form>
    }
}
