//! Message ids the account code builds at run time (refusals, audit events,
//! roles, e-mails, notices) exist in the reference locale: the build script
//! only sees ids written out literally.

use crate::i18n::catalog::own_messages;
use crate::i18n::locales::REFERENCE;

#[test]
fn every_id_built_at_run_time_exists_in_english() {
    use store::account::audit::Kind;
    use store::refusal::Refusal::*;
    let (messages, problems) = own_messages(REFERENCE);
    assert!(problems.is_empty(), "{problems:?}");
    let mut ids: Vec<String> = [
        EmailInvalid,
        NameMissing,
        PasswordTooShort,
        PasswordTooLong,
        PasswordCommon,
        TicketInvalid,
        WrongCredentials,
        CurrentPasswordWrong,
        AlreadyDecided,
        OrganisationNotInNetwork,
        LocaleUnsupported,
        TextTooLong,
        Forbidden,
    ]
    .into_iter()
    .map(|r| super::session::refusal_message(r).to_owned())
    .collect();
    ids.extend(Kind::ALL.iter().map(|k| format!("audit-{}", k.key())));
    ids.extend(store::vocabulary::Role::ALL.map(|r| r.message_id().to_owned()));
    for kind in ["invitation", "role", "reset", "email"] {
        ids.push(format!("mail-{kind}-subject"));
        ids.push(format!("mail-{kind}-body"));
    }
    ids.extend(crate::ui::NOTICES.iter().map(|n| n.to_string()));
    ids.push("error-too-many".into());
    ids.push("error-sign-in-required".into());
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !messages.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "en lacks {missing:?}");
}
