//! Where each account form posts: the endpoints of server functions that exist
//! on the server only (a plain form needs their address, not their code, so the
//! browser's WASM carries none of it). A test keeps these equal to the functions' own paths.

pub const SIGN_IN: &str = "/api/account/sign-in";
pub const SIGN_OUT: &str = "/api/account/sign-out";
pub const REQUEST_RESET: &str = "/api/account/reset";
pub const COMPLETE_RESET: &str = "/api/account/reset/complete";
pub const ACCEPT_INVITATION: &str = "/api/account/invitation/accept";
pub const SAVE_PROFILE: &str = "/api/account/profile/save";
pub const CHANGE_PASSWORD: &str = "/api/account/password";
pub const REQUEST_EMAIL_CHANGE: &str = "/api/account/email";
pub const CONFIRM_EMAIL_CHANGE: &str = "/api/account/email/confirm";
pub const DELETE_ACCOUNT: &str = "/api/account/delete";
pub const EXPORT_DATA: &str = "/api/account/export";
pub const ASK_TO_JOIN: &str = "/api/account/join";
pub const INVITE: &str = "/api/account/invite";
pub const DECIDE_REQUEST: &str = "/api/account/decide";

#[cfg(test)]
mod tests {
    use leptos::server_fn::ServerFn;

    use super::super::api::*;
    use super::super::joining_api::*;

    #[test]
    fn every_form_posts_to_its_server_function() {
        let pairs = [
            (super::SIGN_IN, SignIn::PATH),
            (super::SIGN_OUT, SignOut::PATH),
            (super::REQUEST_RESET, RequestReset::PATH),
            (super::COMPLETE_RESET, CompleteReset::PATH),
            (super::ACCEPT_INVITATION, AcceptInvitation::PATH),
            (super::SAVE_PROFILE, SaveProfile::PATH),
            (super::CHANGE_PASSWORD, ChangePassword::PATH),
            (super::REQUEST_EMAIL_CHANGE, RequestEmailChange::PATH),
            (super::CONFIRM_EMAIL_CHANGE, ConfirmEmailChange::PATH),
            (super::DELETE_ACCOUNT, DeleteAccount::PATH),
            (super::EXPORT_DATA, ExportData::PATH),
            (super::ASK_TO_JOIN, AskToJoin::PATH),
            (super::INVITE, Invite::PATH),
            (super::DECIDE_REQUEST, DecideRequest::PATH),
        ];
        for (ours, theirs) in pairs {
            assert_eq!(ours, theirs);
        }
    }
}
