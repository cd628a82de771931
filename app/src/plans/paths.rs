//! Where each plan form posts (server functions that exist on the server
//! only), the pages' addresses, the live stream and the CSV file. A test
//! keeps the form paths equal to the functions' own.

pub const CREATE_STRATEGY: &str = "/api/plans/create";
pub const SAVE_STRATEGY: &str = "/api/plans/strategy";
pub const ADD_ASPIRATION: &str = "/api/plans/aspiration/add";
pub const SAVE_ASPIRATION: &str = "/api/plans/aspiration";
pub const ADD_ACTIVITY: &str = "/api/plans/activity/add";
pub const SAVE_ACTIVITY: &str = "/api/plans/activity";
pub const ADD_INDICATOR: &str = "/api/plans/indicator/add";
pub const SAVE_INDICATOR: &str = "/api/plans/indicator";
pub const RESTORE: &str = "/api/plans/restore";
pub const STAGE: &str = "/api/plans/stage";
pub const COMMENT: &str = "/api/plans/comment";
pub const RESOLVE: &str = "/api/plans/resolve";
pub const FOLLOW: &str = "/api/plans/follow";
/// Not server functions: the live stream and the CSV file.
pub const EVENTS: &str = "/api/plans/{id}/events";
pub const EXPORT: &str = "/api/plans/{id}/activities.csv";

/// The live stream of a strategy, after revision `after`; `editing`: the
/// activity whose form the page shows.
pub fn events(id: i32, after: i32, editing: Option<i32>) -> String {
    match editing {
        Some(a) => format!("/api/plans/{id}/events?after={after}&editing={a}"),
        None => format!("/api/plans/{id}/events?after={after}"),
    }
}

pub fn export(id: i32) -> String {
    format!("/api/plans/{id}/activities.csv")
}

pub fn plans(locale: &str) -> String {
    format!("/{locale}/plans")
}

pub fn plan(locale: &str, id: i32) -> String {
    format!("/{locale}/plans/{id}")
}

pub fn strategy_edit(locale: &str, id: i32) -> String {
    format!("/{locale}/plans/{id}/strategy")
}

pub fn activity(locale: &str, plan: i32, id: i32) -> String {
    format!("/{locale}/plans/{plan}/activities/{id}")
}

pub fn versions(locale: &str, id: i32) -> String {
    format!("/{locale}/plans/{id}/versions")
}

pub fn print(locale: &str, id: i32) -> String {
    format!("/{locale}/plans/{id}/print")
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use leptos::server_fn::ServerFn;

    use super::super::write_api::*;

    #[test]
    fn every_form_posts_to_its_server_function() {
        let pairs = [
            (super::CREATE_STRATEGY, CreateStrategy::PATH),
            (super::SAVE_STRATEGY, SaveStrategy::PATH),
            (super::ADD_ASPIRATION, AddAspiration::PATH),
            (super::SAVE_ASPIRATION, SaveAspiration::PATH),
            (super::ADD_ACTIVITY, AddActivity::PATH),
            (super::SAVE_ACTIVITY, SaveActivity::PATH),
            (super::ADD_INDICATOR, AddIndicator::PATH),
            (super::SAVE_INDICATOR, SaveIndicator::PATH),
            (super::RESTORE, Restore::PATH),
            (super::STAGE, Stage::PATH),
            (super::COMMENT, Comment::PATH),
            (super::RESOLVE, Resolve::PATH),
            (super::FOLLOW, Follow::PATH),
        ];
        for (form, function) in pairs {
            assert_eq!(form, function);
        }
    }
}
