//! `/{locale}/groups/new`: founding a working group with its charter, for
//! a network's facilitators and the coordinators.

use leptos::prelude::*;
use store::vocabulary::{Admission, GroupVisibility, Topic};

use super::api::load_new_group_form;
use super::model::NewGroupForm;
use super::paths;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::choices::{labelled, named, options};
use crate::ui::{allowed, loaded, refusal, LocaleField, PageTitle};

#[component]
pub fn NewGroupPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="group-new-title"/>
        <p class="eyebrow"><a href=move || paths::groups(&i18n.locale())>{t("groups-title")}</a></p>
        <h1>{t("group-new-title")}</h1>
        <p class="lead">{t("group-new-lead")}</p>
        {refusal(paths::FOUND)}
        {loaded(load_new_group_form(), allowed(move |f| new_group_form(f, i18n)))}
    }
}

fn new_group_form(f: NewGroupForm, i18n: I18n) -> impl IntoView {
    let mut networks: Vec<(String, String)> = Vec::new();
    if f.platform {
        networks.push((String::new(), i18n.format("group-network-none", &[])));
    }
    networks.extend(f.networks.iter().map(|(id, name)| (id.to_string(), name.clone())));
    let first = networks.first().map(|n| n.0.clone()).unwrap_or_default();
    let mut topics = vec![(String::new(), i18n.format("group-topic-none", &[]))];
    topics.extend(named(&Topic::ALL, i18n));
    view! {
        <form method="post" action=paths::FOUND class="stacked-form">
            <LocaleField/>
            <label for="group-network">{t("group-field-network")}</label>
            <select id="group-network" name="network">{options(networks, &first)}</select>
            <label for="group-title">{t("group-field-title")}</label>
            <input id="group-title" name="title" maxlength="200" required/>
            <label for="group-topic">{t("group-field-topic")}</label>
            <select id="group-topic" name="topic">{options(topics, "")}</select>
            <label for="group-lang">{t("group-field-lang")}</label>
            <select id="group-lang" name="lang">{options(labelled(&f.languages, "language-", i18n), &i18n.locale())}</select>
            <label for="group-purpose">{t("group-field-purpose")}</label>
            <textarea id="group-purpose" name="purpose" rows="4" maxlength="10000" required></textarea>
            <label for="group-deliverables">{t("group-field-deliverables")}</label>
            <textarea id="group-deliverables" name="deliverables" rows="4" maxlength="10000" required></textarea>
            <label for="group-starts">{t("group-field-starts")}</label>
            <input id="group-starts" type="date" name="starts_on" required value=f.today.clone()/>
            <label for="group-ends">{t("group-field-ends")}</label>
            <input id="group-ends" type="date" name="ends_on"/>
            <label for="group-admission">{t("group-field-admission")}</label>
            <select id="group-admission" name="admission">{options(named(&Admission::ALL, i18n), Admission::Open.key())}</select>
            <label for="group-visibility">{t("group-field-visibility")}</label>
            <select id="group-visibility" name="visibility">{options(named(&GroupVisibility::ALL, i18n), GroupVisibility::Public.key())}</select>
            <button type="submit">{t("group-found")}</button>
        </form>
    }
}
