//! A person with an account, belonging to an organisation.

use sea_orm::entity::prelude::*;

use crate::vocabulary::DigestFrequency;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "member")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    pub given_name: String,
    pub family_name: String,
    #[sea_orm(unique)]
    pub email: String,
    pub job_title: String,
    /// The member's preferred interface locale.
    pub locale: String,
    pub created_at: DateTimeUtc,
    /// Argon2id PHC string; `None` until the member sets a password.
    pub password_hash: Option<String>,
    /// Runs the platform: invites networks, assigns facilitators, reads the audit log.
    pub coordinator: bool,
    /// How often their counselling notifications are mailed.
    pub digest: DigestFrequency,
    /// When their last digest was mailed.
    pub digest_sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
