//! The e-mail digest of unread counselling notifications (server only): every
//! minute, the digests that are due (immediately, daily or weekly, as each
//! member chose) are claimed in the database and mailed in the member's language.

use std::time::Duration;

use store::counselling::follow::{claim_due_digests, Digest};

use crate::account::mail::{compose, Email, Kind};
use crate::i18n::catalog::Catalog;
use crate::i18n::Arg;
use crate::state::AppState;

/// How often due digests are looked for.
const EVERY: Duration = Duration::from_secs(60);

/// Runs for as long as the server does.
pub async fn run(state: AppState) {
    let mut tick = tokio::time::interval(EVERY);
    loop {
        tick.tick().await;
        send_due(&state).await;
    }
}

/// Mails every digest due now; returns how many were sent.
pub async fn send_due(state: &AppState) -> usize {
    let digests = match claim_due_digests(&state.db, chrono::Utc::now()).await {
        Ok(digests) => digests,
        Err(error) => {
            tracing::error!(%error, "digests not claimed");
            return 0;
        }
    };
    let count = digests.len();
    for digest in digests {
        let email = write(&state.catalog, &state.accounts.site_url, &digest);
        if let Err(error) = state.mailer.send(email).await {
            tracing::error!(%error, member = digest.member_id, "digest not sent");
        }
    }
    count
}

/// The digest as an e-mail in the member's language: one line per
/// notification with the thread's address.
pub fn write(catalog: &Catalog, site_url: &str, digest: &Digest) -> Email {
    let locale = &crate::account::api_support::locale_of(&digest.locale);
    let bundle = catalog.bundle(locale);
    let mut items = String::new();
    for n in &digest.notifications {
        let what = bundle.format(
            n.reason.message_id(),
            &[("name", Arg::from(n.author_name.clone()))],
        );
        items.push_str(&format!(
            "- {what} {}\n  {site_url}{}\n",
            n.thread_title,
            super::paths::post(locale, n.post_id),
        ));
    }
    for c in &digest.plan_changes {
        let what = bundle.format(
            c.notice_id(),
            &[("name", Arg::from(c.author_name.clone()))],
        );
        let value = match c.new_status() {
            Some(status) => bundle.format(status.message_id(), &[]),
            None => c.after.clone(),
        };
        items.push_str(&format!(
            "- {what} {}: {value}\n  {site_url}{}\n",
            c.activity_title,
            crate::plans::paths::activity(locale, c.strategy_id, c.activity_id),
        ));
    }
    let link = format!("{site_url}/{locale}/counselling/notifications");
    let args = [
        (
            "count",
            Arg::from((digest.notifications.len() + digest.plan_changes.len()) as u64),
        ),
        ("items", Arg::from(items)),
    ];
    compose(catalog, locale, Kind::Digest, &digest.email, &link, &args)
}
