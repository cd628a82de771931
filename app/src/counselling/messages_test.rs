//! Message ids the counselling code builds at run time exist in the reference
//! locale, and the digest e-mail reads in the member's language.

use crate::i18n::catalog::{own_messages, Catalog};
use crate::i18n::locales::REFERENCE;

#[test]
fn every_id_built_at_run_time_exists_in_english() {
    use store::refusal::Refusal::{AlreadyFlagged, NotAnAnswer};
    use store::vocabulary::{DigestFrequency, ModerationAction, NotificationReason};
    let (messages, problems) = own_messages(REFERENCE);
    assert!(problems.is_empty(), "{problems:?}");
    let mut ids: Vec<String> = [AlreadyFlagged, NotAnAnswer]
        .into_iter()
        .map(|r| crate::account::session::refusal_message(r).to_owned())
        .collect();
    ids.extend(NotificationReason::ALL.map(|r| r.message_id().to_owned()));
    ids.extend(DigestFrequency::ALL.map(|f| f.message_id().to_owned()));
    ids.extend(ModerationAction::ALL.map(|a| a.message_id().to_owned()));
    ids.extend(["mail-digest-subject".into(), "mail-digest-body".into()]);
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !messages.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "en lacks {missing:?}");
}

#[test]
fn the_digest_lists_each_notification_with_its_link_in_the_members_language() {
    use store::counselling::follow::{Digest, Notification};
    use store::vocabulary::NotificationReason;
    let (catalog, _) = Catalog::load();
    let notification = |id: i32, reason: NotificationReason| Notification {
        id,
        thread_id: 7,
        post_id: 40 + id,
        thread_title: "Praktika bewerten".into(),
        thread_lang: "de".into(),
        reason,
        author_name: "Paul Martin".into(),
        created_at: chrono::Utc::now(),
        read: false,
    };
    let digest = Digest {
        member_id: 1,
        email: "greta@example.de".into(),
        locale: "de".into(),
        notifications: vec![
            notification(1, NotificationReason::Reply),
            notification(2, NotificationReason::Accepted),
        ],
        plan_changes: vec![store::plans::follow::PlanNotification {
            id: 3,
            strategy_id: 2,
            activity_id: 9,
            activity_title: "Lernortkooperation".into(),
            field: store::plans::fields::ActivityField::Status,
            before: "planned".into(),
            after: "blocked".into(),
            author_name: "Anna Weber".into(),
            created_at: chrono::Utc::now(),
            read: false,
        }],
    };
    let mail = super::digest::write(&catalog, "https://vet.example", &digest);
    let german = catalog.bundle("de");
    assert_eq!(mail.to, "greta@example.de");
    assert_eq!(mail.subject, german.format("mail-digest-subject", &[]));
    assert!(
        mail.body
            .contains("https://vet.example/de/counselling/posts/41"),
        "{}",
        mail.body
    );
    assert!(
        mail.body
            .contains("https://vet.example/de/counselling/posts/42"),
        "{}",
        mail.body
    );
    assert!(
        mail.body
            .contains("https://vet.example/de/counselling/notifications"),
        "{}",
        mail.body
    );
    assert!(
        mail.body
            .contains("https://vet.example/de/plans/2/activities/9"),
        "{}",
        mail.body
    );
    let blocked = german.format("activity-status-blocked", &[]);
    assert!(
        mail.body
            .contains(&format!("Lernortkooperation: {blocked}")),
        "{}",
        mail.body
    );
    let reply = german.format(
        "notification-reply",
        &[("name", "Paul Martin".to_owned().into())],
    );
    assert!(mail.body.contains(&reply), "{}", mail.body);
    assert!(
        !mail.body.contains("replied in"),
        "no English in a German digest: {}",
        mail.body
    );
}
