//! Message ids the library builds at run time exist in the reference locale.

use crate::i18n::catalog::own_messages;
use crate::i18n::locales::REFERENCE;

#[test]
fn every_id_built_at_run_time_exists_in_english() {
    use store::library::read::Order;
    use store::refusal::Refusal::*;
    use store::vocabulary::{Audience, Licence, ResourceKind, ResourceStatus, Visibility};
    let (messages, problems) = own_messages(REFERENCE);
    assert!(problems.is_empty(), "{problems:?}");
    let mut ids: Vec<String> = [
        FileTooLarge,
        FileMissing,
        UploadIncomplete,
        FileTypeRefused,
        FileTypeMismatch,
        FileNameInvalid,
        FileUnreadable,
        FileDuplicate,
        LinkInvalid,
        VersionExists,
        ResourceUnknown,
        AlreadyListed,
    ]
    .into_iter()
    .map(|r| crate::account::session::refusal_message(r).to_owned())
    .collect();
    ids.extend(ResourceKind::ALL.map(|v| v.message_id().to_owned()));
    ids.extend(Audience::ALL.map(|v| v.message_id().to_owned()));
    ids.extend(Licence::ALL.map(|v| v.message_id().to_owned()));
    ids.extend(Visibility::ALL.map(|v| v.message_id().to_owned()));
    ids.extend(ResourceStatus::ALL.map(|v| v.message_id().to_owned()));
    ids.extend(Order::ALL.map(|o| format!("library-sort-{}", o.key())));
    ids.extend(
        [
            super::answer::Refused::SIGN_IN,
            super::answer::Refused::NOT_MULTIPART,
            super::answer::Refused::TOO_LARGE,
            super::answer::Refused::INTERNAL,
        ]
        .map(|r| r.message.to_owned()),
    );
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !messages.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "en lacks {missing:?}");
}
