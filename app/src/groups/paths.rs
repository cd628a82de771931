//! Where the working groups' pages are and their forms post.

pub const FOUND: &str = "/api/groups/found";
pub const JOIN: &str = "/api/groups/join";
pub const LEAVE: &str = "/api/groups/leave";
pub const DECIDE: &str = "/api/groups/decide";
pub const APPOINT: &str = "/api/groups/appoint";
pub const STEP_DOWN: &str = "/api/groups/step-down";

pub fn groups(locale: &str) -> String {
    format!("/{locale}/groups")
}

pub fn group(locale: &str, slug: &str) -> String {
    format!("/{locale}/groups/{slug}")
}

pub fn new_group(locale: &str) -> String {
    format!("/{locale}/groups/new")
}
