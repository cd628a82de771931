//! The messages of the refusals the events' store gives exist in the reference locale.

use crate::i18n::catalog::own_messages;
use crate::i18n::locales::REFERENCE;

#[test]
fn every_refusal_of_the_events_has_its_message_in_english() {
    use store::refusal::Refusal::*;
    let (messages, problems) = own_messages(REFERENCE);
    assert!(problems.is_empty(), "{problems:?}");
    let missing: Vec<&str> = [
        TimeZoneUnknown,
        WallTimeSkipped,
        WallTimeRepeated,
        CapacityInvalid,
        AlreadyRegistered,
        EventPast,
        EventCancelled,
        DatesReversed,
        InvitationOnly,
        GroupArchived,
        LastLeader,
        PlaceMissing,
        SeriesTooLong,
        EventUnknown,
        GroupUnknown,
        CalendarAddressRevoked,
        NotRegistered,
        MemberUnknown,
    ]
    .into_iter()
    .map(crate::account::session::refusal_message)
    .filter(|id| !messages.contains_key(*id))
    .collect();
    assert!(missing.is_empty(), "en lacks {missing:?}");
}
