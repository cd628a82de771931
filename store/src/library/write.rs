//! Adding to the library: a resource with its first language version, more
//! language versions, a new file for a version (the earlier ones stay), and
//! the review. Each is one transaction with the resource's search index.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::{Standing, MAX_AUTHOR_CHARS, MAX_LINK_CHARS, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS};
use crate::account::Actor;
use crate::common::checked_text;
use crate::counselling::markdown;
use crate::entity::{
    network, resource, resource_country, resource_file, resource_sector, resource_topic,
    resource_version, stored_file,
};
use crate::files::{Extracted, FileType};
use crate::refusal::Refusal;
use crate::sight::Sight;
use crate::vocabulary::{
    parsed, Audience, Licence, ResourceKind, ResourceStatus, Sector, Topic, Visibility,
};
use crate::{Db, StoreError};

/// A new resource as the form sends it (keys of the closed lists).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewResource {
    pub kind: String,
    pub audience: String,
    pub licence: String,
    pub author: String,
    pub visibility: String,
    /// A network's id, or `None` for the whole platform.
    pub network_id: Option<i32>,
    pub topics: Vec<String>,
    pub sectors: Vec<String>,
    pub countries: Vec<String>,
    /// Kept as a draft rather than published (or submitted for review).
    pub draft: bool,
    pub version: NewVersion,
}

/// A language version as the form sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewVersion {
    pub lang: String,
    pub title: String,
    /// Markdown.
    pub summary: String,
    /// Where it is hosted (a website, a video elsewhere); empty for none.
    pub link: String,
}

/// A file that was received, checked and stored, to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredUpload {
    pub hash: String,
    pub size: u64,
    pub file_type: FileType,
    pub file_name: String,
    pub extracted: Extracted,
}

/// Where a new resource landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    pub resource_id: i32,
    pub version_id: i32,
    pub status: ResourceStatus,
}

struct Version {
    lang: String,
    title: String,
    summary: String,
    link: Option<String>,
}

fn checked_version(version: &NewVersion, languages: &[&str]) -> Result<Version, Refusal> {
    if !languages.contains(&version.lang.as_str()) {
        return Err(Refusal::ChoiceUnknown);
    }
    let summary = version.summary.trim();
    if summary.chars().count() > MAX_SUMMARY_CHARS {
        return Err(Refusal::TextTooLong);
    }
    Ok(Version {
        lang: version.lang.clone(),
        title: checked_text(&version.title, MAX_TITLE_CHARS)?,
        summary: summary.to_owned(),
        link: checked_link(&version.link)?,
    })
}

/// An `http(s)://host…` address without blanks, or `None` for an empty field.
pub fn checked_link(raw: &str) -> Result<Option<String>, Refusal> {
    let link = raw.trim();
    if link.is_empty() {
        return Ok(None);
    }
    let rest = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"))
        .ok_or(Refusal::LinkInvalid)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let plain = !host.is_empty()
        && link.chars().count() <= MAX_LINK_CHARS
        && !link
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if plain {
        Ok(Some(link.to_owned()))
    } else {
        Err(Refusal::LinkInvalid)
    }
}

/// A new resource's fields, checked.
struct Checked {
    kind: ResourceKind,
    audience: Audience,
    licence: Licence,
    visibility: Visibility,
    topics: Vec<Topic>,
    sectors: Vec<Sector>,
    author: String,
    version: Version,
}

fn checked_resource(
    new: &NewResource,
    languages: &[&str],
    countries: &[String],
) -> Result<Checked, Refusal> {
    let checked = Checked {
        kind: new.kind.parse()?,
        audience: new.audience.parse()?,
        licence: new.licence.parse()?,
        visibility: new.visibility.parse()?,
        topics: parsed(&new.topics)?,
        sectors: parsed(&new.sectors)?,
        author: checked_text(&new.author, MAX_AUTHOR_CHARS)?,
        version: checked_version(&new.version, languages)?,
    };
    if new.countries.iter().any(|c| !countries.contains(c)) {
        return Err(Refusal::ChoiceUnknown);
    }
    if checked.visibility == Visibility::Network && new.network_id.is_none() {
        return Err(Refusal::ChoiceUnknown);
    }
    Ok(checked)
}

/// Checks a new resource's fields before its file is received (whether a
/// file or a link is given is checked by [`add`]).
pub fn check(new: &NewResource, languages: &[&str], countries: &[String]) -> Result<(), Refusal> {
    checked_resource(new, languages, countries).map(|_| ())
}

/// Checks a new language version's fields before its file is received.
pub fn check_version(version: &NewVersion, languages: &[&str]) -> Result<(), Refusal> {
    checked_version(version, languages).map(|_| ())
}

/// Adds a resource with its first (original) language version and its file
/// or link. It is published at once, unless it is kept as a draft or its
/// network reviews resources first (then it waits, submitted).
pub async fn add(
    db: &Db,
    actor: &Actor,
    new: &NewResource,
    file: Option<&StoredUpload>,
    languages: &[&str],
    countries: &[String],
) -> Result<Added, StoreError> {
    let Checked {
        kind,
        audience,
        licence,
        visibility,
        topics,
        sectors,
        author,
        version,
    } = checked_resource(new, languages, countries)?;
    if file.is_none() && version.link.is_none() {
        return Err(Refusal::FileMissing.into());
    }
    let sight = Sight::of(db, Some(actor)).await?;
    let reviewed = match new.network_id {
        None => false,
        Some(id) => {
            if !sight.sees(Some(id)) {
                return Err(Refusal::Forbidden.into());
            }
            network::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or(Refusal::Forbidden)?
                .library_review
        }
    };
    let status = if new.draft {
        ResourceStatus::Draft
    } else if reviewed && !sight.moderates(new.network_id) {
        ResourceStatus::Submitted
    } else {
        ResourceStatus::Published
    };
    let now = Utc::now();
    let txn = crate::sql::begin_write(db).await?;
    let resource_id = resource::Entity::insert(resource::ActiveModel {
        member_id: Set(actor.member_id),
        organisation_id: Set(Some(actor.organisation_id)),
        network_id: Set(new.network_id),
        kind: Set(kind),
        audience: Set(audience),
        licence: Set(licence),
        author: Set(author),
        visibility: Set(visibility),
        status: Set(status),
        hidden_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    replace_keys(&txn, resource_id, topics, sectors, &new.countries).await?;
    let version_id = insert_version(&txn, resource_id, actor.member_id, &version, true).await?;
    if let Some(file) = file {
        insert_file(&txn, version_id, actor.member_id, file).await?;
    }
    super::index::index_resource(&txn, resource_id).await?;
    txn.commit().await?;
    Ok(Added {
        resource_id,
        version_id,
        status,
    })
}

/// Sets a resource's topics, sectors and countries (each once).
async fn replace_keys(
    db: &impl ConnectionTrait,
    resource_id: i32,
    mut topics: Vec<Topic>,
    mut sectors: Vec<Sector>,
    countries: &[String],
) -> Result<(), StoreError> {
    resource_topic::Entity::delete_many()
        .filter(resource_topic::Column::ResourceId.eq(resource_id))
        .exec(db)
        .await?;
    resource_sector::Entity::delete_many()
        .filter(resource_sector::Column::ResourceId.eq(resource_id))
        .exec(db)
        .await?;
    resource_country::Entity::delete_many()
        .filter(resource_country::Column::ResourceId.eq(resource_id))
        .exec(db)
        .await?;
    topics.sort();
    topics.dedup();
    for topic in topics {
        resource_topic::Entity::insert(resource_topic::ActiveModel {
            resource_id: Set(resource_id),
            topic: Set(topic),
        })
        .exec_without_returning(db)
        .await?;
    }
    sectors.sort();
    sectors.dedup();
    for sector in sectors {
        resource_sector::Entity::insert(resource_sector::ActiveModel {
            resource_id: Set(resource_id),
            sector: Set(sector),
        })
        .exec_without_returning(db)
        .await?;
    }
    let mut countries = countries.to_vec();
    countries.sort();
    countries.dedup();
    for country_code in countries {
        resource_country::Entity::insert(resource_country::ActiveModel {
            resource_id: Set(resource_id),
            country_code: Set(country_code),
        })
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Those who edit a resource change what describes it (kind, audience,
/// licence, attribution, who may see it, topics, sectors, countries) and one
/// language version's title, summary and link (`new.version`; its language
/// stays). Its network and files stay; a version without a file keeps a link.
pub async fn edit(
    db: &Db,
    actor: &Actor,
    resource_id: i32,
    version_id: i32,
    new: &NewResource,
    languages: &[&str],
    countries: &[String],
) -> Result<(), StoreError> {
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    let standing = editable(&txn, &sight, resource_id).await?;
    let version = resource_version::Entity::find_by_id(version_id)
        .one(&txn)
        .await?
        .filter(|v| v.resource_id == resource_id)
        .ok_or(Refusal::Forbidden)?;
    let new = NewResource {
        network_id: standing.network_id,
        version: NewVersion {
            lang: version.lang.clone(),
            ..new.version.clone()
        },
        ..new.clone()
    };
    let Checked {
        kind,
        audience,
        licence,
        visibility,
        topics,
        sectors,
        author,
        version: checked,
    } = checked_resource(&new, languages, countries)?;
    if checked.link.is_none() && current_hash(&txn, version_id).await?.is_none() {
        return Err(Refusal::FileMissing.into());
    }
    let now = Utc::now();
    resource::Entity::update_many()
        .col_expr(resource::Column::Kind, Expr::value(kind.key()))
        .col_expr(resource::Column::Audience, Expr::value(audience.key()))
        .col_expr(resource::Column::Licence, Expr::value(licence.key()))
        .col_expr(resource::Column::Author, Expr::value(author))
        .col_expr(resource::Column::Visibility, Expr::value(visibility.key()))
        .col_expr(resource::Column::UpdatedAt, Expr::value(now))
        .filter(resource::Column::Id.eq(resource_id))
        .exec(&txn)
        .await?;
    replace_keys(&txn, resource_id, topics, sectors, &new.countries).await?;
    resource_version::Entity::update_many()
        .col_expr(resource_version::Column::Title, Expr::value(checked.title))
        .col_expr(
            resource_version::Column::SummaryHtml,
            Expr::value(markdown::render(&checked.summary)),
        )
        .col_expr(
            resource_version::Column::Summary,
            Expr::value(checked.summary),
        )
        .col_expr(resource_version::Column::Link, Expr::value(checked.link))
        .col_expr(resource_version::Column::UpdatedAt, Expr::value(now))
        .filter(resource_version::Column::Id.eq(version_id))
        .exec(&txn)
        .await?;
    super::index::index_resource(&txn, resource_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a version in another language (a translation), by those who edit
/// the resource.
pub async fn add_version(
    db: &Db,
    actor: &Actor,
    resource_id: i32,
    new: &NewVersion,
    file: Option<&StoredUpload>,
    languages: &[&str],
) -> Result<i32, StoreError> {
    let version = checked_version(new, languages)?;
    if file.is_none() && version.link.is_none() {
        return Err(Refusal::FileMissing.into());
    }
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    editable(&txn, &sight, resource_id).await?;
    let exists = resource_version::Entity::find()
        .filter(resource_version::Column::ResourceId.eq(resource_id))
        .filter(resource_version::Column::Lang.eq(version.lang.as_str()))
        .one(&txn)
        .await?
        .is_some();
    if exists {
        return Err(Refusal::VersionExists.into());
    }
    let version_id = insert_version(&txn, resource_id, actor.member_id, &version, false).await?;
    if let Some(file) = file {
        insert_file(&txn, version_id, actor.member_id, file).await?;
    }
    touch(&txn, resource_id).await?;
    super::index::index_resource(&txn, resource_id).await?;
    txn.commit().await?;
    Ok(version_id)
}

/// Adds a new file to a language version: it becomes the current one; the
/// earlier files stay listed and downloadable. The very file that is
/// current already is refused (`FileDuplicate`).
pub async fn add_file(
    db: &Db,
    actor: &Actor,
    version_id: i32,
    file: &StoredUpload,
) -> Result<i32, StoreError> {
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    let version = resource_version::Entity::find_by_id(version_id)
        .one(&txn)
        .await?
        .ok_or(Refusal::Forbidden)?;
    editable(&txn, &sight, version.resource_id).await?;
    if current_hash(&txn, version_id).await?.as_deref() == Some(file.hash.as_str()) {
        return Err(Refusal::FileDuplicate.into());
    }
    let file_id = insert_file(&txn, version_id, actor.member_id, file).await?;
    touch(&txn, version.resource_id).await?;
    super::index::index_resource(&txn, version.resource_id).await?;
    txn.commit().await?;
    Ok(file_id)
}

/// A facilitator's decision on a submitted resource: published, or back to
/// its owner as a draft.
pub async fn review(
    db: &Db,
    actor: &Actor,
    resource_id: i32,
    publish: bool,
) -> Result<(), StoreError> {
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    let standing = super::read::standing(&txn, resource_id)
        .await?
        .ok_or(Refusal::Forbidden)?;
    if !standing.reviewable_by(&sight) {
        return Err(Refusal::Forbidden.into());
    }
    if standing.status != ResourceStatus::Submitted {
        return Err(Refusal::WrongStage.into());
    }
    set_status(
        &txn,
        resource_id,
        if publish {
            ResourceStatus::Published
        } else {
            ResourceStatus::Draft
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The owner's step from a draft: published, or submitted where the network reviews.
pub async fn submit(
    db: &Db,
    actor: &Actor,
    resource_id: i32,
) -> Result<ResourceStatus, StoreError> {
    let sight = Sight::of(db, Some(actor)).await?;
    let txn = crate::sql::begin_write(db).await?;
    let standing = editable(&txn, &sight, resource_id).await?;
    if standing.status != ResourceStatus::Draft {
        return Err(Refusal::WrongStage.into());
    }
    let reviewed = match standing.network_id {
        Some(id) => network::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .is_some_and(|n| n.library_review),
        None => false,
    };
    let status = if reviewed && !standing.reviewable_by(&sight) {
        ResourceStatus::Submitted
    } else {
        ResourceStatus::Published
    };
    set_status(&txn, resource_id, status).await?;
    txn.commit().await?;
    Ok(status)
}

async fn set_status(
    db: &impl ConnectionTrait,
    resource_id: i32,
    status: ResourceStatus,
) -> Result<(), StoreError> {
    resource::Entity::update_many()
        .col_expr(resource::Column::Status, Expr::value(status.key()))
        .col_expr(resource::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(resource::Column::Id.eq(resource_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The resource's standing if the viewer may change it; else `Forbidden`.
async fn editable(
    db: &impl ConnectionTrait,
    sight: &Sight,
    resource_id: i32,
) -> Result<Standing, StoreError> {
    match super::read::standing(db, resource_id).await? {
        Some(standing) if standing.editable_by(sight) => Ok(standing),
        _ => Err(Refusal::Forbidden.into()),
    }
}

async fn touch(db: &impl ConnectionTrait, resource_id: i32) -> Result<(), StoreError> {
    resource::Entity::update_many()
        .col_expr(resource::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(resource::Column::Id.eq(resource_id))
        .exec(db)
        .await?;
    Ok(())
}

async fn insert_version(
    db: &impl ConnectionTrait,
    resource_id: i32,
    member_id: i32,
    version: &Version,
    original: bool,
) -> Result<i32, StoreError> {
    let now = Utc::now();
    Ok(
        resource_version::Entity::insert(resource_version::ActiveModel {
            resource_id: Set(resource_id),
            lang: Set(version.lang.clone()),
            title: Set(version.title.clone()),
            summary: Set(version.summary.clone()),
            summary_html: Set(markdown::render(&version.summary)),
            original: Set(original),
            link: Set(version.link.clone()),
            member_id: Set(member_id),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(db)
        .await?
        .last_insert_id,
    )
}

/// Records an upload: its content once (by hash), and the version's new file.
async fn insert_file(
    db: &impl ConnectionTrait,
    version_id: i32,
    member_id: i32,
    file: &StoredUpload,
) -> Result<i32, StoreError> {
    let meta = &file.extracted;
    stored_file::Entity::insert(stored_file::ActiveModel {
        hash: Set(file.hash.clone()),
        size: Set(i64::try_from(file.size).unwrap_or(i64::MAX)),
        media_type: Set(file.file_type.media_type().to_owned()),
        meta_title: Set(meta.title.clone()),
        meta_author: Set(meta.author.clone()),
        meta_lang: Set(meta.lang.clone()),
        pages: Set(meta.pages),
        text: Set(meta.text.clone()),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([stored_file::Column::Hash])
    .exec_without_returning(db)
    .await?;
    let stored = stored_file::Entity::find()
        .filter(stored_file::Column::Hash.eq(file.hash.as_str()))
        .one(db)
        .await?
        .ok_or_else(|| StoreError::SeedData("a stored file went missing".into()))?;
    Ok(resource_file::Entity::insert(resource_file::ActiveModel {
        version_id: Set(version_id),
        stored_file_id: Set(stored.id),
        file_name: Set(file.file_name.clone()),
        member_id: Set(member_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id)
}

/// The hash of a version's current (newest) file.
async fn current_hash(
    db: &impl ConnectionTrait,
    version_id: i32,
) -> Result<Option<String>, StoreError> {
    let Some(current) = resource_file::Entity::find()
        .filter(resource_file::Column::VersionId.eq(version_id))
        .order_by_desc(resource_file::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(stored_file::Entity::find_by_id(current.stored_file_id)
        .one(db)
        .await?
        .map(|s| s.hash))
}

#[cfg(test)]
mod tests {
    use super::checked_link;
    use crate::refusal::Refusal;

    #[test]
    fn links_are_web_addresses() {
        assert_eq!(checked_link("  "), Ok(None));
        assert_eq!(
            checked_link(" https://www.cedefop.europa.eu/en/tools "),
            Ok(Some("https://www.cedefop.europa.eu/en/tools".into()))
        );
        for bad in [
            "javascript:alert(1)",
            "ftp://x",
            "https://",
            "https://a b",
            "http://x\"onmouseover",
        ] {
            assert_eq!(checked_link(bad), Err(Refusal::LinkInvalid), "{bad}");
        }
    }
}
