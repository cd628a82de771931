//! Accounts: signing in and out, invitations, password resets, the member's
//! own account, joining a network, and the security log.

mod account_page;
pub mod api;
#[cfg(feature = "ssr")]
pub(crate) mod api_support;
mod audit_page;
mod joining_api;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(all(test, feature = "ssr"))]
mod messages_test;
mod model;
mod network_access;
mod paths;
#[cfg(feature = "ssr")]
pub mod session;
mod sign_in_page;
#[cfg(feature = "ssr")]
pub mod throttle;
mod token_pages;
mod viewer;

pub use account_page::AccountPage;
pub use audit_page::AuditPage;
pub use model::{Editable, FormError, NetworkAccess, ViewerSummary};
pub use network_access::network_access;
pub use sign_in_page::{ResetPage, SignInPage};
pub use token_pages::{EmailConfirmPage, InvitationPage, NewPasswordPage};
pub use viewer::AccountLinks;
