use serde::{Deserialize, Serialize};
use store::vocabulary::{MembershipLevel, NetworkKind, OrganisationType, Sector, Topic};

/// A network as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkSummary {
    pub slug: String,
    pub name: String,
    pub kind: NetworkKind,
    pub country_code: Option<String>,
    pub city: Option<String>,
    /// The language its name is written in.
    pub lang: String,
    /// Member organisations.
    pub organisations: i64,
}

impl From<store::directory::NetworkSummary> for NetworkSummary {
    fn from(row: store::directory::NetworkSummary) -> Self {
        Self {
            slug: row.slug,
            name: row.name,
            kind: row.kind,
            country_code: row.country_code,
            city: row.city,
            lang: row.lang,
            organisations: row.organisations,
        }
    }
}

/// A network with the networks that are its members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkNode {
    pub network: NetworkSummary,
    pub children: Vec<NetworkNode>,
}

/// The longest search text accepted; longer input is cut, not refused.
pub const MAX_QUERY_CHARS: usize = 100;

/// The organisation list's filters, as the URL carries them (`?q=&country=&...`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationFilter {
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default, rename = "type")]
    pub organisation_type: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub network: Option<String>,
    #[serde(default)]
    pub offers: Option<String>,
    #[serde(default)]
    pub seeks: Option<String>,
    #[serde(default)]
    pub sort: Option<String>,
    /// One-based, as people count pages.
    #[serde(default)]
    pub page: Option<u32>,
}

/// An organisation as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OrganisationCard {
    pub slug: String,
    pub name: String,
    pub organisation_type: OrganisationType,
    pub country_code: String,
    pub city: String,
    /// The language its name and description are written in.
    pub lang: String,
}

/// The values each filter offers beside the closed lists of the vocabulary
/// (countries and languages; the page translates them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterOptions {
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    pub sorts: Vec<String>,
}

impl FilterOptions {
    /// The vocabulary, the interface languages and the member countries
    /// (read once per process: they change only with the demo data's seed).
    pub async fn load(state: &crate::state::AppState) -> Result<Self, store::StoreError> {
        let countries = state.member_countries().await?;
        Ok(Self {
            countries,
            languages: crate::i18n::locales::LOCALES
                .iter()
                .map(|(code, _)| code.to_string())
                .collect(),
            sorts: store::search::Sort::ALL
                .iter()
                .map(|s| s.key().to_owned())
                .collect(),
        })
    }

    /// The lists a record's choices are checked against.
    pub fn known(&self) -> store::organisation::edit::Known {
        store::organisation::edit::Known {
            countries: self.countries.clone(),
            languages: self.languages.clone(),
        }
    }
}

/// One page of the organisation list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationList {
    pub total: u64,
    /// One-based.
    pub page: u32,
    pub pages: u32,
    pub organisations: Vec<OrganisationCard>,
}

/// A network an organisation belongs to, and at which level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkLink {
    pub slug: String,
    pub name: String,
    pub kind: NetworkKind,
    pub level: MembershipLevel,
    pub lang: String,
}

/// A member as visitors see them: name and role, no contact details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberLine {
    pub id: i32,
    pub name: String,
    pub job_title: String,
    /// Only for a signed-in viewer.
    pub email: Option<String>,
}

/// Everything an organisation's page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationView {
    pub slug: String,
    pub name: String,
    pub organisation_type: OrganisationType,
    pub country_code: String,
    pub city: String,
    pub description: String,
    /// The language its name and description are written in.
    pub lang: String,
    pub website: Option<String>,
    pub sectors: Vec<Sector>,
    pub topics: Vec<Topic>,
    pub languages: Vec<String>,
    pub networks: Vec<NetworkLink>,
    pub members: Vec<MemberLine>,
    /// Whether the viewer may see contact details (is signed in).
    pub contacts_shown: bool,
}

impl From<store::search::OrganisationCard> for OrganisationCard {
    fn from(o: store::search::OrganisationCard) -> Self {
        Self {
            slug: o.slug,
            name: o.name,
            organisation_type: o.organisation_type,
            country_code: o.country_code,
            city: o.city,
            lang: o.lang,
        }
    }
}

/// The member organisations of one membership level, as a network's page shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelView {
    pub level: MembershipLevel,
    /// All of the level's organisations; `organisations` holds the first of them.
    pub total: u64,
    pub organisations: Vec<OrganisationCard>,
}

/// Everything a network's page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkDetail {
    pub network: NetworkSummary,
    /// Written in `network.lang`.
    pub description: String,
    pub parent: Option<NetworkSummary>,
    pub member_networks: Vec<NetworkSummary>,
    pub levels: Vec<LevelView>,
    pub members: u64,
    /// Member id, name and organisation of each facilitator.
    pub facilitators: Vec<(i32, String, String)>,
    /// Its next events (the first few; the heading links to them all).
    pub events: Vec<crate::events::EventLine>,
}

/// A member country and its number of member organisations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryCount {
    pub code: String,
    pub organisations: i64,
}

/// The map page: the SVG the server drew in the page's language, and the same
/// figures as a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberMap {
    pub svg: String,
    pub countries: Vec<CountryCount>,
}
