//! Widgets shared by every part of the product.

pub mod choices;
mod figures;
mod form;
mod frame;
mod language_link;
mod layout;
mod not_found;
mod page_title;
mod pager;
pub mod query;
#[cfg(feature = "ssr")]
pub mod security;

pub use figures::Figures;
pub use form::{refusal, DoneNotice, LocaleField, NOTICES};
pub use frame::Frame;
pub use language_link::LanguageLink;
pub use layout::Layout;
pub use not_found::{NotFound, NotFoundContent};
pub use page_title::{PageTitle, PageTitleText};
pub use pager::pager;
