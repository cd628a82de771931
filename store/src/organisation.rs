//! One organisation with everything its page shows.

pub mod edit;

use sea_orm::{ColumnTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder};

use crate::entity::{
    member, organisation, organisation_language, organisation_sector, organisation_topic,
};
use crate::sql::Sql;
use crate::vocabulary::{MembershipLevel, NetworkKind, Sector, Topic};
use crate::{Db, StoreError};

/// A network the organisation belongs to, at a membership level.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct NetworkMembership {
    pub slug: String,
    pub name: String,
    pub kind: NetworkKind,
    pub level: MembershipLevel,
    #[sea_orm(from_alias = "description_lang")]
    pub lang: String,
}

/// A member of the organisation as visitors see them: no contact details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicMember {
    pub id: i32,
    pub given_name: String,
    pub family_name: String,
    pub job_title: String,
    /// For signed-in members only (`permission::Action::SeeContactDetails`).
    pub email: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationDetail {
    pub organisation: organisation::Model,
    pub sectors: Vec<Sector>,
    pub topics: Vec<Topic>,
    pub languages: Vec<String>,
    pub networks: Vec<NetworkMembership>,
    pub members: Vec<PublicMember>,
}

/// The organisation with this slug, if there is one.
pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<OrganisationDetail>, StoreError> {
    let organisation = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?;
    detail(db, organisation).await
}

/// The organisation with this id, if there is one.
pub async fn by_id(db: &Db, id: i32) -> Result<Option<OrganisationDetail>, StoreError> {
    let organisation = organisation::Entity::find_by_id(id).one(db).await?;
    detail(db, organisation).await
}

async fn detail(
    db: &Db,
    organisation: Option<organisation::Model>,
) -> Result<Option<OrganisationDetail>, StoreError> {
    let Some(organisation) = organisation else {
        return Ok(None);
    };
    let id = organisation.id;
    let sectors = organisation_sector::Entity::find()
        .filter(organisation_sector::Column::OrganisationId.eq(id))
        .order_by_asc(organisation_sector::Column::Sector)
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.sector)
        .collect();
    let topics = organisation_topic::Entity::find()
        .filter(organisation_topic::Column::OrganisationId.eq(id))
        .order_by_asc(organisation_topic::Column::Topic)
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.topic)
        .collect();
    let languages = organisation_language::Entity::find()
        .filter(organisation_language::Column::OrganisationId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.language)
        .collect();
    let members = member::Entity::find()
        .filter(member::Column::OrganisationId.eq(id))
        .order_by_asc(member::Column::FamilyName)
        .order_by_asc(member::Column::GivenName)
        .all(db)
        .await?
        .into_iter()
        .map(|m| PublicMember {
            id: m.id,
            given_name: m.given_name,
            family_name: m.family_name,
            job_title: m.job_title,
            email: m.email,
        })
        .collect();
    let networks = networks_of(db, id).await?;
    Ok(Some(OrganisationDetail {
        organisation,
        sectors,
        topics,
        languages,
        networks,
        members,
    }))
}

/// The networks the organisation belongs to, with its level in each.
pub async fn networks_of(db: &Db, id: i32) -> Result<Vec<NetworkMembership>, StoreError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT n.slug, n.name, n.kind, n.description_lang, m.level \
         FROM membership m JOIN network n ON n.id = m.network_id WHERE m.organisation_id = ",
    )
    .bind(id)
    .push(" ORDER BY n.kind, n.name");
    Ok(NetworkMembership::find_by_statement(sql.statement())
        .all(db)
        .await?)
}

/// The id of the organisation with this slug.
pub async fn id_by_slug(db: &Db, slug: &str) -> Result<Option<i32>, StoreError> {
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(|o| o.id))
}
