//! E-mails to members, written in the recipient's language (server only).
//! The server decides how they travel (SMTP, or files in a folder).

use std::future::Future;
use std::pin::Pin;

use crate::i18n::catalog::Catalog;
use crate::i18n::Arg;

/// One message, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The link the message carries, for the log when mail goes to a folder.
    pub link: String,
    /// An event for the recipient's calendar program (iMIP), beside the text.
    pub calendar: Option<Invitation>,
}

/// An iCalendar message sent with an e-mail: `text/calendar; method=…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// `REQUEST` (add or update) or `CANCEL`.
    pub method: &'static str,
    pub text: String,
}

pub type SendResult<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

pub trait Mailer: Send + Sync {
    fn send(&self, email: Email) -> SendResult<'_>;
    /// The sender's name and address (an invitation's organiser).
    fn sender(&self) -> (String, String);
}

/// What an e-mail is about; each has `mail-<kind>-subject` and `-body` messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Invitation,
    Role,
    Reset,
    Email,
    /// Peer counselling notifications not yet read.
    Digest,
    /// A place at an event, with the event for the calendar.
    EventPlace,
    /// An event off the recipient's calendar: cancelled, or their registration.
    EventCancelled,
    /// An event begins soon.
    EventReminder,
    /// An invitation to take a place at an event.
    EventInvited,
}

impl Kind {
    fn key(self) -> &'static str {
        match self {
            Kind::Invitation => "invitation",
            Kind::Role => "role",
            Kind::Reset => "reset",
            Kind::Email => "email",
            Kind::Digest => "digest",
            Kind::EventPlace => "event-place",
            Kind::EventCancelled => "event-cancelled",
            Kind::EventReminder => "event-reminder",
            Kind::EventInvited => "event-invited",
        }
    }
}

/// Writes the e-mail in `locale`; `args` fill the body (`link` among them).
pub fn compose(
    catalog: &Catalog,
    locale: &str,
    kind: Kind,
    to: &str,
    link: &str,
    args: &[(&str, Arg)],
) -> Email {
    let bundle = catalog.bundle(locale);
    let mut all: Vec<(&str, Arg)> = args.to_vec();
    all.push(("link", Arg::from(link.to_owned())));
    all.push(("email", Arg::from(to.to_owned())));
    Email {
        to: to.to_owned(),
        subject: bundle.format(&format!("mail-{}-subject", kind.key()), &all),
        body: bundle.format(&format!("mail-{}-body", kind.key()), &all),
        link: link.to_owned(),
        calendar: None,
    }
}

/// A role's name in `locale`, for a sentence.
pub fn role_name(catalog: &Catalog, locale: &str, role: store::vocabulary::Role) -> String {
    catalog.bundle(locale).format(role.message_id(), &[])
}
