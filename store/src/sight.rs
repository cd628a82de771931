//! What a viewer may see and moderate: the platform's open parts, the
//! networks their organisation belongs to and those they facilitate. Threads
//! and the library's resources are read through it alike.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::account::Actor;
use crate::entity::membership;
use crate::sql::Sql;
use crate::StoreError;

/// What a viewer may see and moderate: the networks whose threads they read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sight {
    pub member_id: Option<i32>,
    /// A coordinator sees and moderates everything.
    pub everything: bool,
    /// The networks their organisation belongs to, and those they facilitate.
    pub networks: Vec<i32>,
    /// The networks they facilitate.
    pub facilitates: Vec<i32>,
}

impl Sight {
    /// A visitor's sight: the platform's threads only.
    pub fn visitor() -> Self {
        Self::default()
    }

    pub async fn of(db: &impl ConnectionTrait, actor: Option<&Actor>) -> Result<Self, StoreError> {
        let Some(actor) = actor else {
            return Ok(Self::visitor());
        };
        let mut networks: Vec<i32> = membership::Entity::find()
            .select_only()
            .column(membership::Column::NetworkId)
            .filter(membership::Column::OrganisationId.eq(actor.organisation_id))
            .into_tuple()
            .all(db)
            .await?;
        networks.extend(actor.facilitates.iter().copied());
        networks.sort_unstable();
        networks.dedup();
        Ok(Self {
            member_id: Some(actor.member_id),
            everything: actor.coordinator,
            networks,
            facilitates: actor.facilitates.clone(),
        })
    }

    /// Whether a thread of this network (`None`: the whole platform) is open to the viewer.
    pub fn sees(&self, network_id: Option<i32>) -> bool {
        match network_id {
            None => true,
            Some(n) => self.everything || self.networks.contains(&n),
        }
    }

    /// Whether the viewer moderates threads of this network: its facilitators;
    /// for the platform's threads, any facilitator; coordinators everywhere.
    pub fn moderates(&self, network_id: Option<i32>) -> bool {
        self.everything
            || match network_id {
                Some(n) => self.facilitates.contains(&n),
                None => !self.facilitates.is_empty(),
            }
    }

    /// Whether the viewer may accept an answer in a thread asked by `asker_id`
    /// in this network: the asker, or a member who moderates it.
    pub fn accepts(&self, asker_id: i32, network_id: Option<i32>) -> bool {
        self.member_id == Some(asker_id) || (self.member_id.is_some() && self.moderates(network_id))
    }

    /// Whether the viewer moderates any threads at all (and so has a queue).
    pub fn moderates_anything(&self) -> bool {
        self.moderates(None)
    }

    /// Appends the condition that thread `t` is open to the viewer: its
    /// network is theirs, and it is not hidden unless they asked it or moderate it.
    pub(crate) fn restrict(&self, sql: &mut Sql) {
        if !self.everything {
            sql.push(" AND (t.network_id IS NULL");
            in_list(sql, " OR t.network_id IN (", &self.networks);
            sql.push(")");
        }
        if self.everything {
            return;
        }
        sql.push(" AND (t.hidden = ").bind(false);
        if let Some(me) = self.member_id {
            sql.push(" OR t.member_id = ").bind(me);
        }
        if !self.facilitates.is_empty() {
            sql.push(" OR t.network_id IS NULL");
            in_list(sql, " OR t.network_id IN (", &self.facilitates);
        }
        sql.push(")");
    }
}

/// Appends `prefix id, id, …)` when there are ids.
pub(crate) fn in_list(sql: &mut Sql, prefix: &str, ids: &[i32]) {
    if ids.is_empty() {
        return;
    }
    sql.push(prefix);
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.bind(*id);
    }
    sql.push(")");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_sees_the_platform_and_their_networks() {
        let sight = Sight {
            member_id: Some(1),
            everything: false,
            networks: vec![3, 4],
            facilitates: vec![4],
        };
        assert!(sight.sees(None) && sight.sees(Some(3)) && !sight.sees(Some(5)));
        assert!(sight.moderates(Some(4)) && !sight.moderates(Some(3)) && sight.moderates(None));
        assert!(!Sight::visitor().moderates(None) && !Sight::visitor().sees(Some(3)));
    }
}
