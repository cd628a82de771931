//! What the plan pages show (server only; the live stream's events are in
//! `stream_model`).

use serde::{Deserialize, Serialize};
use store::plans::fields::{ActivityField, AspirationField, Field, IndicatorField, StrategyField};
use store::plans::Entity;
use store::vocabulary::{
    ActivityStatus, CommentResolution, PlanTarget, StrategyStatus, VersionReason,
};

/// A strategy in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrategyItem {
    pub id: i32,
    pub network_name: String,
    pub title: String,
    pub period: String,
    pub status: StrategyStatus,
    pub activities: i64,
}

/// The plans index: every strategy, and the networks the viewer may start one for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlansIndex {
    pub strategies: Vec<StrategyItem>,
    /// (id, name) of the networks the viewer facilitates.
    pub networks: Vec<(i32, String)>,
}

/// A member (`member:7`) or an organisation (`organisation:3`), named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyView {
    pub key: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorView {
    pub id: i32,
    pub name: String,
    pub target: i32,
    pub actual: i32,
}

impl IndicatorView {
    /// The field's value as its form sends it.
    pub fn value(&self, field: IndicatorField) -> String {
        match field {
            IndicatorField::Name => self.name.clone(),
            IndicatorField::Target => self.target.to_string(),
            IndicatorField::Actual => self.actual.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityView {
    pub id: i32,
    pub title: String,
    pub description: String,
    pub owner: Option<PartyView>,
    pub contributors: Vec<PartyView>,
    pub aspirations: Vec<i32>,
    /// `YYYY-MM-DD` or empty.
    pub start_on: String,
    pub due_on: String,
    pub status: ActivityStatus,
    pub progress: i32,
    pub indicators: Vec<IndicatorView>,
}

impl ActivityView {
    /// The field's value as its form sends it.
    pub fn value(&self, field: ActivityField) -> String {
        match field {
            ActivityField::Title => self.title.clone(),
            ActivityField::Description => self.description.clone(),
            ActivityField::Owner => self
                .owner
                .as_ref()
                .map(|o| o.key.clone())
                .unwrap_or_default(),
            ActivityField::Contributors => self
                .contributors
                .iter()
                .map(|c| c.key.trim_start_matches("organisation:"))
                .collect::<Vec<_>>()
                .join(","),
            ActivityField::Aspirations => self
                .aspirations
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(","),
            ActivityField::StartOn => self.start_on.clone(),
            ActivityField::DueOn => self.due_on.clone(),
            ActivityField::Status => self.status.key().to_owned(),
            ActivityField::Progress => self.progress.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AspirationView {
    pub id: i32,
    pub position: i32,
    pub title: String,
    pub description: String,
    pub progress: u8,
}

impl AspirationView {
    /// The field's value as its form sends it.
    pub fn value(&self, field: AspirationField) -> String {
        match field {
            AspirationField::Title => self.title.clone(),
            AspirationField::Description => self.description.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundView {
    pub opens_on: String,
    pub closes_on: String,
    /// Whether comments are taken today.
    pub accepts: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i32,
    pub target: PlanTarget,
    pub target_id: i32,
    pub member_name: String,
    pub body: String,
    pub created_at: String,
    pub resolution: Option<CommentResolution>,
    pub reason: Option<String>,
}

/// A strategy and its action plan, with what the viewer may do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanView {
    pub id: i32,
    pub network_name: String,
    pub title: String,
    pub period: String,
    pub vision: String,
    pub mission: String,
    pub status: StrategyStatus,
    pub aspirations: Vec<AspirationView>,
    pub activities: Vec<ActivityView>,
    pub round: Option<RoundView>,
    pub comments: Vec<CommentView>,
    pub last_revision: i32,
    pub progress: u8,
    pub may_edit: bool,
    pub may_comment: bool,
    /// `YYYY-MM-DD`.
    pub today: String,
    /// Whether the viewer is signed in (and so may follow aspirations).
    pub signed_in: bool,
    /// The aspirations the viewer follows.
    pub followed_aspirations: Vec<i32>,
    /// The timeline, as SVG drawn on the server (`None`: no dated activity).
    pub timeline: Option<String>,
}

impl PlanView {
    /// The strategy field's value as its form sends it.
    pub fn value(&self, field: StrategyField) -> String {
        match field {
            StrategyField::Title => self.title.clone(),
            StrategyField::Period => self.period.replace('–', "-"),
            StrategyField::Vision => self.vision.clone(),
            StrategyField::Mission => self.mission.clone(),
        }
    }
}

/// One accepted change, as a history shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionView {
    pub id: i32,
    pub entity: Entity,
    pub entity_id: i32,
    /// A field's key, `status` (the strategy's stage) or `created`.
    pub field: String,
    /// As words (names rather than ids).
    pub before: String,
    pub after: String,
    /// The value it set, as the form holds it (what a restore brings back).
    pub after_value: String,
    pub member_name: String,
    /// `YYYY-MM-DD HH:MM` (UTC).
    pub at: String,
    pub restores: Option<i32>,
}

impl RevisionView {
    /// The field it changed; `None` when it created something or moved the
    /// strategy to another stage.
    pub fn changed(&self) -> Option<Field> {
        Field::parse(self.entity, &self.field).ok()
    }
}

/// An activity's page: the activity in its plan, its history, and for
/// facilitators what its form offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityPage {
    pub plan: PlanView,
    pub activity: ActivityView,
    pub history: Vec<RevisionView>,
    pub following: bool,
    pub signed_in: bool,
    /// For the owner and contributors choices (facilitators only).
    pub members: Vec<PartyView>,
    pub organisations: Vec<PartyView>,
    /// The library's resources attached to it that the viewer may read.
    pub resources: Vec<crate::library::AttachedView>,
}

/// One run of a word diff: `same`, `removed` or `added`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffRun {
    pub op: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionItem {
    pub number: i32,
    pub reason: VersionReason,
    pub member_name: String,
    pub at: String,
}

/// A strategy's versions and the difference between two of them (or the
/// latest and the strategy as it stands).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionsView {
    pub id: i32,
    pub title: String,
    pub versions: Vec<VersionItem>,
    /// The two compared: a version number, or 0 for the strategy now.
    pub from: i32,
    pub to: i32,
    /// (message id of the part, its runs).
    pub diff: Vec<(String, Vec<DiffRun>)>,
}
