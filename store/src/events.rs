//! Events and working groups' gatherings: times as wall times in an IANA
//! zone (`time`), calendar files that calendar programs read (`ics`),
//! organising events and series (`write`), registrations with capacity and
//! a waiting list (`register`), reading them (`read`) and the calendars a
//! member subscribes to (`calendar`).

pub mod calendar;
pub mod ics;
pub mod read;
pub mod register;
pub mod time;
pub mod write;

use sea_orm::{ConnectionTrait, EntityTrait};

use crate::account::Actor;
use crate::entity::{event, working_group};
use crate::groups::read::groups_of;
use crate::groups::write::current_leaders;
use crate::sight::Sight;
use crate::vocabulary::{GroupVisibility, Visibility};
use crate::StoreError;

/// Whether the actor organises events of this network or group (neither:
/// of the whole platform): the network's facilitators, the group's leaders,
/// the coordinators, and whoever announced the event (`created_by`).
pub async fn organises(
    db: &impl ConnectionTrait,
    actor: &Actor,
    network_id: Option<i32>,
    group_id: Option<i32>,
    created_by: Option<i32>,
) -> Result<bool, StoreError> {
    if actor.coordinator || created_by == Some(actor.member_id) {
        return Ok(true);
    }
    if let Some(group) = group_id {
        if current_leaders(db, group).await?.contains(&actor.member_id) {
            return Ok(true);
        }
        let network = working_group::Entity::find_by_id(group)
            .one(db)
            .await?
            .and_then(|g| g.network_id);
        return Ok(network.is_some_and(|n| actor.facilitates.contains(&n)));
    }
    Ok(network_id.is_some_and(|n| actor.facilitates.contains(&n)))
}

/// Who reads events: what they see of the networks, and their groups.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    pub sight: Sight,
    pub groups: Vec<i32>,
}

impl Reader {
    pub async fn of(db: &impl ConnectionTrait, actor: Option<&Actor>) -> Result<Self, StoreError> {
        Ok(Self {
            sight: Sight::of(db, actor).await?,
            groups: match actor {
                Some(a) => groups_of(db, a.member_id).await?,
                None => Vec::new(),
            },
        })
    }

    fn signed_in(&self) -> bool {
        self.sight.member_id.is_some()
    }

    /// Whether the event is open to the reader: by its own visibility
    /// ("network": its network's members, or its group's), and within a
    /// group that is open to them.
    pub fn sees(&self, event: &event::Model, group: Option<&working_group::Model>) -> bool {
        if self.sight.everything {
            return true;
        }
        let in_group = event.group_id.is_some_and(|g| self.groups.contains(&g));
        let group_open = match group {
            None => true,
            Some(g) => match g.visibility {
                GroupVisibility::Public => true,
                GroupVisibility::Members => self.signed_in(),
                GroupVisibility::Hidden => in_group || self.sight.moderates(g.network_id),
            },
        };
        let own = match event.visibility {
            Visibility::Everyone => true,
            Visibility::Members => self.signed_in(),
            Visibility::Network => {
                in_group
                    || (event.group_id.is_none()
                        && event.network_id.is_some()
                        && self.sight.sees(event.network_id))
                    || event.created_by == self.sight.member_id.unwrap_or(-1)
            }
        };
        group_open && own
    }

    /// Appends the same condition for `e` (an event) joined with `g` (its
    /// group, by a LEFT JOIN).
    pub(crate) fn restrict(&self, sql: &mut crate::sql::Sql) {
        if self.sight.everything {
            return;
        }
        let signed_in = self.signed_in();
        sql.push(" AND (e.visibility = ")
            .bind(Visibility::Everyone.key());
        if signed_in {
            sql.push(" OR e.visibility = ")
                .bind(Visibility::Members.key());
            sql.push(" OR (e.visibility = ")
                .bind(Visibility::Network.key())
                .push(" AND (1 = 0");
            crate::sight::in_list(sql, " OR e.group_id IN (", &self.groups);
            crate::sight::in_list(
                sql,
                " OR (e.group_id IS NULL AND e.network_id IN (",
                &self.sight.networks,
            );
            if !self.sight.networks.is_empty() {
                sql.push(")");
            }
            if let Some(me) = self.sight.member_id {
                sql.push(" OR e.created_by = ").bind(me);
            }
            sql.push("))");
        }
        sql.push(") AND (e.group_id IS NULL OR g.visibility = ")
            .bind(GroupVisibility::Public.key());
        if signed_in {
            sql.push(" OR g.visibility = ")
                .bind(GroupVisibility::Members.key());
        }
        crate::sight::in_list(sql, " OR e.group_id IN (", &self.groups);
        crate::sight::in_list(sql, " OR g.network_id IN (", &self.sight.facilitates);
        sql.push(")");
    }
}

/// Where a member may announce events: the networks they facilitate (every
/// network for a coordinator), the working groups still at work that they
/// lead or whose network they facilitate, and the whole platform for a
/// coordinator.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Organising {
    /// Id and name.
    pub networks: Vec<(i32, String)>,
    /// Id and title.
    pub groups: Vec<(i32, String)>,
    pub platform: bool,
}

impl Organising {
    pub fn anywhere(&self) -> bool {
        self.platform || !self.networks.is_empty() || !self.groups.is_empty()
    }
}

pub async fn organising(
    db: &impl ConnectionTrait,
    actor: &Actor,
) -> Result<Organising, StoreError> {
    use crate::entity::{group_leader, network};
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let mut networks = network::Entity::find().order_by_asc(network::Column::Name);
    if !actor.coordinator {
        networks = networks.filter(network::Column::Id.is_in(actor.facilitates.clone()));
    }
    let networks: Vec<(i32, String)> = networks
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    let led: Vec<i32> = group_leader::Entity::find()
        .filter(group_leader::Column::MemberId.eq(actor.member_id))
        .filter(group_leader::Column::Until.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.group_id)
        .collect();
    let today = crate::groups::today();
    let groups = working_group::Entity::find()
        .order_by_asc(working_group::Column::Title)
        .all(db)
        .await?
        .into_iter()
        .filter(|g| {
            actor.coordinator
                || led.contains(&g.id)
                || g.network_id.is_some_and(|n| actor.facilitates.contains(&n))
        })
        .filter(|g| !crate::groups::archived(g, today))
        .map(|g| (g.id, g.title))
        .collect();
    Ok(Organising {
        networks,
        groups,
        platform: actor.coordinator,
    })
}
