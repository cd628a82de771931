//! The Leptos application, compiled twice: with `ssr` for the server, which
//! draws every page, and with `hydrate` for the browser, which gets only the
//! islands (the parts of a page that react).

#![recursion_limit = "256"]

/// Items compiled for the server alone (the `ssr` feature): pages, loaders,
/// forms; the browser build never sees them. Defined before the modules so
/// that every module can say once which of its parts stay on the server.
macro_rules! server_only {
    ($($item:item)*) => {
        $(
            #[cfg(feature = "ssr")]
            $item
        )*
    };
}

pub mod account;
pub mod counselling;
pub mod events;
pub mod groups;
pub mod i18n;
pub mod library;
pub mod plans;
pub mod ui;

// Parts without islands, and the document around every page: drawn on the
// server alone, never in the WASM.
server_only! {
    pub mod directory;
    pub mod home;
    pub mod language;
    pub mod recent;
    mod shell;
    pub mod state;

    pub use shell::{shell, App};
}
