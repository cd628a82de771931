//! An island on a plan's pages: follows the strategy's event stream. An
//! accepted change to an activity shows at once wherever the page shows that
//! field of it (marked `data-activity` and `data-field`); the page is then read
//! again and its live parts (marked `data-live`) taken in, with what the
//! change moved elsewhere (roll-ups, history); who has the plan open, and who edits which activity, is
//! shown as it changes. On an activity's page it also takes a change into the
//! open form and keeps a save made offline (`live_client`).

use leptos::prelude::*;

use super::stream_model::PresenceView;
use crate::i18n::{Arg, Bundle, I18n};

/// The messages the island shows: the server picks them for its props.
#[cfg(feature = "ssr")]
pub const MESSAGES: &[&str] = &[
    "plan-present",
    "activity-being-edited",
    "field-changed-live",
    "plan-percent",
    "activity-status-planned",
    "activity-status-in-progress",
    "activity-status-done",
    "activity-status-blocked",
    "activity-status-cancelled",
];

/// Follows strategy `strategy` after revision `after`; `activity`: the
/// activity whose page this is, `editing` when its form is open.
#[island]
pub fn PlanLive(
    strategy: i32,
    after: i32,
    activity: Option<i32>,
    editing: Option<i32>,
    messages: Bundle,
) -> impl IntoView {
    let i18n = I18n::island(messages);
    let presence = RwSignal::new(Vec::<PresenceView>::new());
    #[cfg(feature = "hydrate")]
    hydrate::follow(strategy, after, activity, editing, presence, i18n);
    #[cfg(not(feature = "hydrate"))]
    let _ = (strategy, after, editing);
    let names = move || {
        presence.with(|ps| {
            ps.iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    // On an activity's page: who edits this one.
    let editing_here = move || {
        let id = activity?;
        being_edited(&presence.get(), id, i18n)
    };
    view! {
        <p class="presence" aria-live="polite" hidden=move || presence.with(Vec::is_empty)>
            {move || i18n.format("plan-present", &[])} " " <span class="presence__names">{names}</span>
            " " <span class="badge badge--live">{editing_here}</span>
        </p>
    }
}

/// "Being edited by …" for activity `id`, if anyone edits it.
fn being_edited(present: &[PresenceView], id: i32, i18n: I18n) -> Option<String> {
    let names: Vec<&str> = present
        .iter()
        .filter(|p| p.editing == Some(id))
        .map(|p| p.name.as_str())
        .collect();
    (!names.is_empty()).then(|| {
        i18n.format(
            "activity-being-edited",
            &[("names", Arg::from(names.join(", ")))],
        )
    })
}

#[cfg(feature = "hydrate")]
mod hydrate {
    use std::rc::Rc;
    use std::sync::atomic::{AtomicU64, Ordering};

    use leptos::prelude::*;

    use super::super::live_client::{absorb, flush, queue_forms};
    use super::super::stream_model::{ChangeEvent, PresenceView};
    use super::being_edited;
    use crate::i18n::{Arg, I18n};
    use crate::ui::browser::{all, document, fetch_page, here, listen, take_live_parts};

    pub fn follow(
        strategy: i32,
        after: i32,
        activity: Option<i32>,
        editing: Option<i32>,
        presence: RwSignal<Vec<PresenceView>>,
        i18n: I18n,
    ) {
        // Only the latest read's answer is shown: one that arrives after a
        // later one's cannot bring back older values.
        let reads = Rc::new(AtomicU64::new(0));
        let on_change = move |event: web_sys::MessageEvent| {
            let Some(change) = event
                .data()
                .as_string()
                .and_then(|t| serde_json::from_str::<ChangeEvent>(&t).ok())
            else {
                return;
            };
            if change.entity == "activity" {
                show_value(&change, i18n);
                if Some(change.entity_id) == activity {
                    absorb(&change, i18n);
                }
            }
            let ticket = reads.fetch_add(1, Ordering::SeqCst) + 1;
            let reads = reads.clone();
            leptos::task::spawn_local(async move {
                if let Ok(page) = fetch_page(&here(), true).await {
                    if reads.load(Ordering::SeqCst) == ticket {
                        take_live_parts(&page);
                        mark_editing(&presence.get_untracked(), i18n);
                    }
                }
            });
        };
        let on_presence = move |event: web_sys::MessageEvent| {
            if let Some(list) = event
                .data()
                .as_string()
                .and_then(|t| serde_json::from_str::<Vec<PresenceView>>(&t).ok())
            {
                mark_editing(&list, i18n);
                presence.set(list);
            }
        };
        // The stream (re)connected: the connection is back, send what waited.
        let on_open = |_| leptos::task::spawn_local(flush());
        let url = super::super::paths::events(strategy, after, editing);
        listen(
            &url,
            vec![
                ("change", Box::new(on_change)),
                ("presence", Box::new(on_presence)),
                ("open", Box::new(on_open)),
            ],
        );
        if activity.is_some() {
            queue_forms();
        }
    }

    /// Shows an activity's new value wherever the page shows that field of it.
    fn show_value(change: &ChangeEvent, i18n: I18n) {
        let Some(root) = document().and_then(|d| d.document_element()) else {
            return;
        };
        let selector = format!(
            "[data-activity=\"{}\"][data-field=\"{}\"]",
            change.entity_id, change.field
        );
        for shown in all(&root, &selector) {
            match change.field.as_str() {
                "progress" => {
                    let Ok(value) = change.after.parse::<f64>() else {
                        continue;
                    };
                    let label = i18n.format("plan-percent", &[("value", Arg::from(value))]);
                    for bar in all(&shown, "progress") {
                        let _ = bar.set_attribute("value", &change.after);
                        let _ = bar.set_attribute("aria-label", &label);
                    }
                    for text in all(&shown, ".progress__text") {
                        text.set_text_content(Some(&label));
                    }
                }
                "status" => {
                    let name = format!("activity-status-{}", change.after);
                    shown.set_text_content(Some(&i18n.format(&name, &[])));
                    shown.set_class_name(&format!("badge badge--{}", change.after));
                }
                _ => shown.set_text_content(Some(&change.after)),
            }
        }
    }

    /// Marks each activity card of the plan page (`data-editing-of`) with who edits it.
    fn mark_editing(present: &[PresenceView], i18n: I18n) {
        let Some(root) = document().and_then(|d| d.document_element()) else {
            return;
        };
        for badge in all(&root, "[data-editing-of]") {
            let id = badge
                .get_attribute("data-editing-of")
                .and_then(|v| v.parse().ok());
            let text = id.and_then(|id| being_edited(present, id, i18n));
            badge.set_text_content(text.as_deref());
            let _ = match text {
                Some(_) => badge.remove_attribute("hidden"),
                None => badge.set_attribute("hidden", ""),
            };
        }
    }
}
