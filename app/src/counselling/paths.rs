//! Where each counselling form posts (server functions that exist on the
//! server only), and the live stream's address. A test keeps these equal to
//! the functions' own paths.

pub const ASK: &str = "/api/counselling/ask";
pub const REPLY: &str = "/api/counselling/reply";
pub const EDIT_POST: &str = "/api/counselling/edit";
pub const ACCEPT: &str = "/api/counselling/accept";
pub const FOLLOW_THREAD: &str = "/api/counselling/follow-thread";
pub const FOLLOW_TOPIC: &str = "/api/counselling/follow-topic";
pub const FLAG: &str = "/api/counselling/flag";
pub const MODERATE: &str = "/api/counselling/moderate";
pub const READ_NOTIFICATIONS: &str = "/api/counselling/notifications/read";
pub const SET_DIGEST: &str = "/api/counselling/digest";
/// Not a server function: Server-Sent Events of a thread's new posts.
pub const THREAD_EVENTS: &str = "/api/counselling/threads/{id}/events";

/// The live stream of one thread, starting after post `after`, its posts
/// drawn in `locale`.
pub fn thread_events(id: i32, after: i32, locale: &str) -> String {
    format!("/api/counselling/threads/{id}/events?after={after}&locale={locale}")
}

/// A thread's page (its last page of replies).
pub fn thread(locale: &str, id: i32) -> String {
    format!("/{locale}/counselling/threads/{id}")
}

/// Page `page` of a thread's replies.
pub fn thread_page(locale: &str, id: i32, page: u64) -> String {
    format!("/{locale}/counselling/threads/{id}?page={page}")
}

/// A post wherever it is: this address sends the reader to the page of
/// its thread that shows it, at the post.
pub fn post(locale: &str, id: i32) -> String {
    format!("/{locale}/counselling/posts/{id}")
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use leptos::server_fn::ServerFn;

    use super::super::write_api::*;

    #[test]
    fn every_form_posts_to_its_server_function() {
        let pairs = [
            (super::ASK, Ask::PATH),
            (super::REPLY, Reply::PATH),
            (super::EDIT_POST, EditPost::PATH),
            (super::ACCEPT, Accept::PATH),
            (super::FOLLOW_THREAD, FollowThread::PATH),
            (super::FOLLOW_TOPIC, FollowTopic::PATH),
            (super::FLAG, Flag::PATH),
            (super::MODERATE, Moderate::PATH),
            (super::READ_NOTIFICATIONS, ReadNotifications::PATH),
            (super::SET_DIGEST, SetDigest::PATH),
        ];
        for (form, function) in pairs {
            assert_eq!(form, function);
        }
    }
}
