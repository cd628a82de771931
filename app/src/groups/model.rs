//! What the working groups' pages show (server only).

use serde::{Deserialize, Serialize};
use store::vocabulary::{Admission, GroupStanding, GroupVisibility, Topic};

use crate::events::EventLine;

/// A group in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupLine {
    pub slug: String,
    pub title: String,
    pub lang: String,
    pub topic: Option<Topic>,
    pub members: i64,
    pub archived: bool,
    pub starts_on: String,
    pub ends_on: Option<String>,
}

/// The list, and whether the reader may found a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupList {
    pub lines: Vec<GroupLine>,
    pub founds: bool,
}

/// A leader's term: who, since, until.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermView {
    pub member_id: i32,
    pub name: String,
    pub since: String,
    pub until: Option<String>,
}

/// A member, or one asking or invited (those for the leaders alone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub member_id: i32,
    pub name: String,
    pub organisation: String,
    pub standing: GroupStanding,
    pub leader: bool,
}

/// A group's space.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupView {
    pub id: i32,
    pub slug: String,
    pub title: String,
    pub lang: String,
    pub topic: Option<Topic>,
    pub purpose: String,
    pub deliverables: String,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub admission: Admission,
    pub visibility: GroupVisibility,
    pub archived: bool,
    /// Slug and name.
    pub network: Option<(String, String)>,
    pub terms: Vec<TermView>,
    pub members: Vec<MemberView>,
    pub standing: Option<GroupStanding>,
    pub leads: bool,
    pub leader: bool,
    pub signed_in: bool,
    pub me: Option<i32>,
    pub events: Vec<EventLine>,
}

/// What the form for a new group offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewGroupForm {
    /// Network id and name.
    pub networks: Vec<(i32, String)>,
    /// Whether a group of the whole platform may be founded (coordinators).
    pub platform: bool,
    pub languages: Vec<String>,
    pub today: String,
}
