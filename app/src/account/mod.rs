//! Accounts: signing in and out, invitations, password resets, the member's
//! own account, joining a network, and the security log.

// In the browser too: the one error of every server function.
mod form_error;

pub use form_error::FormError;

// On the server alone: the pages, their forms, sessions, mail.
#[cfg(feature = "ssr")]
mod account_page;
#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub(crate) mod api_support;
#[cfg(feature = "ssr")]
mod audit_page;
#[cfg(feature = "ssr")]
mod joining_api;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(all(test, feature = "ssr"))]
mod messages_test;
#[cfg(feature = "ssr")]
mod model;
#[cfg(feature = "ssr")]
mod network_access;
#[cfg(feature = "ssr")]
mod paths;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
mod sign_in_page;
#[cfg(feature = "ssr")]
pub mod throttle;
#[cfg(feature = "ssr")]
mod token_pages;
#[cfg(feature = "ssr")]
mod viewer;

#[cfg(feature = "ssr")]
pub use account_page::AccountPage;
#[cfg(feature = "ssr")]
pub use audit_page::AuditPage;
#[cfg(feature = "ssr")]
pub use model::{Editable, NetworkAccess, ViewerSummary};
#[cfg(feature = "ssr")]
pub use network_access::network_access;
#[cfg(feature = "ssr")]
pub use sign_in_page::{ResetPage, SignInPage};
#[cfg(feature = "ssr")]
pub use token_pages::{EmailConfirmPage, InvitationPage, NewPasswordPage};
#[cfg(feature = "ssr")]
pub use viewer::AccountLinks;
