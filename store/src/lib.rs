//! The data layer: schema, migrations, queries and demo data. Knows nothing of HTTP or Leptos.

pub mod account;
pub mod common;
pub mod connect;
pub mod counselling;
pub mod directory;
pub mod entity;
pub mod error;
pub mod events;
pub mod feed;
pub mod files;
pub mod fold;
pub mod groups;
pub mod library;
pub mod migration;
pub mod network;
pub mod organisation;
pub mod partnership;
pub mod permission;
pub mod plans;
pub mod refusal;
pub mod search;
pub mod seed;
pub mod sight;
pub mod sql;
pub mod transfer;
pub mod vocabulary;

pub use connect::{connect, Db};
pub use error::StoreError;
