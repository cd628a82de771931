//! sea-orm entities, one file per table.

pub mod country;
pub mod member;
pub mod membership;
pub mod network;
pub mod organisation;
pub mod organisation_language;
pub mod organisation_sector;
pub mod organisation_topic;
