//! A single-use link sent by e-mail (invitation, password reset, e-mail change), stored as the SHA-256 of its token.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{Role, TicketPurpose};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ticket")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub purpose: TicketPurpose,
    pub email: String,
    /// The member a reset or an e-mail change is for.
    pub member_id: Option<i32>,
    /// The organisation an invited person will belong to.
    pub organisation_id: Option<i32>,
    /// The network an invitation to facilitate is for.
    pub network_id: Option<i32>,
    /// What an invitation grants.
    pub role: Role,
    /// The language of the e-mail, and of the new account.
    pub locale: String,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
