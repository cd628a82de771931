//! Interface languages: Fluent messages parsed on the server, one locale's
//! messages carried by each page, and the `t` helpers components use.

mod api;
#[cfg(feature = "ssr")]
pub mod catalog;
#[cfg(all(test, feature = "ssr"))]
mod completeness;
mod context;
pub mod locales;
pub mod message;
pub mod plural;

pub use api::get_bundle;
pub use context::{provide_i18n, t, use_i18n, I18n};
pub use message::{Arg, Bundle};
