//! `/{locale}/events/new`: announcing an event (or a weekly or monthly
//! series) for a network, a working group or the whole platform, its times
//! on the clocks of the zone the organiser chooses; and
//! `/{locale}/events/{id}/edit`, where its organisers change one event (one
//! occurrence alone, for a series) with the same fields.

use leptos::prelude::*;
use store::vocabulary::{Admission, EventKind, Recurrence, Visibility};

use super::api::{load_edit_event, load_new_event_form};
use super::model::{EventChoices, EventValues, NewEventForm};
use super::paths;
use crate::counselling::MarkdownField;
use crate::i18n::{t, use_i18n, I18n};
use crate::ui::choices::{check_grid, labelled, named, options};
use crate::ui::query::path_number;
use crate::ui::{allowed, loaded, refusal, LocaleField, PageTitle};

#[component]
pub fn NewEventPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle id="event-new-title"/>
        <p class="eyebrow"><a href=move || paths::events(&i18n.locale())>{t("events-title")}</a></p>
        <h1>{t("event-new-title")}</h1>
        <p class="lead">{t("event-new-lead")}</p>
        {refusal(paths::CREATE)}
        {loaded(load_new_event_form(), allowed(move |f| new_event_form(f, i18n)))}
    }
}

#[component]
pub fn EditEventPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = path_number("id").unwrap_or(0);
    view! {
        <PageTitle id="event-edit"/>
        <h1>{t("event-edit")}</h1>
        {refusal(paths::EDIT)}
        {loaded(load_edit_event(id), allowed(move |(choices, values)| edit_form(id, choices, values, i18n)))}
    }
}

fn new_event_form(f: NewEventForm, i18n: I18n) -> impl IntoView {
    let mut organisers: Vec<(String, String)> = Vec::new();
    if f.platform {
        organisers.push(("platform".into(), i18n.format("event-organiser-platform", &[])));
    }
    organisers.extend(f.networks.iter().map(|(id, name)| (format!("network:{id}"), name.clone())));
    organisers.extend(f.groups.iter().map(|(id, title)| (format!("group:{id}"), title.clone())));
    let first = organisers.first().map(|o| o.0.clone()).unwrap_or_default();
    let repeats = {
        let mut r = vec![(String::new(), i18n.format("event-repeat-none", &[]))];
        r.extend(named(&Recurrence::ALL, i18n));
        r
    };
    let values = EventValues {
        lang: i18n.locale(),
        languages: vec![i18n.locale()],
        time_zone: f.choices.zone.clone(),
        visibility: Visibility::Everyone.key().into(),
        admission: Admission::Open.key().into(),
        ..EventValues::default()
    };
    let series = view! {
        <label for="event-repeat">{t("event-field-repeat")}</label>
        <select id="event-repeat" name="repeat">{options(repeats, "")}</select>
        <label for="event-until">{t("event-field-until")}</label>
        <input id="event-until" type="date" name="until"/>
    };
    view! {
        <form method="post" action=paths::CREATE class="stacked-form">
            <LocaleField/>
            <label for="event-organiser">{t("event-field-organiser")}</label>
            <select id="event-organiser" name="organiser">{options(organisers, &first)}</select>
            <label for="event-kind">{t("event-field-kind")}</label>
            <select id="event-kind" name="kind">{options(named(&EventKind::ALL, i18n), "")}</select>
            {fields(&f.choices, &values, series.into_any(), i18n)}
            <button type="submit">{t("event-create")}</button>
        </form>
    }
}

fn edit_form(id: i32, choices: EventChoices, values: EventValues, i18n: I18n) -> impl IntoView {
    let host = values.host.map(|h| view! { <input type="hidden" name="host" value=h/> });
    view! {
        <p class="eyebrow"><a href=paths::event(&i18n.locale(), id)>{values.title.clone()}</a></p>
        <form method="post" action=paths::EDIT class="stacked-form">
            <LocaleField/>
            <input type="hidden" name="event" value=id/>
            <input type="hidden" name="kind" value=values.kind.clone()/>
            {host}
            {fields(&choices, &values, ().into_any(), i18n)}
            <button type="submit">{t("event-edit-save")}</button>
        </form>
    }
}

/// What announcing and changing an event share: the title and languages,
/// the description, when (with `series` for a new one) and where, who sees
/// it, admission and places.
fn fields(c: &EventChoices, v: &EventValues, series: AnyView, i18n: I18n) -> impl IntoView {
    let zones = c
        .zones
        .iter()
        .map(|z| (z.clone(), z.replace('_', " ")))
        .collect::<Vec<_>>();
    let languages = labelled(&c.languages, "language-", i18n);
    view! {
        <label for="event-title">{t("event-field-title")}</label>
        <input id="event-title" name="title" maxlength="200" required value=v.title.clone()/>
        <label for="event-lang">{t("event-field-lang")}</label>
        <select id="event-lang" name="lang">{options(languages.clone(), &v.lang)}</select>
        {check_grid("languages", "event-field-languages", languages, &v.languages)}
        <MarkdownField id="event-description" name="description" label="event-field-description" initial=v.description.clone()/>
        <fieldset>
            <legend>{t("event-when")}</legend>
            <label for="event-zone">{t("event-field-time-zone")}</label>
            <select id="event-zone" name="time_zone">{options(zones, &v.time_zone)}</select>
            <label for="event-starts">{t("event-field-starts")}</label>
            <input id="event-starts" type="datetime-local" name="starts" required value=v.starts.clone()/>
            <label for="event-ends">{t("event-field-ends")}</label>
            <input id="event-ends" type="datetime-local" name="ends" required value=v.ends.clone()/>
            {series}
        </fieldset>
        <fieldset>
            <legend>{t("event-where")}</legend>
            <label for="event-online">{t("event-field-online-url")}</label>
            <input id="event-online" type="url" name="online_url" maxlength="2000" placeholder="https://" value=v.online_url.clone()/>
            <label for="event-venue">{t("event-field-venue")}</label>
            <input id="event-venue" name="venue" maxlength="300" value=v.venue.clone()/>
            <label for="event-address">{t("event-field-address")}</label>
            <input id="event-address" name="address" maxlength="300" value=v.address.clone()/>
            <label for="event-country">{t("event-field-country")}</label>
            <select id="event-country" name="country_code">
                <option value="">{t("event-country-none")}</option>
                {options(labelled(&c.countries, "country-", i18n), &v.country_code)}
            </select>
        </fieldset>
        <label for="event-visibility">{t("event-field-visibility")}</label>
        <select id="event-visibility" name="visibility">{options(named(&Visibility::ALL, i18n), &v.visibility)}</select>
        <label for="event-admission">{t("event-field-admission")}</label>
        <select id="event-admission" name="admission">{options(named(&Admission::ALL, i18n), &v.admission)}</select>
        <label for="event-capacity">{t("event-field-capacity")}</label>
        <input id="event-capacity" type="number" name="capacity" min="1" max="100000" inputmode="numeric" aria-describedby="event-capacity-hint" value=v.capacity.clone()/>
        <p class="hint" id="event-capacity-hint">{t("event-field-capacity-hint")}</p>
    }
}
