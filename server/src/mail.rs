//! Delivering e-mail: over SMTP when `SMTP_URL` is set, otherwise as `.eml`
//! files in a folder with their link in the log, so the platform runs (and its
//! tests read invitations) with no mail server at all.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use app::account::mail::{Email, Mailer, SendResult};
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, Message, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    /// `url` as lettre reads it, e.g. `smtps://user:password@mail.example.org`
    /// or `smtp://127.0.0.1:2525`.
    pub fn new(url: &str, from: &str) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("SMTP_URL: {e}"))?
            .build();
        let from = from.parse().map_err(|e| format!("MAIL_FROM: {e}"))?;
        Ok(Self { transport, from })
    }
}

/// The text alone, or (for an event) the text and the event as alternatives
/// (RFC 6047): calendar programs show the event with its buttons, others the text.
fn message(from: &Mailbox, email: &Email) -> Result<Message, String> {
    let builder = Message::builder()
        .from(from.clone())
        .to(email.to.parse().map_err(|e| format!("recipient: {e}"))?)
        .subject(email.subject.clone());
    let text = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .body(body(&email.body));
    match &email.calendar {
        None => builder.singlepart(text),
        Some(invitation) => {
            let kind = format!("text/calendar; charset=utf-8; method={}", invitation.method);
            let calendar = SinglePart::builder()
                .header(ContentType::parse(&kind).map_err(|e| e.to_string())?)
                .body(body(&invitation.text));
            builder.multipart(
                MultiPart::alternative()
                    .singlepart(text)
                    .singlepart(calendar),
            )
        }
    }
    .map_err(|e| e.to_string())
}

fn sender(from: &Mailbox) -> (String, String) {
    (
        from.name.clone().unwrap_or_default(),
        from.email.to_string(),
    )
}

/// 8bit with CRLF line ends keeps every link on one line, readable in the raw
/// message (and by the tests). A line 8bit cannot carry (over 998 bytes)
/// sends the text in the encoding lettre picks instead.
fn body(text: &str) -> Body {
    let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
    if crlf.split("\r\n").all(|line| line.len() <= 998) && !crlf.contains('\0') {
        Body::dangerous_pre_encoded(crlf.into_bytes(), ContentTransferEncoding::EightBit)
    } else {
        Body::new(crlf)
    }
}

impl Mailer for SmtpMailer {
    fn send(&self, email: Email) -> SendResult<'_> {
        Box::pin(async move {
            let message = message(&self.from, &email)?;
            self.transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string())
        })
    }

    fn sender(&self) -> (String, String) {
        sender(&self.from)
    }
}

pub struct FolderMailer {
    dir: PathBuf,
    from: Mailbox,
    next: AtomicU64,
}

impl FolderMailer {
    pub fn new(dir: PathBuf, from: &str) -> Result<Self, String> {
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let from = from.parse().map_err(|e| format!("MAIL_FROM: {e}"))?;
        Ok(Self {
            dir,
            from,
            next: AtomicU64::new(0),
        })
    }
}

impl Mailer for FolderMailer {
    fn send(&self, email: Email) -> SendResult<'_> {
        Box::pin(async move {
            let message = message(&self.from, &email)?;
            let n = self.next.fetch_add(1, Ordering::Relaxed);
            let name = format!(
                "{}-{}-{n}.eml",
                chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"),
                std::process::id()
            );
            let path = self.dir.join(name);
            tokio::fs::write(&path, message.formatted())
                .await
                .map_err(|e| format!("{}: {e}", path.display()))?;
            tracing::info!(to = %email.to, link = %email.link, file = %path.display(), "e-mail written to the mail folder");
            Ok(())
        })
    }

    fn sender(&self) -> (String, String) {
        sender(&self.from)
    }
}

/// The mailer the settings ask for.
pub fn from_args(args: &crate::config::MailArgs) -> Result<std::sync::Arc<dyn Mailer>, String> {
    Ok(match &args.smtp_url {
        Some(url) => std::sync::Arc::new(SmtpMailer::new(url, &args.mail_from)?),
        None => std::sync::Arc::new(FolderMailer::new(args.mail_dir.clone(), &args.mail_from)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_stay_on_one_line_and_long_lines_still_send() {
        let email = Email {
            to: "ana@example.si".into(),
            subject: "Povabilo".into(),
            body: "Pozdravljeni,\nhttps://vet.example.eu/sl/account/invitation/82baLPG-7XCSaQyuWhaCSG3CinU1jv17t2Ot_8cJX6o\n".into(),
            link: String::new(),
            calendar: None,
        };
        let from: Mailbox = "EuroVET Commons <no-reply@localhost>".parse().unwrap();
        let raw = String::from_utf8(message(&from, &email).unwrap().formatted()).unwrap();
        assert!(raw.contains("\r\nhttps://vet.example.eu/sl/account/invitation/82baLPG-7XCSaQyuWhaCSG3CinU1jv17t2Ot_8cJX6o\r\n"));
        let long = Email {
            body: "x".repeat(5000),
            ..email
        };
        assert!(message(&from, &long).is_ok());
    }

    #[test]
    fn an_event_travels_beside_the_text_as_an_imip_alternative() {
        let email = Email {
            to: "aino@example.fi".into(),
            subject: "Paikka".into(),
            body: "Hei".into(),
            link: String::new(),
            calendar: Some(app::account::mail::Invitation {
                method: "REQUEST",
                text: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".into(),
            }),
        };
        let from: Mailbox = "EuroVET Commons <no-reply@localhost>".parse().unwrap();
        let raw = String::from_utf8(message(&from, &email).unwrap().formatted()).unwrap();
        assert!(raw.contains("multipart/alternative"), "{raw}");
        assert!(
            raw.contains("Content-Type: text/calendar; charset=utf-8; method=REQUEST"),
            "{raw}"
        );
        assert!(raw.contains("METHOD:REQUEST"), "{raw}");
        assert_eq!(
            sender(&from),
            ("EuroVET Commons".into(), "no-reply@localhost".into())
        );
    }
}
