//! Interface languages: Fluent messages parsed and held on the server, the
//! few an island shows carried in its props, and the `t` helpers components use.

#[cfg(feature = "ssr")]
pub mod catalog;
#[cfg(all(test, feature = "ssr"))]
mod completeness;
mod context;
pub mod locales;
pub mod message;
pub mod plural;

#[cfg(feature = "ssr")]
pub use context::provide_i18n;
pub use context::{t, use_i18n, I18n};
pub use message::{Arg, Bundle};
