//! Reading working groups: the list a reader may see, one group's space
//! (charter, leaders with their history, members) and a reader's role in it.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter};

use super::write::current_leaders;
use super::{archived, facilitates, today, Role};
use crate::account::Actor;
use crate::common::MemberName;
use crate::entity::{group_member, working_group};
use crate::sight::Sight;
use crate::sql::Sql;
use crate::vocabulary::GroupStanding;
use crate::StoreError;

/// What the reader is to the group.
pub async fn role(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    group: &working_group::Model,
) -> Result<Role, StoreError> {
    let Some(actor) = actor else {
        return Ok(Role::default());
    };
    let sight = Sight::of(db, Some(actor)).await?;
    let standing = group_member::Entity::find_by_id((group.id, actor.member_id))
        .one(db)
        .await?
        .map(|m| m.standing);
    Ok(Role {
        member: standing == Some(GroupStanding::Member),
        leader: current_leaders(db, group.id)
            .await?
            .contains(&actor.member_id),
        facilitator: facilitates(&sight, group),
    })
}

/// The groups a member belongs to.
pub async fn groups_of(db: &impl ConnectionTrait, member_id: i32) -> Result<Vec<i32>, StoreError> {
    Ok(group_member::Entity::find()
        .filter(group_member::Column::MemberId.eq(member_id))
        .filter(group_member::Column::Standing.eq(GroupStanding::Member))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.group_id)
        .collect())
}

/// A group as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSummary {
    pub group: working_group::Model,
    pub members: i64,
    pub archived: bool,
}

#[derive(FromQueryResult)]
struct Counted {
    id: i32,
    members: i64,
}

/// The groups open to the reader, those still working first, then by title.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
) -> Result<Vec<GroupSummary>, StoreError> {
    let sight = Sight::of(db, actor).await?;
    let mine = match actor {
        Some(a) => groups_of(db, a.member_id).await?,
        None => Vec::new(),
    };
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT g.id, COUNT(m.member_id) AS members FROM working_group g LEFT JOIN group_member m ON m.group_id = g.id AND m.standing = ")
        .bind(GroupStanding::Member.key())
        .push(" GROUP BY g.id");
    let counts: std::collections::HashMap<i32, i64> = Counted::find_by_statement(sql.statement())
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.members))
        .collect();
    let today = today();
    let mut groups: Vec<GroupSummary> = working_group::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|g| {
            let role = Role {
                member: mine.contains(&g.id),
                leader: false,
                facilitator: facilitates(&sight, g),
            };
            role.sees(g, actor.is_some())
        })
        .map(|group| GroupSummary {
            members: counts.get(&group.id).copied().unwrap_or(0),
            archived: archived(&group, today),
            group,
        })
        .collect();
    groups.sort_by(|a, b| {
        (a.archived, a.group.title.to_lowercase()).cmp(&(b.archived, b.group.title.to_lowercase()))
    });
    Ok(groups)
}

/// A leader's term, as the group's history shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub member_id: i32,
    pub name: String,
    pub since: DateTime<Utc>,
    pub until: Option<DateTime<Utc>>,
}

/// A member of the group (or one asking or invited).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMember {
    pub member_id: i32,
    pub name: String,
    pub organisation: String,
    pub standing: GroupStanding,
}

/// A group's space as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupPage {
    pub group: working_group::Model,
    pub archived: bool,
    pub role: Role,
    /// Every term, the current leaders first.
    pub terms: Vec<Term>,
    /// Members; those asking and invited only for its leaders.
    pub members: Vec<GroupMember>,
    /// Where the reader stands, if they asked, were invited or belong.
    pub standing: Option<GroupStanding>,
}

#[derive(FromQueryResult)]
struct TermRow {
    member_id: i32,
    since: DateTime<Utc>,
    until: Option<DateTime<Utc>>,
    #[sea_orm(nested)]
    name: MemberName,
}

#[derive(FromQueryResult)]
struct MemberRow {
    member_id: i32,
    standing: GroupStanding,
    organisation: String,
    #[sea_orm(nested)]
    name: MemberName,
}

/// The group at this address, if it is open to the reader.
pub async fn group(
    db: &impl ConnectionTrait,
    actor: Option<&Actor>,
    slug: &str,
) -> Result<Option<GroupPage>, StoreError> {
    let Some(group) = working_group::Entity::find()
        .filter(working_group::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let role = role(db, actor, &group).await?;
    if !role.sees(&group, actor.is_some()) {
        return Ok(None);
    }
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    sql.push("SELECT l.member_id, l.since, l.until, m.given_name, m.family_name FROM group_leader l JOIN member m ON m.id = l.member_id WHERE l.group_id = ")
        .bind(group.id)
        .push(" ORDER BY l.until IS NOT NULL, l.since DESC, l.id DESC");
    let terms = TermRow::find_by_statement(sql.statement())
        .all(db)
        .await?
        .into_iter()
        .map(|t| Term {
            member_id: t.member_id,
            name: t.name.full(),
            since: t.since,
            until: t.until,
        })
        .collect();
    let mut sql = Sql::new(backend);
    sql.push("SELECT gm.member_id, gm.standing, o.name AS organisation, m.given_name, m.family_name FROM group_member gm JOIN member m ON m.id = gm.member_id JOIN organisation o ON o.id = m.organisation_id WHERE gm.group_id = ")
        .bind(group.id);
    if !role.leads() {
        sql.push(" AND gm.standing = ")
            .bind(GroupStanding::Member.key());
    }
    sql.push(" ORDER BY m.family_name, m.given_name, gm.member_id");
    let members: Vec<GroupMember> = MemberRow::find_by_statement(sql.statement())
        .all(db)
        .await?
        .into_iter()
        .map(|m| GroupMember {
            member_id: m.member_id,
            name: m.name.full(),
            organisation: m.organisation,
            standing: m.standing,
        })
        .collect();
    let standing = match actor {
        Some(a) => group_member::Entity::find_by_id((group.id, a.member_id))
            .one(db)
            .await?
            .map(|m| m.standing),
        None => None,
    };
    Ok(Some(GroupPage {
        archived: archived(&group, today()),
        group,
        role,
        terms,
        members,
        standing,
    }))
}

/// The address of the group with this number.
pub async fn slug_of(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Option<String>, StoreError> {
    Ok(working_group::Entity::find_by_id(group_id)
        .one(db)
        .await?
        .map(|g| g.slug))
}
