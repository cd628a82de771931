//! sea-orm entities, one file per table.

pub mod audit_event;
pub mod country;
pub mod facilitator;
pub mod import_batch;
pub mod join_request;
pub mod member;
pub mod member_expertise;
pub mod member_language;
pub mod membership;
pub mod network;
pub mod organisation;
pub mod organisation_language;
pub mod organisation_sector;
pub mod organisation_term;
pub mod organisation_topic;
pub mod partnership;
pub mod partnership_country;
pub mod partnership_topic;
pub mod session;
pub mod ticket;
