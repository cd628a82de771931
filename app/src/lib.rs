//! The Leptos application, compiled twice: with `ssr` for the server, which
//! draws every page, and with `hydrate` for the browser, which gets only the
//! islands (the parts of a page that react).

#![recursion_limit = "256"]

pub mod account;
pub mod counselling;
// Parts without islands: drawn on the server alone, never in the WASM.
#[cfg(feature = "ssr")]
pub mod directory;
#[cfg(feature = "ssr")]
pub mod home;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod language;
pub mod plans;
#[cfg(feature = "ssr")]
pub mod recent;
#[cfg(feature = "ssr")]
mod shell;
#[cfg(feature = "ssr")]
pub mod state;
pub mod ui;

#[cfg(feature = "ssr")]
pub use shell::{shell, App};
