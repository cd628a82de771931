//! What the directory's editing pages, partner search, member profiles and
//! imports carry between server and browser.

use serde::{Deserialize, Serialize};
use store::vocabulary::{MembershipLevel, OrganisationType, PartnershipDirection, PartnershipKind, Topic};

use super::model::FilterOptions;

/// An organisation's record as its edit form shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationForm {
    pub slug: String,
    pub name: String,
    pub organisation_type: String,
    pub country_code: String,
    pub city: String,
    pub description: String,
    pub description_lang: String,
    pub website: String,
    pub sectors: Vec<String>,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    pub options: FilterOptions,
}

pub use crate::account::Editable;

/// An offer or need as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnershipView {
    pub id: i32,
    pub direction: PartnershipDirection,
    pub kind: PartnershipKind,
    pub description: String,
    pub lang: String,
    pub topics: Vec<Topic>,
    /// Countries it is open to; empty for any.
    pub countries: Vec<String>,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub organisation_country: String,
    pub organisation_city: String,
    pub organisation_lang: String,
}

impl From<store::partnership::Partnership> for PartnershipView {
    fn from(p: store::partnership::Partnership) -> Self {
        Self {
            id: p.id,
            direction: p.direction,
            kind: p.kind,
            description: p.description,
            lang: p.lang,
            topics: p.topics,
            countries: p.countries,
            organisation_slug: p.organisation_slug,
            organisation_name: p.organisation_name,
            organisation_country: p.organisation_country,
            organisation_city: p.organisation_city,
            organisation_lang: p.organisation_lang,
        }
    }
}

/// One of an organisation's needs beside another's offer that answers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestionView {
    pub need: PartnershipView,
    pub offer: PartnershipView,
    pub shared_topics: Vec<Topic>,
}

impl From<store::partnership::Suggestion> for SuggestionView {
    fn from(s: store::partnership::Suggestion) -> Self {
        Self {
            need: s.need.into(),
            offer: s.offer.into(),
            shared_topics: s.shared_topics,
        }
    }
}

/// A network the viewer facilitates, and the organisation's place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedMembership {
    pub network_slug: String,
    pub network_name: String,
    /// The organisation's level there, if it is a member.
    pub level: Option<MembershipLevel>,
}

/// What an organisation's page adds beyond its record: its offers and needs,
/// the offers that answer its needs, and what the viewer may change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationExtras {
    pub partnerships: Vec<PartnershipView>,
    pub suggestions: Vec<SuggestionView>,
    /// The viewer may edit the record and its offers and needs.
    pub can_edit: bool,
    /// Networks the viewer facilitates (all of them, for a coordinator).
    pub managed: Vec<ManagedMembership>,
    pub options: FilterOptions,
}

/// The filters of the partner search, as the URL carries them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnershipFilter {
    #[serde(default)]
    pub direction: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub page: Option<u32>,
}

/// A page of the partner search, with suggestions for the viewer's organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnershipList {
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    pub partnerships: Vec<PartnershipView>,
    /// For a signed-in member: offers that answer their organisation's needs.
    pub suggestions: Vec<SuggestionView>,
    pub options: FilterOptions,
}

/// A member's profile page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberProfile {
    pub name: String,
    pub job_title: String,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub organisation_country: String,
    pub organisation_lang: String,
    pub coordinator: bool,
    /// Slug and name of each network the member facilitates.
    pub facilitates: Vec<(String, String)>,
    pub languages: Vec<String>,
    pub expertise: Vec<Topic>,
    /// Only for a signed-in viewer.
    pub email: Option<String>,
}

/// What the directory page offers its editors.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryTools {
    pub coordinator: bool,
    /// Networks the viewer may import organisations into (for a coordinator,
    /// every network: also the choices of a new network's parent): slug and name.
    pub managed: Vec<(String, String)>,
    pub options: FilterOptions,
    /// The columns of an import file: required, then optional.
    pub import_columns: (Vec<String>, Vec<String>),
}

/// A problem with one row of an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    pub line: u64,
    /// The column at fault; `None` for the whole row.
    pub column: Option<String>,
    /// The Fluent id of the problem.
    pub message: String,
    pub value: String,
}

/// A row ready to import, as the preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadyLine {
    pub line: u64,
    pub name: String,
    pub organisation_type: OrganisationType,
    pub country_code: String,
    pub city: String,
    pub level: MembershipLevel,
}

/// An uploaded import's preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub id: i32,
    pub file_name: String,
    pub network_slug: String,
    pub network_name: String,
    /// How many organisations the import added, once applied.
    pub applied: Option<i32>,
    pub ready_count: u64,
    pub ready: Vec<ReadyLine>,
    pub problems: Vec<RowProblem>,
}
