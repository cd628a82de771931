//! Message ids the plan code takes from the store's lists exist in the
//! reference locale, and the island carries those it shows.

use crate::i18n::catalog::own_messages;
use crate::i18n::locales::REFERENCE;

#[test]
fn every_id_built_at_run_time_exists_in_english() {
    use store::plans::fields::{ActivityField, AspirationField, IndicatorField, StrategyField};
    use store::refusal::Refusal::*;
    use store::vocabulary::{ActivityStatus, CommentResolution, StrategyStatus, VersionReason};
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
    let owned = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect::<Vec<_>>();
    ids.extend(owned(&ActivityStatus::ALL.map(ActivityStatus::message_id)));
    ids.extend(owned(&StrategyStatus::ALL.map(StrategyStatus::message_id)));
    ids.extend(owned(&CommentResolution::ALL.map(CommentResolution::message_id)));
    ids.extend(owned(&VersionReason::ALL.map(VersionReason::message_id)));
    ids.extend(owned(&ActivityField::ALL.map(ActivityField::message_id)));
    ids.extend(owned(&IndicatorField::ALL.map(IndicatorField::message_id)));
    ids.extend(owned(&StrategyField::ALL.map(StrategyField::message_id)));
    ids.extend(owned(&AspirationField::ALL.map(AspirationField::message_id)));
    ids.extend(
        ActivityField::ALL
            .into_iter()
            .filter_map(ActivityField::notice_id)
            .map(str::to_owned),
    );
    ids.extend(
        ["open", "close", "adopt", "reopen"]
            .iter()
            .map(|step| format!("stage-{step}")),
    );
    ids.push("error-changed-meanwhile".into());
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !messages.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "en lacks {missing:?}");
}

#[test]
fn the_island_carries_every_status_it_may_show() {
    for status in store::vocabulary::ActivityStatus::ALL {
        let id = status.message_id();
        assert!(
            super::plan_live::MESSAGES.contains(&id),
            "{id} is not among the plan island's messages"
        );
    }
}
