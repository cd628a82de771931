//! Widgets shared by every part of the product.

// In the browser too: the organisation list's island and the browser helpers
// of every island.
#[cfg(feature = "hydrate")]
pub mod browser;
mod live_form;

pub use live_form::LiveForm;

// On the server alone: the document's pieces and the widgets pages are drawn with.
#[cfg(feature = "ssr")]
mod alternates;
#[cfg(feature = "ssr")]
pub mod choices;
#[cfg(feature = "ssr")]
mod figures;
#[cfg(feature = "ssr")]
mod form;
#[cfg(feature = "ssr")]
mod fragment;
#[cfg(feature = "ssr")]
mod frame;
#[cfg(feature = "ssr")]
mod islands_script;
#[cfg(feature = "ssr")]
mod kept;
#[cfg(feature = "ssr")]
mod language_link;
#[cfg(feature = "ssr")]
mod layout;
#[cfg(feature = "ssr")]
mod loaded;
#[cfg(feature = "ssr")]
mod not_found;
#[cfg(feature = "ssr")]
mod page_title;
#[cfg(feature = "ssr")]
mod pager;
#[cfg(feature = "ssr")]
pub mod query;
#[cfg(feature = "ssr")]
pub mod security;

#[cfg(feature = "ssr")]
pub use alternates::alternates;
#[cfg(feature = "ssr")]
pub use figures::Figures;
#[cfg(feature = "ssr")]
pub use form::{refusal, DoneNotice, LocaleField, NOTICES};
#[cfg(feature = "ssr")]
pub use fragment::fragment;
#[cfg(feature = "ssr")]
pub use frame::Frame;
#[cfg(feature = "ssr")]
pub use islands_script::IslandScripts;
#[cfg(feature = "ssr")]
pub use kept::kept;
#[cfg(feature = "ssr")]
pub use language_link::LanguageLink;
#[cfg(feature = "ssr")]
pub use layout::{Layout, NotFound};
#[cfg(feature = "ssr")]
pub use loaded::{allowed, found, load_failed, loaded, sign_in_first};
#[cfg(feature = "ssr")]
pub use not_found::NotFoundContent;
#[cfg(feature = "ssr")]
pub use page_title::{PageTitle, PageTitleText};
#[cfg(feature = "ssr")]
pub use pager::pager;
