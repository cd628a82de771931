//! Accounts: signing in and out, invitations, password resets, the member's
//! own account, joining a network, and the security log.

// In the browser too: the one error of every server function.
mod form_error;

pub use form_error::FormError;

// On the server alone: the pages, their forms, sessions, mail.
server_only! {
    mod account_page;
    pub mod api;
    pub(crate) mod api_support;
    mod audit_page;
    mod joining_api;
    pub mod mail;
    #[cfg(test)]
    mod messages_test;
    mod model;
    mod network_access;
    mod paths;
    pub mod session;
    mod sign_in_page;
    pub mod throttle;
    mod token_pages;
    mod viewer;

    pub use account_page::AccountPage;
    pub use audit_page::AuditPage;
    pub use model::{Editable, NetworkAccess, ViewerSummary};
    pub use network_access::network_access;
    pub use sign_in_page::{ResetPage, SignInPage};
    pub use token_pages::{EmailConfirmPage, InvitationPage, NewPasswordPage};
    pub use viewer::AccountLinks;
}
