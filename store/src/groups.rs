//! Working groups: a charter (purpose, deliverables), a mandate from one day
//! to another (after it the group is archived, read-only), how one joins,
//! who sees it, its leaders (several, changing, every term kept) and its
//! members. A group's space gathers its threads, its events and its members.

pub mod read;
pub mod write;

use chrono::NaiveDate;

use crate::account::Actor;
use crate::entity::working_group;
use crate::sight::Sight;
use crate::vocabulary::GroupVisibility;

/// The longest title of a group, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest purpose or list of deliverables, in characters.
pub const MAX_CHARTER_CHARS: usize = 10_000;

/// What a member is to one group, as far as rights go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Role {
    /// A member of it (not one asking or invited).
    pub member: bool,
    /// One of its leaders now.
    pub leader: bool,
    /// A facilitator of its network, or a coordinator.
    pub facilitator: bool,
}

impl Role {
    /// Whether the group is open to this reader at all.
    pub fn sees(self, group: &working_group::Model, signed_in: bool) -> bool {
        match group.visibility {
            GroupVisibility::Public => true,
            GroupVisibility::Members => signed_in,
            GroupVisibility::Hidden => self.member || self.leader || self.facilitator,
        }
    }

    /// Whether the reader runs the group: its leaders, its network's
    /// facilitators and the coordinators.
    pub fn leads(self) -> bool {
        self.leader || self.facilitator
    }
}

/// Whether the reader facilitates the network a group works for (any
/// network's facilitators for a group of the whole platform), or coordinates.
pub fn facilitates(sight: &Sight, group: &working_group::Model) -> bool {
    sight.moderates(group.network_id)
}

/// Whether the group's mandate is over on `today`: it is then archived.
pub fn archived(group: &working_group::Model, today: NaiveDate) -> bool {
    group
        .ends_on
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .is_some_and(|end| end < today)
}

/// Today, in UTC, for the mandates.
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Whether the actor may found a group at all (for some network, or the platform).
pub fn founds_somewhere(actor: &Actor) -> bool {
    actor.coordinator || !actor.facilitates.is_empty()
}

/// Whether the actor may found a group for this network (`None`: the whole
/// platform): its facilitators, or any coordinator.
pub fn founds(actor: &Actor, network_id: Option<i32>) -> bool {
    actor.coordinator || network_id.is_some_and(|n| actor.facilitates.contains(&n))
}
