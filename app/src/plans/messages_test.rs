//! Message ids the plan code builds at run time exist in the reference
//! locale, and the form's fields are the store's.

use crate::i18n::catalog::own_messages;
use crate::i18n::locales::REFERENCE;

#[test]
fn every_id_built_at_run_time_exists_in_english() {
    use store::refusal::Refusal::*;
    use store::plans::fields::{ACTIVITY_FIELDS, FOLLOWED_FIELDS};
    use store::vocabulary::{ACTIVITY_STATUSES, COMMENT_RESOLUTIONS, STRATEGY_STATUSES};
    let (messages, problems) = own_messages(REFERENCE);
    assert!(problems.is_empty(), "{problems:?}");
    let mut ids: Vec<String> = [
        DateInvalid,
        DatesReversed,
        NumberInvalid,
        AspirationMissing,
        WrongStage,
    ]
    .into_iter()
    .map(|r| crate::account::session::refusal_message(r).to_owned())
    .collect();
    let prefixed = |prefix: &str, keys: &[&str]| {
        keys.iter()
            .map(|k| format!("{prefix}{k}"))
            .collect::<Vec<_>>()
    };
    ids.extend(prefixed("activity-status-", &ACTIVITY_STATUSES));
    ids.extend(prefixed("strategy-status-", &STRATEGY_STATUSES));
    ids.extend(prefixed("comment-", &COMMENT_RESOLUTIONS));
    ids.extend(prefixed("activity-field-", &ACTIVITY_FIELDS));
    ids.extend(prefixed("plan-notification-", &FOLLOWED_FIELDS));
    ids.extend(prefixed("indicator-field-", &["name", "target", "actual"]));
    ids.extend(prefixed(
        "strategy-field-",
        &["title", "period", "vision", "mission"],
    ));
    ids.extend(prefixed("aspiration-field-", &["title", "description"]));
    ids.extend(prefixed("version-reason-", &["round", "adopted"]));
    ids.extend(prefixed("stage-", &["open", "close", "adopt", "reopen"]));
    ids.push("error-changed-meanwhile".into());
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !messages.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "en lacks {missing:?}");
}

#[test]
fn the_form_has_the_stores_fields() {
    assert_eq!(super::FIELDS, store::plans::fields::ACTIVITY_FIELDS);
}

#[test]
fn the_island_carries_every_status_it_may_show() {
    for status in store::vocabulary::ACTIVITY_STATUSES {
        let id = format!("activity-status-{status}");
        assert!(
            super::plan_live::MESSAGES.contains(&id.as_str()),
            "{id} is not among the plan island's messages"
        );
    }
}
