//! The library: resources shared by the networks' members, each with a
//! version per language (its own title, summary and file or link) and every
//! file ever uploaded to a version. Who may see a resource is its
//! visibility (everyone, members, its network's members); a network may
//! review resources before they are public. Files are stored by
//! [`crate::files`]; what was read from them feeds the library's search.

pub mod attach;
pub mod collection;
pub mod index;
pub mod moderation;
pub mod read;
pub mod write;

use crate::account::Actor;
use crate::sight::Sight;
use crate::sql::Sql;
use crate::vocabulary::{ResourceStatus, Visibility};

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 300;
/// The longest summary, in characters of Markdown.
pub const MAX_SUMMARY_CHARS: usize = 20_000;
/// The longest attribution (the creators' names), in characters.
pub const MAX_AUTHOR_CHARS: usize = 300;
/// The longest link, in characters.
pub const MAX_LINK_CHARS: usize = 2_000;

/// A resource's standing, as the rights need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub owner_id: i32,
    pub network_id: Option<i32>,
    pub visibility: Visibility,
    pub status: ResourceStatus,
    pub hidden: bool,
}

impl Standing {
    /// Whether the viewer may read it: published, not hidden and visible to
    /// them; its owner and those who edit it always may.
    pub fn readable_by(&self, sight: &Sight) -> bool {
        if self.editable_by(sight) {
            return true;
        }
        let visible = match self.visibility {
            Visibility::Everyone => true,
            Visibility::Members => sight.member_id.is_some(),
            Visibility::Network => self.network_id.is_some_and(|n| sight.networks.contains(&n)),
        };
        visible && self.status == ResourceStatus::Published && !self.hidden
    }

    /// Whether the viewer may change it: its owner, its network's
    /// facilitators and the coordinators.
    pub fn editable_by(&self, sight: &Sight) -> bool {
        sight.member_id == Some(self.owner_id) || self.reviewable_by(sight)
    }

    /// Whether the viewer reviews and moderates it: its network's
    /// facilitators (any facilitator for a resource of no network) and the
    /// coordinators.
    pub fn reviewable_by(&self, sight: &Sight) -> bool {
        sight.member_id.is_some() && sight.moderates(self.network_id)
    }

    /// Whether a visitor would be let in by signing in (a resource for members).
    pub fn needs_sign_in(&self, sight: &Sight) -> bool {
        sight.member_id.is_none() && self.visibility != Visibility::Everyone
    }
}

/// Appends the condition that resource `r` is readable by the viewer, as
/// [`Standing::readable_by`] says it.
pub(crate) fn restrict(sight: &Sight, sql: &mut Sql) {
    if sight.everything {
        return;
    }
    sql.push(" AND ((r.status = ")
        .bind(ResourceStatus::Published.key())
        .push(" AND r.hidden_reason IS NULL AND (r.visibility = ")
        .bind(Visibility::Everyone.key());
    if sight.member_id.is_some() {
        sql.push(" OR r.visibility = ")
            .bind(Visibility::Members.key());
        if !sight.networks.is_empty() {
            sql.push(" OR (r.visibility = ")
                .bind(Visibility::Network.key());
            crate::sight::in_list(sql, " AND r.network_id IN (", &sight.networks);
            sql.push(")");
        }
    }
    sql.push("))");
    if let Some(me) = sight.member_id {
        sql.push(" OR r.member_id = ").bind(me);
        if !sight.facilitates.is_empty() {
            sql.push(" OR r.network_id IS NULL");
            crate::sight::in_list(sql, " OR r.network_id IN (", &sight.facilitates);
        }
    }
    sql.push(")");
}

/// The viewer's sight, for a page of the library.
pub async fn sight(db: &crate::Db, actor: Option<&Actor>) -> Result<Sight, crate::StoreError> {
    Sight::of(db, actor).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(visibility: Visibility, status: ResourceStatus) -> Standing {
        Standing {
            owner_id: 1,
            network_id: Some(7),
            visibility,
            status,
            hidden: false,
        }
    }

    fn member(id: i32, networks: Vec<i32>, facilitates: Vec<i32>) -> Sight {
        Sight {
            member_id: Some(id),
            everything: false,
            networks,
            facilitates,
        }
    }

    #[test]
    fn visibility_lets_in_everyone_members_or_the_network() {
        let visitor = Sight::visitor();
        let outsider = member(2, vec![3], vec![]);
        let insider = member(3, vec![7], vec![]);
        let public = standing(Visibility::Everyone, ResourceStatus::Published);
        let members = standing(Visibility::Members, ResourceStatus::Published);
        let network = standing(Visibility::Network, ResourceStatus::Published);
        assert!(public.readable_by(&visitor));
        assert!(!members.readable_by(&visitor) && members.needs_sign_in(&visitor));
        assert!(members.readable_by(&outsider));
        assert!(!network.readable_by(&outsider) && network.readable_by(&insider));
    }

    #[test]
    fn drafts_and_hidden_resources_are_for_their_owner_and_reviewers() {
        let draft = standing(Visibility::Everyone, ResourceStatus::Submitted);
        let owner = member(1, vec![], vec![]);
        let facilitator = member(4, vec![7], vec![7]);
        let other_facilitator = member(5, vec![8], vec![8]);
        assert!(!draft.readable_by(&Sight::visitor()));
        assert!(draft.readable_by(&owner) && draft.editable_by(&owner));
        assert!(draft.reviewable_by(&facilitator) && !draft.reviewable_by(&owner));
        assert!(!draft.readable_by(&other_facilitator));
        let hidden = Standing {
            hidden: true,
            ..standing(Visibility::Everyone, ResourceStatus::Published)
        };
        assert!(!hidden.readable_by(&member(2, vec![7], vec![])));
        assert!(hidden.readable_by(&facilitator));
    }
}
