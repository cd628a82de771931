//! `/{locale}/events/{id}`: an event, its times on its own clocks and on
//! the reader's, where it is held, who organises it, its places; the
//! reader's registration (a plain form: it works without JavaScript); its
//! calendar files; its agenda, materials, recording and the answers of a
//! peer-learning session's groups; and, for its organisers, the
//! participants with their access needs, and what they add or decide.

use leptos::prelude::*;
use store::vocabulary::{Admission, Attendance, EventKind};

use super::api::load_event;
use super::model::{EventView, ParticipantView};
use super::paths;
use super::times_view::times_line;
use crate::i18n::locales::endonym;
use crate::i18n::{t, use_i18n, Arg, I18n};
use crate::ui::query::path_number;
use crate::ui::{found, loaded, refusal, DoneNotice, LocaleField, PageTitleText};

#[component]
pub fn EventPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = path_number("id").unwrap_or(0);
    view! {
        <DoneNotice/>
        {loaded(load_event(id, i18n.locale()), found(move |e| event_page(e, i18n)))}
    }
}

fn event_page(e: EventView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let state = if e.cancelled {
        Some(view! { <p class="notice notice--error">{t("error-event-cancelled")}</p> })
    } else if e.past {
        Some(view! { <p class="notice">{t("event-taken-place")}</p> })
    } else {
        None
    };
    view! {
        <PageTitleText text=e.title.clone()/>
        <p class="eyebrow"><a href=paths::events(&locale)>{t("events-title")}</a> " · " {t(e.kind.message_id())}</p>
        <h1 lang=e.lang.clone()>{e.title.clone()}</h1>
        {state}
        {facts(&e, i18n)}
        <div class="post__body" lang=e.lang.clone() inner_html=e.description_html.clone()></div>
        {registration(&e, i18n)}
        {calendar_links(&e)}
        {agenda(&e)}
        {materials(&e)}
        {questions(&e)}
        {e.organiser.then(|| organisers(&e, i18n))}
    }
}

fn facts(e: &EventView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let online = e.online.then(|| view! { <span>{t("event-online")}</span> });
    let venue = e.venue.clone().map(|v| {
        let address = e.address.clone().map(|a| view! { <br/> {a} });
        let country = e
            .country_code
            .as_ref()
            .map(|c| view! { <br/> {i18n.format(&format!("country-{c}"), &[])} });
        view! { <span>{v} {address} {country}</span> }
    });
    let both = (online.is_some() && venue.is_some()).then_some(" · ");
    let languages = e
        .languages
        .iter()
        .map(|l| endonym(l).unwrap_or(l).to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let mut by = Vec::new();
    if let Some((slug, name)) = &e.network {
        by.push(view! { <a href=format!("/{locale}/directory/networks/{slug}")>{name.clone()}</a> }.into_any());
    }
    if let Some((slug, title)) = &e.group {
        by.push(view! { <a href=crate::groups::paths::group(&locale, slug)>{title.clone()}</a> }.into_any());
    }
    if let Some((slug, name)) = &e.host {
        by.push(view! { <a href=format!("/{locale}/directory/organisations/{slug}")>{name.clone()}</a> }.into_any());
    }
    let by = (!by.is_empty()).then(|| {
        let items = by
            .into_iter()
            .enumerate()
            .map(|(i, link)| view! { {(i > 0).then_some(" · ")} {link} })
            .collect_view();
        view! { <dt>{t("event-organised-by")}</dt> <dd>{items}</dd> }
    });
    let registered = Arg::from(e.registered);
    let places = match e.capacity {
        Some(c) => i18n.format(
            "event-places-taken",
            &[("registered", registered), ("capacity", Arg::from(c))],
        ),
        None => i18n.format("event-places-unlimited", &[("registered", registered)]),
    };
    let waiting = (e.waiting > 0).then(|| {
        let text = i18n.format("event-waiting-count", &[("count", Arg::from(e.waiting))]);
        view! { <br/> {text} }
    });
    view! {
        <dl class="facts">
            <dt>{t("event-when")}</dt>
            <dd>{times_line(&e.times, i18n)}</dd>
            <dt>{t("event-where")}</dt>
            <dd>{online} {both} {venue}</dd>
            <dt>{t("event-languages")}</dt>
            <dd>{languages}</dd>
            {by}
            <dt>{t("event-admission")}</dt>
            <dd>{t(e.admission.message_id())}</dd>
            <dt>{t("event-places")}</dt>
            <dd>{places} {waiting}</dd>
        </dl>
    }
}

/// Where the reader stands, and the form that changes it.
fn registration(e: &EventView, i18n: I18n) -> impl IntoView {
    let locale = i18n.locale();
    let open = !e.past && !e.cancelled;
    let standing = e.attendance.map(|a| {
        view! { <p><strong>{t("event-your-standing")}": "</strong> {t(a.message_id())}</p> }
    });
    let holds = e.attendance.is_some_and(|a| a.active() && a != Attendance::Invited);
    let form = if !open {
        None
    } else if !e.signed_in {
        Some(
            view! { <p><a class="button" href=format!("/{locale}/account/sign-in")>{t("event-sign-in-to-register")}</a></p> }
                .into_any(),
        )
    } else if holds {
        Some(
            view! {
                <form method="post" action=paths::WITHDRAW class="inline-form">
                    <LocaleField/>
                    <input type="hidden" name="event" value=e.id/>
                    <button type="submit">{t("event-withdraw")}</button>
                </form>
            }
            .into_any(),
        )
    } else {
        let full = e.capacity.is_some_and(|c| e.registered >= c as u64);
        let label = match e.admission {
            Admission::Request if e.attendance != Some(Attendance::Invited) => "event-request",
            _ if full => "event-join-waiting-list",
            _ => "event-register",
        };
        Some(
            view! {
                <form method="post" action=paths::REGISTER class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="event" value=e.id/>
                    <label for="event-access-needs">{t("event-access-needs")}</label>
                    <textarea id="event-access-needs" name="access_needs" rows="2" maxlength="2000" aria-describedby="event-access-needs-hint"></textarea>
                    <p class="hint" id="event-access-needs-hint">{t("event-access-needs-hint")}</p>
                    <button type="submit">{t(label)}</button>
                </form>
            }
            .into_any(),
        )
    };
    let link = match (&e.online_url, e.online && open) {
        (Some(url), _) => Some(
            view! { <p><strong>{t("event-meeting-link")}": "</strong> <a href=url.clone() rel="noopener">{url.clone()}</a></p> }
                .into_any(),
        ),
        (None, true) => Some(view! { <p class="hint">{t("event-meeting-link-hint")}</p> }.into_any()),
        (None, false) => None,
    };
    // After the event, or once cancelled, a visitor has nothing here (a
    // refusal of a form sent from an older copy of the page still shows).
    let section = (standing.is_some() || form.is_some() || link.is_some()).then(|| {
        view! {
            <section aria-labelledby="event-registration-title">
                <h2 id="event-registration-title">{t("event-your-standing")}</h2>
                {standing}
                {form}
                {link}
            </section>
        }
    });
    view! {
        {refusal(paths::REGISTER)}
        {refusal(paths::WITHDRAW)}
        {section}
    }
}

fn calendar_links(e: &EventView) -> impl IntoView {
    let series = e.series_id.map(|s| {
        view! { <li><a href=paths::series_file(s) type="text/calendar">{t("event-series-file")}</a></li> }
    });
    view! {
        <section aria-labelledby="event-calendar-title">
            <h2 id="event-calendar-title">{t("event-add-to-calendar")}</h2>
            <ul class="plain-list">
                <li><a href=paths::event_file(e.id) type="text/calendar">{t("event-calendar-file")}</a></li>
                {series}
            </ul>
        </section>
    }
}

fn agenda(e: &EventView) -> impl IntoView {
    (!e.sessions.is_empty()).then(|| {
        // Over several days, each day's first session says its day.
        let days = e.times.event.ends.contains('-');
        let mut previous = String::new();
        let items = e
            .sessions
            .iter()
            .map(|s| {
                let w = &s.times.event;
                let day = (days && w.day != previous).then(|| {
                    previous = w.day.clone();
                    view! { <span class="agenda__day">{w.day.clone()}</span> }
                });
                let speakers = (!s.speakers.is_empty()).then(|| view! { <br/><span class="muted">{s.speakers.clone()}</span> });
                view! {
                    <li>
                        {day}
                        <time datetime=w.starts_iso.clone()>{w.starts.clone()}</time> "\u{2013}" {w.ends.clone()}
                        " " <strong>{s.title.clone()}</strong>
                        {speakers}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="event-agenda-title">
                <h2 id="event-agenda-title">{t("event-agenda")}</h2>
                <ol class="agenda">{items}</ol>
            </section>
        }
    })
}

fn materials(e: &EventView) -> impl IntoView {
    let recording = e.recording_url.clone().map(|url| {
        view! { <li><strong>{t("event-recording")}": "</strong> <a href=url rel="noopener">{t("event-watch-recording")}</a></li> }
    });
    (recording.is_some() || !e.materials.is_empty()).then(|| {
        let items = e
            .materials
            .iter()
            .map(|(title, href)| view! { <li><a href=href.clone()>{title.clone()}</a></li> })
            .collect_view();
        view! {
            <section aria-labelledby="event-materials-title">
                <h2 id="event-materials-title">{t("event-materials")}</h2>
                <ul class="plain-list">{recording} {items}</ul>
            </section>
        }
    })
}

fn questions(e: &EventView) -> impl IntoView {
    (!e.questions.is_empty()).then(|| {
        let items = e
            .questions
            .iter()
            .map(|q| {
                let answers = q
                    .answers
                    .iter()
                    .map(|(group, answer, conclusions)| {
                        let conclusions = (!conclusions.is_empty()).then(|| {
                            view! { <p><strong>{t("event-conclusions")}": "</strong> {conclusions.clone()}</p> }
                        });
                        view! {
                            <div class="answer">
                                <h4>{group.clone()}</h4>
                                <p>{answer.clone()}</p>
                                {conclusions}
                            </div>
                        }
                    })
                    .collect_view();
                view! { <li><h3>{q.text.clone()}</h3> {answers}</li> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="event-questions-title">
                <h2 id="event-questions-title">{t("event-questions")}</h2>
                <ol class="questions">{items}</ol>
            </section>
        }
    })
}

fn participant_row(p: &ParticipantView, event: i32, i18n: I18n) -> impl IntoView {
    let decide = (p.attendance == Attendance::Requested).then(|| {
        view! {
            <form method="post" action=paths::DECIDE class="inline-form">
                <LocaleField/>
                <input type="hidden" name="event" value=event/>
                <input type="hidden" name="member" value=p.member_id/>
                <button type="submit" name="decision" value="accept">{t("request-approve")}</button>
                " "
                <button type="submit" name="decision" value="decline">{t("request-decline")}</button>
            </form>
        }
    });
    let country = i18n.format(&format!("country-{}", p.country_code), &[]);
    view! {
        <tr>
            <td>{p.name.clone()}</td>
            <td>{p.organisation.clone()} ", " {country}</td>
            <td>{t(p.attendance.message_id())} {decide}</td>
            <td>{p.access_needs.clone()}</td>
        </tr>
    }
}

fn organisers(e: &EventView, i18n: I18n) -> impl IntoView {
    let participants = if e.participants.is_empty() {
        view! { <p>{t("event-no-participants")}</p> }.into_any()
    } else {
        let rows = e
            .participants
            .iter()
            .map(|p| participant_row(p, e.id, i18n))
            .collect_view();
        view! {
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{t("event-participant")}</th>
                        <th scope="col">{t("field-organisation")}</th>
                        <th scope="col">{t("event-your-standing")}</th>
                        <th scope="col">{t("event-access-needs")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let open = !e.cancelled;
    let day = e.day.clone();
    let adding = open.then(|| {
        view! {
            <details class="post__tool">
                <summary>{t("event-add-session")}</summary>
                <form method="post" action=paths::ADD_SESSION class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="event" value=e.id/>
                    <label for="session-starts">{t("event-session-starts")}</label>
                    <input id="session-starts" type="datetime-local" name="starts" required value=format!("{day}T09:00")/>
                    <label for="session-ends">{t("event-session-ends")}</label>
                    <input id="session-ends" type="datetime-local" name="ends" required value=format!("{day}T10:00")/>
                    <label for="session-title">{t("event-session-title")}</label>
                    <input id="session-title" name="title" maxlength="200" required/>
                    <label for="session-speakers">{t("event-session-speakers")}</label>
                    <input id="session-speakers" name="speakers" maxlength="300"/>
                    <button type="submit">{t("event-save")}</button>
                </form>
            </details>
            <details class="post__tool">
                <summary>{t("event-add-material")}</summary>
                <form method="post" action=paths::ADD_MATERIAL class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="event" value=e.id/>
                    <label for="material-title">{t("event-material-title")}</label>
                    <input id="material-title" name="title" maxlength="200" required/>
                    <label for="material-link">{t("event-material-link")}</label>
                    <input id="material-link" name="link" maxlength="2000" required/>
                    <button type="submit">{t("event-save")}</button>
                </form>
            </details>
            <details class="post__tool">
                <summary>{t("event-recording-link")}</summary>
                <form method="post" action=paths::SET_RECORDING class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="event" value=e.id/>
                    <label for="recording-link">{t("event-recording-link")}</label>
                    <input id="recording-link" type="url" name="link" maxlength="2000" placeholder="https://" value=e.recording_url.clone().unwrap_or_default()/>
                    <button type="submit">{t("event-save")}</button>
                </form>
            </details>
        }
    });
    let inviting = (open && !e.past).then(|| {
        view! {
            <details class="post__tool">
                <summary>{t("event-invite")}</summary>
                <form method="post" action=paths::INVITE class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="event" value=e.id/>
                    <label for="invite-email">{t("event-invite-email")}</label>
                    <input id="invite-email" type="email" name="email" maxlength="320" required autocomplete="off"/>
                    <button type="submit">{t("event-invite")}</button>
                </form>
            </details>
        }
    });
    let peer_learning = (e.kind == EventKind::PeerLearning).then(|| {
        let answering = (!e.questions.is_empty()).then(|| {
            let choices = e
                .questions
                .iter()
                .map(|q| view! { <option value=q.id>{q.text.clone()}</option> })
                .collect_view();
            view! {
                <details class="post__tool">
                    <summary>{t("event-record-answer")}</summary>
                    <form method="post" action=paths::RECORD_ANSWER class="stacked-form">
                        <LocaleField/>
                        <input type="hidden" name="event" value=e.id/>
                        <label for="answer-question">{t("event-question-text")}</label>
                        <select id="answer-question" name="question">{choices}</select>
                        <label for="answer-group">{t("event-answer-group")}</label>
                        <input id="answer-group" name="group" maxlength="200" required/>
                        <label for="answer-text">{t("event-answer-text")}</label>
                        <textarea id="answer-text" name="answer" rows="4" maxlength="20000" required></textarea>
                        <label for="answer-conclusions">{t("event-conclusions")}</label>
                        <textarea id="answer-conclusions" name="conclusions" rows="3" maxlength="20000"></textarea>
                        <button type="submit">{t("event-save")}</button>
                    </form>
                </details>
            }
        });
        view! {
            <details class="post__tool">
                <summary>{t("event-add-question")}</summary>
                <form method="post" action=paths::ADD_QUESTION class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="event" value=e.id/>
                    <label for="question-text">{t("event-question-text")}</label>
                    <textarea id="question-text" name="text" rows="2" maxlength="20000" required></textarea>
                    <button type="submit">{t("event-save")}</button>
                </form>
            </details>
            {answering}
        }
    });
    let cancelling = (open && !e.past).then(|| {
        view! {
            <details class="post__tool">
                <summary>{t("event-cancel")}</summary>
                <form method="post" action=paths::CANCEL class="stacked-form">
                    <LocaleField/>
                    <input type="hidden" name="event" value=e.id/>
                    <label class="check">
                        <input type="checkbox" name="confirm" value="yes" required/>
                        {t("event-cancel-confirm")}
                    </label>
                    <button type="submit" class="danger">{t("event-cancel")}</button>
                </form>
            </details>
        }
    });
    view! {
        <section aria-labelledby="event-organisers-title" class="organisers">
            <h2 id="event-organisers-title">{t("event-organisers")}</h2>
            {refusal(paths::DECIDE)}
            {refusal(paths::ADD_SESSION)}
            {refusal(paths::ADD_MATERIAL)}
            {refusal(paths::SET_RECORDING)}
            {refusal(paths::CANCEL)}
            {refusal(paths::INVITE)}
            {refusal(paths::ADD_QUESTION)}
            {refusal(paths::RECORD_ANSWER)}
            {open.then(|| view! { <p><a class="button" href=paths::edit_event(&i18n.locale(), e.id)>{t("event-edit")}</a></p> })}
            <h3>{t("event-participants")}</h3>
            <p><a href=paths::participants_file(e.id) download="">{t("event-participants-csv")}</a></p>
            {participants}
            {inviting}
            {adding}
            {peer_learning}
            {cancelling}
        </section>
    }
}
