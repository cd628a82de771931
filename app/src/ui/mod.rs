//! Widgets shared by every part of the product.

// In the browser too: the organisation list's island and the browser helpers
// of every island.
#[cfg(feature = "hydrate")]
pub mod browser;
mod live_form;

pub use live_form::LiveForm;

// On the server alone: the document's pieces and the widgets pages are drawn with.
server_only! {
    mod alternates;
    pub mod choices;
    mod figures;
    mod form;
    mod fragment;
    mod frame;
    mod islands_script;
    mod kept;
    mod language_link;
    mod layout;
    mod loaded;
    mod not_found;
    mod page_title;
    mod pager;
    pub mod query;
    pub mod security;

    pub use alternates::alternates;
    pub use figures::Figures;
    pub use form::{refusal, DoneNotice, LocaleField, NOTICES};
    pub use fragment::with_messages;
    pub use frame::Frame;
    pub use islands_script::IslandScripts;
    pub use kept::{kept, Kept};
    pub use language_link::LanguageLink;
    pub use layout::{Layout, NotFound};
    pub use loaded::{allowed, found, load_failed, loaded, sign_in_first};
    pub use not_found::NotFoundContent;
    pub use page_title::{PageTitle, PageTitleText};
    pub use pager::pager;
}
