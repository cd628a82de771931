//! Widgets shared by every part of the product.

#[cfg(feature = "hydrate")]
pub mod browser;
pub mod choices;
mod figures;
mod form;
#[cfg(feature = "ssr")]
mod fragment;
#[cfg(feature = "ssr")]
mod frame;
#[cfg(feature = "ssr")]
mod islands_script;
#[cfg(feature = "ssr")]
mod language_link;
#[cfg(feature = "ssr")]
mod layout;
mod live_form;
mod loaded;
mod not_found;
mod page_title;
mod pager;
pub mod query;
#[cfg(feature = "ssr")]
pub mod security;

pub use figures::Figures;
pub use form::{refusal, DoneNotice, LocaleField, NOTICES};
#[cfg(feature = "ssr")]
pub use fragment::fragment;
#[cfg(feature = "ssr")]
pub use frame::Frame;
#[cfg(feature = "ssr")]
pub use islands_script::IslandScripts;
#[cfg(feature = "ssr")]
pub use language_link::LanguageLink;
#[cfg(feature = "ssr")]
pub use layout::{Layout, NotFound};
pub use live_form::LiveForm;
pub use loaded::{allowed, found, load_failed, loaded, sign_in_first};
pub use not_found::NotFoundContent;
pub use page_title::{PageTitle, PageTitleText};
pub use pager::pager;
